import { useEffect } from 'react';
import { useStatus } from '../stores/status';

const VISIBLE_MS = 6000;

/** The polite live region where saves are confirmed; it stays in the DOM so announcements are heard. */
export function StatusLine() {
  const { message, tone, seq, clear } = useStatus();
  useEffect(() => {
    if (!message) return;
    const timer = setTimeout(clear, VISIBLE_MS);
    return () => clearTimeout(timer);
  }, [message, seq, clear]);
  return (
    <div
      className={`status-line status-${tone}${message ? ' status-visible' : ''}`}
      role="status"
      aria-live="polite"
    >
      {message}
    </div>
  );
}

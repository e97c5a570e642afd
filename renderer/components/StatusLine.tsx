import { useEffect, useState } from 'react';
import { useStatus } from '../stores/status';

const VISIBLE_MS = 6000;
/** A message with an action ("Hoàn tác") stays longer, and as long as the pointer or focus is on it. */
const ACTION_MS = 12000;

/**
 * The polite live region where saves are confirmed; it stays in the DOM so announcements are heard.
 * Its action button sits beside the live region, so the region reads only the message.
 */
export function StatusLine() {
  const { message, tone, seq, action, clear } = useStatus();
  const [held, setHeld] = useState(false);
  useEffect(() => {
    if (!message || held) return;
    const timer = setTimeout(clear, action ? ACTION_MS : VISIBLE_MS);
    return () => clearTimeout(timer);
  }, [message, seq, clear, action, held]);
  return (
    <div
      className={`status-line status-${tone}${message ? ' status-visible' : ''}${action && message ? ' status-with-action' : ''}`}
      onMouseEnter={() => setHeld(true)}
      onMouseLeave={() => setHeld(false)}
      onFocus={() => setHeld(true)}
      onBlur={() => setHeld(false)}
    >
      <div role="status" aria-live="polite" className="status-text">
        {message}
      </div>
      {message && action ? (
        <button
          type="button"
          className="status-action"
          data-testid="status-action"
          onClick={() => {
            clear();
            setHeld(false);
            action.run();
          }}
        >
          {action.label}
        </button>
      ) : null}
    </div>
  );
}

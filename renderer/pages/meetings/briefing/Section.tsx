import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  title: string;
  /** Shown after the title: the number of rows, so the chair sees the size of each problem at once. */
  count?: number;
  /** A main section (I, II, …) starts a new printed page; a sub-section does not. */
  level?: 2 | 3;
  note?: ReactNode;
  testId?: string;
  children: ReactNode;
}

/** A titled part of the briefing; an empty one says "Không có." rather than showing an empty table. */
export function Section({ title, count, level = 2, note, testId, children }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section className={`briefing-section briefing-level-${level}`} aria-labelledby={id} data-testid={testId}>
      <Heading id={id} className="briefing-heading">
        {title}
        {count !== undefined ? (
          <span className="briefing-count">{t('meetings.briefing.count', { count })}</span>
        ) : null}
      </Heading>
      {note ? <p className="briefing-note">{note}</p> : null}
      {count === 0 ? <p className="muted">{t('meetings.briefing.none')}</p> : children}
    </section>
  );
}

// A record's history from the audit log, newest first: when, who, and what changed in words.
// Each page says how its entries read (`describe`); the list itself is the same everywhere.
// (Used by the indicator and agency panels; a candidate for components/.)
import './AuditList.css';
import type { AuditEntry } from '../../../shared/api/types';
import { useFormat } from '../../i18n/format';

interface Props {
  entries: AuditEntry[];
  describe(entry: AuditEntry): string;
  empty: string;
  testId?: string;
}

export function AuditList({ entries, describe, empty, testId }: Props) {
  const f = useFormat();
  if (entries.length === 0) return <p className="muted">{empty}</p>;
  return (
    <ol className="audit-list" data-testid={testId}>
      {entries.map((e) => (
        <li key={e.seq}>
          <span className="audit-when">{f.dateTime(e.at)}</span>
          <span className="audit-who">{e.actor}</span>
          <span className="audit-what">{describe(e)}</span>
        </li>
      ))}
    </ol>
  );
}

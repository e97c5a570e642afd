import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../../shared/api/types';
import { EmptyState, ErrorBanner, Loading } from '../../components';
import { useApiQuery } from '../../hooks/useApiQuery';
import { useFormat } from '../../i18n/format';
import { useReferenceData } from '../../stores/referenceData';
import { describeValue, HISTORY_FIELDS } from './historyValues';

const KNOWN_ACTIONS = new Set(['create', 'update', 'archive', 'merge', 'restore', 'import', 'set']);

/** Who changed what and when, newest first: each change as "field: before → after" in plain words. */
export function TaskHistory({ taskId }: { taskId: string }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const lookups = useReferenceData();
  const { data, error, loading, refetch } = useApiQuery('tasks.history', { id: taskId });

  if (error) return <ErrorBanner error={error} onRetry={refetch} />;
  if (!data) return loading ? <Loading label={t('tasks.history.loading')} /> : null;
  if (data.length === 0) return <EmptyState title={t('tasks.history.empty')} />;

  // Known fields in form order first, then anything newer the backend records.
  const fieldsOf = (entry: AuditEntry): string[] => {
    const known: readonly string[] = HISTORY_FIELDS;
    const extra = entry.changed.filter((f) => !known.includes(f) && f !== 'updatedAt' && f !== 'id');
    return [...known.filter((f) => entry.changed.includes(f)), ...extra];
  };
  const label = (field: string) => t(`tasks.fields.${field}`, { defaultValue: field }) as string;
  const value = (field: string, v: unknown) => describeValue(field, v, t, fmt, lookups);

  return (
    <ol className="history" data-testid="task-history">
      {data.map((entry) => {
        const fields = fieldsOf(entry);
        const action = KNOWN_ACTIONS.has(entry.action)
          ? t(`tasks.history.actions.${entry.action}`)
          : entry.action;
        return (
          <li key={entry.seq} className="history-entry" data-testid="history-entry">
            <p className="history-head">
              <strong>{action}</strong>
              <span className="muted">
                {' · '}
                <time dateTime={entry.at}>{fmt.dateTime(entry.at)}</time>
                {' · '}
                {entry.actor}
              </span>
            </p>
            {entry.action === 'create' ? null : fields.length === 0 ? (
              <p className="muted">{t('tasks.history.noChange')}</p>
            ) : (
              <table className="table history-table">
                <thead>
                  <tr>
                    <th scope="col">{t('tasks.history.field')}</th>
                    <th scope="col">{t('tasks.history.before')}</th>
                    <th scope="col">{t('tasks.history.after')}</th>
                  </tr>
                </thead>
                <tbody>
                  {fields.map((f) => (
                    <tr key={f}>
                      <th scope="row">{label(f)}</th>
                      <td className="history-before">{value(f, entry.before?.[f])}</td>
                      <td className="history-after">{value(f, entry.after?.[f])}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </li>
        );
      })}
    </ol>
  );
}

// The files refused lately, with the reason, so a file someone says they sent can be found.
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../hooks/useApiQuery';
import { useFormat } from '../../i18n/format';
import { EmptyState } from '../../components';

export function RefusalsPanel() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const refusals = useApiQuery('centre.refusals', { limit: 50 });
  const rows = refusals.data ?? [];
  return (
    <section className="panel centre-refusals" aria-labelledby="centre-refusals-title">
      <div className="panel-title">
        <h2 id="centre-refusals-title">{t('centre.refusals.title')}</h2>
      </div>
      {rows.length === 0 ? (
        <EmptyState title={t('centre.refusals.empty')} />
      ) : (
        <div className="table-wrap">
          <table className="table" data-testid="centre-refusals">
            <thead>
              <tr>
                <th scope="col">{t('centre.refusals.at')}</th>
                <th scope="col">{t('centre.drop.file')}</th>
                <th scope="col">{t('centre.drop.outcome')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id}>
                  <td>{fmt.dateTime(r.receivedAt)}</td>
                  <td className="centre-file-name">{r.fileName}</td>
                  <td>{r.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

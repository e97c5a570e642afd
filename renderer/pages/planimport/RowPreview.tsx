// Each row the import read, as TienDo will hold it: code, content, pillar, lead and supporting agencies,
// the deadline as written and as read by the rule, and what the import does with it.
import { useTranslation } from 'react-i18next';
import type { PlanImportRow } from '../../../shared/api/sheetTypes';
import { useFormat } from '../../i18n/format';

const SHOWN = 300;
const ACTION_CLASS = {
  new: 'state-ready',
  updated: 'state-warning',
  unchanged: 'state-nothing',
  refused: 'state-refused',
};

export function RowPreview({ rows }: { rows: readonly PlanImportRow[] }) {
  const { t } = useTranslation();
  const f = useFormat();
  if (rows.length === 0) return null;
  const shown = rows.slice(0, SHOWN);
  const due = (r: PlanImportRow) => {
    if (!r.due)
      return r.kind === 'indicator' && r.target !== null ? `${f.number(r.target)} ${r.unit ?? ''}` : '';
    return r.due.date
      ? t('planImport.rows.dueRead', { text: r.due.text, date: f.date(r.due.date) })
      : t('planImport.rows.dueNone', { text: r.due.text });
  };
  return (
    <section className="sheet-section" aria-labelledby="import-rows-title">
      <h3 id="import-rows-title">{t('planImport.rows.title')}</h3>
      {rows.length > SHOWN ? (
        <p className="sheet-note">
          {t('planImport.rows.shown', { shown: f.number(SHOWN), total: f.number(rows.length) })}
        </p>
      ) : null}
      <div className="table-scroll import-rows">
        <table className="table" data-testid="import-rows">
          <caption className="visually-hidden">{t('planImport.rows.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('planImport.rows.where')}</th>
              <th scope="col">{t('planImport.rows.code')}</th>
              <th scope="col">{t('planImport.rows.name')}</th>
              <th scope="col">{t('planImport.rows.pillar')}</th>
              <th scope="col">{t('planImport.rows.lead')}</th>
              <th scope="col">{t('planImport.rows.supporting')}</th>
              <th scope="col">
                {t('planImport.rows.due')} / {t('planImport.rows.target')}
              </th>
              <th scope="col">{t('planImport.rows.action')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((r) => (
              <tr key={`${r.sheet}!${r.row}`} data-testid="import-row" data-action={r.action}>
                <td>
                  {r.sheet}!{r.row}
                </td>
                <td>{r.code}</td>
                <td>
                  {r.title}
                  <div className="sheet-note">{t(`planImport.rows.kinds.${r.kind}`)}</div>
                  {r.changes.length > 0 ? (
                    <ul className="sheet-note">
                      {r.changes.map((c) => (
                        <li key={c.field}>
                          {c.label}: {c.before}
                          <span className="change-arrow" aria-hidden="true">
                            →
                          </span>
                          <span className="visually-hidden"> → </span>
                          {c.after}
                        </li>
                      ))}
                    </ul>
                  ) : null}
                </td>
                <td>{r.pillarName ?? '—'}</td>
                <td>{r.lead ?? '—'}</td>
                <td>{r.supporting.join(', ')}</td>
                <td>{due(r)}</td>
                <td>
                  <span className={`badge ${ACTION_CLASS[r.action]}`}>
                    {t(`planImport.summary.${r.action}`)}
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

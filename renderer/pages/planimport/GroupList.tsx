// The group rows the reader found ("I. CHÍNH QUYỀN SỐ", "1. Hạ tầng số"), the code prefix each gives and
// the pillar its rows get: one of the Danh mục, a new one, the parent group's, or none.
import { useTranslation } from 'react-i18next';
import type { PlanImportGroup } from '../../../shared/api/sheetTypes';

export function GroupList({ groups }: { groups: readonly PlanImportGroup[] }) {
  const { t } = useTranslation();
  return (
    <section className="sheet-section" aria-labelledby="import-groups-title">
      <h3 id="import-groups-title">{t('planImport.groups.title')}</h3>
      {groups.length === 0 ? (
        <p className="sheet-note">{t('planImport.groups.empty')}</p>
      ) : (
        <div className="table-scroll">
          <table className="table" data-testid="import-groups">
            <caption className="visually-hidden">{t('planImport.groups.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('planImport.groups.text')}</th>
                <th scope="col">{t('planImport.groups.where')}</th>
                <th scope="col">{t('planImport.groups.prefix')}</th>
                <th scope="col">{t('planImport.groups.pillar')}</th>
              </tr>
            </thead>
            <tbody>
              {groups.map((g) => (
                <tr key={`${g.sheet}!${g.row}`}>
                  <td>{g.text}</td>
                  <td>
                    {g.sheet}!{g.row}
                  </td>
                  <td>{g.prefix}</td>
                  <td>
                    {g.pillar?.name ?? '—'}{' '}
                    <span className={`badge${g.action === 'new' ? ' state-warning' : ''}`}>
                      {t(`planImport.groups.action.${g.action}`)}
                    </span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

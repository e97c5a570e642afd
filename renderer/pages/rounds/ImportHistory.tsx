// The forms imported into this round so far: whose, when, what the form's own date says, how many rows
// it changed, and "Hoàn tác" for each import that is still in effect (the round then counts it as not received).
import { useTranslation } from 'react-i18next';
import type { RoundDetail } from '../../../shared/api/sheetTypes';
import { Button } from '../../components';
import { useFormat } from '../../i18n/format';
import { undoWithStatus } from '../../stores/changes';
import './strings';

export function ImportHistory({ round }: { round: RoundDetail }) {
  const { t } = useTranslation();
  const f = useFormat();
  if (round.imports.length === 0) return null;
  return (
    <section className="sheet-section" aria-labelledby="round-imports-title">
      <h3 id="round-imports-title">{t('rounds.history.title')}</h3>
      <div className="table-scroll">
        <table className="table" data-testid="round-imports">
          <caption className="visually-hidden">{t('rounds.history.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('rounds.agencies.name')}</th>
              <th scope="col">{t('rounds.history.file')}</th>
              <th scope="col">{t('rounds.history.formDate')}</th>
              <th scope="col">{t('rounds.history.importedAt')}</th>
              <th scope="col" className="num">
                {t('rounds.history.rows')}
              </th>
              <th scope="col">{t('rounds.agencies.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {round.imports.map((i) => {
              const setId = i.changeSetId;
              return (
                <tr key={i.id} className={i.undone ? 'row-archived' : undefined} data-testid="round-import">
                  <th scope="row">{i.agencyName}</th>
                  <td>{i.fileName}</td>
                  <td>{f.date(i.formDate)}</td>
                  <td>{f.dateTime(i.importedAt)}</td>
                  <td className="num">{f.number(i.updatedRows)}</td>
                  <td>
                    {i.undone ? (
                      t('rounds.history.undone')
                    ) : setId !== null ? (
                      <Button
                        size="sm"
                        aria-label={t('rounds.returned.undo', { agency: i.agencyName })}
                        onClick={() => void undoWithStatus(setId)}
                      >
                        {t('changes.undo')}
                      </Button>
                    ) : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}

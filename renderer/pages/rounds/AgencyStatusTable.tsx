// Every agency of the round: what its form holds, where it is (chưa gửi, đã gửi, đã nhận with the date,
// quá hạn), when it was sent and by what means, and its own form to download. Rows can be chosen so the
// round's buttons act on those agencies only (reminders to three late agencies, forms again to one).
import { useTranslation } from 'react-i18next';
import type { RoundDetail } from '../../../shared/api/sheetTypes';
import { Button } from '../../components';
import { useFormat } from '../../i18n/format';

interface Props {
  round: RoundDetail;
  selected: ReadonlySet<string>;
  onSelect(next: ReadonlySet<string>): void;
  busyKey: string | null;
  onForm(agencyId: string): void;
}

export function AgencyStatusTable({ round, selected, onSelect, busyKey, onForm }: Props) {
  const { t } = useTranslation();
  const f = useFormat();
  const all = round.agencies.length > 0 && round.agencies.every((a) => selected.has(a.agencyId));
  const toggle = (id: string) => {
    const next = new Set(selected);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    onSelect(next);
  };
  return (
    <section className="sheet-section" aria-labelledby="round-agencies-title">
      <h3 id="round-agencies-title">{t('rounds.agencies.title')}</h3>
      <div className="table-scroll round-agencies">
        <table className="table" data-testid="round-agencies">
          <caption className="visually-hidden">{t('rounds.agencies.caption')}</caption>
          <thead>
            <tr>
              <th scope="col" className="col-check">
                <input
                  type="checkbox"
                  aria-label={t('rounds.agencies.selectAll')}
                  checked={all}
                  onChange={() => onSelect(all ? new Set() : new Set(round.agencies.map((a) => a.agencyId)))}
                />
              </th>
              <th scope="col">{t('rounds.agencies.name')}</th>
              <th scope="col">{t('rounds.agencies.email')}</th>
              <th scope="col">{t('rounds.agencies.holds')}</th>
              <th scope="col">{t('rounds.agencies.status')}</th>
              <th scope="col">{t('rounds.agencies.sent')}</th>
              <th scope="col">{t('rounds.agencies.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {round.agencies.map((a) => {
              const name = a.shortName || a.name;
              return (
                <tr key={a.agencyId} data-testid="round-agency" data-status={a.status}>
                  <td className="col-check">
                    <input
                      type="checkbox"
                      aria-label={t('rounds.agencies.select', { name })}
                      checked={selected.has(a.agencyId)}
                      onChange={() => toggle(a.agencyId)}
                    />
                  </td>
                  <th scope="row">{name}</th>
                  <td>{a.email ?? <span className="muted">{t('rounds.agencies.noEmail')}</span>}</td>
                  <td>
                    {t('rounds.agencies.holdsText', {
                      tasks: f.number(a.taskCount),
                      indicators: f.number(a.indicatorCount),
                    })}
                    {a.supportingCount > 0
                      ? t('rounds.agencies.supporting', { count: a.supportingCount })
                      : ''}
                  </td>
                  <td>
                    <span className={`badge round-${a.status}`}>{t(`rounds.status.${a.status}`)}</span>
                    <div className="sheet-note">{a.statusText}</div>
                  </td>
                  <td>
                    {a.sentAt ? (
                      <>
                        {f.dateTime(a.sentAt)}
                        {a.sentChannel ? (
                          <div className="sheet-note">{t(`rounds.agencies.via.${a.sentChannel}`)}</div>
                        ) : null}
                      </>
                    ) : (
                      '—'
                    )}
                  </td>
                  <td>
                    <Button
                      size="sm"
                      busy={busyKey === `form-${a.agencyId}`}
                      disabled={busyKey !== null}
                      aria-label={t('rounds.agencies.formOf', { name })}
                      onClick={() => onForm(a.agencyId)}
                    >
                      {t('rounds.view.formsOne')}
                    </Button>
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

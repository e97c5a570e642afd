// The plan's rounds, newest first: period, deadline, how many agencies answered and how many are late.
import { useTranslation } from 'react-i18next';
import type { RoundSummary } from '../../../shared/api/sheetTypes';
import { useFormat } from '../../i18n/format';
import { routeHref } from '../../stores/route';
import { periodLabel } from '../../i18n/periodLabel';

export function RoundList({ rounds, onOpen }: { rounds: readonly RoundSummary[]; onOpen(id: string): void }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <div className="table-scroll">
      <table className="table" data-testid="round-list">
        <caption className="visually-hidden">{t('rounds.list.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('rounds.list.period')}</th>
            <th scope="col">{t('rounds.list.due')}</th>
            <th scope="col">{t('rounds.list.received')}</th>
            <th scope="col" className="num">
              {t('rounds.list.overdue')}
            </th>
            <th scope="col">{t('rounds.list.created')}</th>
          </tr>
        </thead>
        <tbody>
          {rounds.map((r) => (
            <tr key={r.id} data-testid="round-row">
              <th scope="row">
                <a
                  href={routeHref('rounds', { planId: r.planId, id: r.id })}
                  aria-label={t('rounds.list.open', { period: periodLabel(r.period) })}
                  onClick={(e) => {
                    e.preventDefault();
                    onOpen(r.id);
                  }}
                >
                  {periodLabel(r.period)}
                </a>
              </th>
              <td>{f.date(r.dueDate)}</td>
              <td>{r.line}</td>
              <td className="num">{f.number(r.counts.qua_han)}</td>
              <td>{f.dateTime(r.createdAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

// The dashboard's line for the latest open collection round of the plan ("12/40 cơ quan đã gửi số liệu
// Quý IV/2026"), with its deadline and the late agencies, linking to the round. Nothing when none is open.
import '../rounds/strings';
import '../rounds/rounds.css';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../hooks/useApiQuery';
import { useFormat } from '../../i18n/format';
import { routeHref } from '../../stores/route';

export function RoundLine({ planId }: { planId: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const line = useApiQuery('rounds.dashboardLine', { planId }).data;
  if (!line) return null;
  return (
    <div className="round-line" data-testid="dashboard-round-line">
      <p>
        <a href={routeHref('rounds', { planId, id: line.roundId })}>
          <strong>{line.line}</strong>
        </a>{' '}
        ({t('rounds.dashboard.due', { date: f.date(line.dueDate) })}
        {line.overdue > 0 ? `; ${t('rounds.dashboard.overdue', { count: line.overdue })}` : ''})
      </p>
    </div>
  );
}

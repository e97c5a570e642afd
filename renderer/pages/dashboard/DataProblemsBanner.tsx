// While records break a rule added after they were written (dataProblems.list), the dashboard says so
// and leads to Cài đặt → Kiểm tra dữ liệu, where each has a proposed fix.
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../hooks/useApiQuery';
import { routeHref } from '../../stores/route';

export function DataProblemsBanner() {
  const { t } = useTranslation();
  const { data } = useApiQuery('dataProblems.list', {});
  const count = data?.problems.length ?? 0;
  if (count === 0) return null;
  return (
    <div className="data-problems-banner no-print" role="status" data-testid="data-problems-banner">
      <p>{t('dashboard.problems.text', { count })}</p>
      <a href={routeHref('settings', { section: 'data-check' })}>{t('dashboard.problems.link')}</a>
    </div>
  );
}

import { useTranslation } from 'react-i18next';
import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { Dashboard } from '../../../shared/api/types';
import { usePrintMode } from '../../hooks/usePrintMode';
import { useFormat } from '../../i18n/format';
import { CHART_COLORS } from './chartColors';
import { DONE_SITUATIONS, tasksHref, type LinkContext } from './links';
import { PRINT_CHART_PX } from './printLayout';
import { periodLabel } from '../../i18n/periodLabel';

/** The completion rate at each quarter's cut-off this year (Nghị định 09/2019 periods). */
export function TrendPanel({ data, ctx }: { data: Dashboard; ctx: LinkContext }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const printing = usePrintMode();
  const rows = data.trend.map((p) => ({
    ...p,
    label: periodLabel(p.period),
    percent: p.rate === null ? null : Math.round(p.rate * 1000) / 10,
  }));
  return (
    <section className="panel trend-panel" aria-labelledby="trend-title" data-testid="dash-trend">
      <h2 id="trend-title">{t('dashboard.trend.title')}</h2>
      {rows.length === 0 ? (
        <p className="muted">{t('dashboard.trend.empty')}</p>
      ) : (
        <div className="trend-body">
          <div className="chart" role="img" aria-label={t('dashboard.trend.chartLabel')}>
            <ResponsiveContainer width={printing ? PRINT_CHART_PX : '100%'} height={180}>
              <LineChart
                data={rows}
                // In print the last label (Quý IV/2026) is centred on the chart's edge: room for its half.
                margin={{ top: 8, right: printing ? 36 : 16, bottom: 4, left: 0 }}
                accessibilityLayer={false}
              >
                <CartesianGrid stroke="#e3e7ed" />
                {/* Every quarter labelled: recharts otherwise drops a tick (Quý IV first) when labels crowd. */}
                <XAxis dataKey="label" tick={{ fontSize: 11, fill: '#566072' }} interval={0} />
                <YAxis domain={[0, 100]} unit="%" tick={{ fontSize: 11, fill: '#566072' }} width={44} />
                <Tooltip formatter={(v) => `${fmt.number(Number(v), 1)}%`} />
                <Line
                  type="monotone"
                  dataKey="percent"
                  name={t('dashboard.trend.rate')}
                  stroke={CHART_COLORS.rate}
                  strokeWidth={2}
                  dot={{ r: 4 }}
                  isAnimationActive={false}
                />
              </LineChart>
            </ResponsiveContainer>
          </div>
          <table className="table trend-table">
            <caption className="visually-hidden">{t('dashboard.trend.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('dashboard.trend.quarter')}</th>
                <th scope="col" className="num">
                  {t('dashboard.trend.done')}
                </th>
                <th scope="col" className="num">
                  {t('dashboard.trend.total')}
                </th>
                <th scope="col" className="num">
                  {t('dashboard.trend.rate')}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((p) => (
                <tr key={p.period}>
                  <th scope="row">
                    {p.label}
                    {p.to !== periodEnd(p.period) ? <span className="muted"> ({fmt.date(p.to)})</span> : null}
                  </th>
                  <td className="num">
                    <a href={tasksHref(ctx, { situations: DONE_SITUATIONS, at: p.to })}>
                      {fmt.number(p.done)}
                    </a>
                  </td>
                  <td className="num">
                    <a href={tasksHref(ctx, { at: p.to })}>{fmt.number(p.total)}</a>
                  </td>
                  <td className="num">{fmt.percent(p.rate)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/** The cut-off of a quarter key ('2026-Q3' -> '2026-09-14'); a running quarter ends at the reference date. */
function periodEnd(key: string): string {
  const m = /^(\d{4})-Q([1-4])$/.exec(key);
  return m ? `${m[1]}-${String(Number(m[2]) * 3).padStart(2, '0')}-14` : '';
}

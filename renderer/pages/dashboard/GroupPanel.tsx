import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { GroupStat } from '../../../shared/api/types';
import { Button } from '../../components';
import { usePrintMode } from '../../hooks/usePrintMode';
import { useFormat } from '../../i18n/format';
import { DONE_SITUATIONS, tasksHref, type LinkContext } from './links';
import { CHART_COLORS } from './chartColors';
import { compareText } from '../../../shared/text/collate';
import { PRINT_CHART_PX } from './printLayout';
import { TASK_FILTER_NONE } from '../../../shared/tasks/fields';
import './fallbackStrings';

export interface GroupPanelProps {
  kind: 'pillar' | 'agency';
  groups: GroupStat[];
  ctx: LinkContext;
  /** Rows shown before "Xem cả": agencies are many, pillars are few. */
  limit?: number;
}

const ROW_PX = 26;

/**
 * Tasks per pillar or per lead agency: a stacked bar chart to see the shape at a glance, and beside it
 * the table whose every number opens the task list behind it.
 */
export function GroupPanel({ kind, groups, ctx, limit }: GroupPanelProps) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [expanded, setExpanded] = useState(false);
  const printing = usePrintMode();
  // Agencies: who is behind comes first, that is what the committee asks about.
  const ordered =
    kind === 'agency'
      ? [...groups].sort((a, b) => b.overdue - a.overdue || b.total - a.total || compareText(a.name, b.name))
      : groups;
  const shown = limit && !expanded ? ordered.slice(0, limit) : ordered;
  // The group without a pillar or agency (id null) is named in the chosen language.
  const nameOf = (g: GroupStat) =>
    g.id ? g.name : t(kind === 'pillar' ? 'fallback.noPillar' : 'fallback.noAgency');
  const chartRows = (limit ? ordered.slice(0, limit) : ordered).map((g) => ({
    name: nameOf(g),
    done: g.done,
    overdue: g.overdue,
    other: Math.max(0, g.total - g.done - g.overdue),
  }));
  const title = t(kind === 'pillar' ? 'dashboard.groups.pillar' : 'dashboard.groups.agency');
  // The group without a pillar or agency links to the list filtered by 'none' (tasks.list's sentinel).
  const filterOf = (g: GroupStat) =>
    kind === 'pillar' ? { pillarId: g.id ?? TASK_FILTER_NONE } : { leadAgencyId: g.id ?? TASK_FILTER_NONE };
  const link = (g: GroupStat, text: string, extra: Parameters<typeof tasksHref>[1] = {}) => (
    <a href={tasksHref(ctx, { ...filterOf(g), ...extra })}>{text}</a>
  );
  const titleId = `group-${kind}-title`;

  return (
    <section className="panel group-panel" aria-labelledby={titleId} data-testid={`dash-${kind}`}>
      <div className="panel-title">
        <h2 id={titleId}>{title}</h2>
        {limit && ordered.length > limit ? (
          <span className="muted">{t('dashboard.groups.agencyTop', { shown: limit })}</span>
        ) : null}
      </div>
      <div className="group-body">
        <div
          className="chart"
          role="img"
          aria-label={t('dashboard.groups.chartLabel', { title: title.toLowerCase() })}
        >
          <ResponsiveContainer
            width={printing ? PRINT_CHART_PX : '100%'}
            height={chartRows.length * ROW_PX + 36}
          >
            <BarChart
              data={chartRows}
              layout="vertical"
              margin={{ top: 4, right: 12, bottom: 4, left: 4 }}
              accessibilityLayer={false}
            >
              <CartesianGrid horizontal={false} stroke="#e3e7ed" />
              <XAxis type="number" allowDecimals={false} tick={{ fontSize: 11, fill: '#566072' }} />
              <YAxis
                type="category"
                dataKey="name"
                width={150}
                tick={{ fontSize: 11.5, fill: '#1d2330' }}
                interval={0}
              />
              <Tooltip formatter={(v) => fmt.number(Number(v))} />
              <Bar
                dataKey="done"
                name={t('dashboard.groups.done')}
                stackId="a"
                fill={CHART_COLORS.done}
                isAnimationActive={false}
              />
              <Bar
                dataKey="overdue"
                name={t('dashboard.groups.overdue')}
                stackId="a"
                fill={CHART_COLORS.overdue}
                isAnimationActive={false}
              />
              <Bar
                dataKey="other"
                name={t('dashboard.groups.other')}
                stackId="a"
                fill={CHART_COLORS.other}
                isAnimationActive={false}
              />
            </BarChart>
          </ResponsiveContainer>
          <ChartLegend />
        </div>
        <div className="group-table-wrap">
          <table className="table group-table">
            <caption className="visually-hidden">{title}</caption>
            <thead>
              <tr>
                <th scope="col">{t('dashboard.groups.name')}</th>
                <th scope="col" className="num">
                  {t('dashboard.groups.total')}
                </th>
                <th scope="col" className="num">
                  {t('dashboard.groups.done')}
                </th>
                <th scope="col" className="num">
                  {t('dashboard.groups.overdue')}
                </th>
                <th scope="col" className="num">
                  {t('dashboard.groups.rate')}
                </th>
              </tr>
            </thead>
            <tbody>
              {shown.map((g) => (
                <tr key={g.id ?? 'none'}>
                  <th scope="row" className="group-name">
                    {link(g, nameOf(g))}
                  </th>
                  <td className="num">{link(g, fmt.number(g.total))}</td>
                  <td className="num">{link(g, fmt.number(g.done), { situations: DONE_SITUATIONS })}</td>
                  <td className={`num${g.overdue > 0 ? ' overdue-count' : ''}`}>
                    {link(g, fmt.number(g.overdue), { situations: ['qua_han'] })}
                  </td>
                  <td className="num">{fmt.percent(g.rate)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {limit && ordered.length > limit ? (
            <Button
              variant="link"
              size="sm"
              className="no-print"
              onClick={() => setExpanded((e) => !e)}
              aria-expanded={expanded}
            >
              {expanded
                ? t('dashboard.groups.showLess')
                : t('dashboard.groups.showAll', { count: ordered.length })}
            </Button>
          ) : null}
        </div>
      </div>
    </section>
  );
}

function ChartLegend() {
  const { t } = useTranslation();
  return (
    <ul className="chart-legend" aria-hidden="true">
      <li>
        <span className="swatch" style={{ background: CHART_COLORS.done }} />
        {t('dashboard.groups.done')}
      </li>
      <li>
        <span className="swatch" style={{ background: CHART_COLORS.overdue }} />
        {t('dashboard.groups.overdue')}
      </li>
      <li>
        <span className="swatch" style={{ background: CHART_COLORS.other }} />
        {t('dashboard.groups.other')}
      </li>
    </ul>
  );
}

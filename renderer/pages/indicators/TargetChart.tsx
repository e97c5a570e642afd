// Actual values of one year (Quý I..IV and the year) against the year's target line, with the baseline
// as a dashed line. The same numbers are given in words to screen readers and listed under the chart.
import { useTranslation } from 'react-i18next';
import {
  CartesianGrid,
  ComposedChart,
  LabelList,
  Line,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { Indicator } from '../../../shared/api/types';
import { quarterKeys } from '../../../shared/rules/periods';
import { useFormat } from '../../i18n/format';
import { periodLabel } from '../../i18n/periodLabel';

const COLORS = { value: '#1f4e8c', target: '#1d7a3a', baseline: '#5b6475' };

export function TargetChart({ indicator, year }: { indicator: Indicator; year: number }) {
  const { t } = useTranslation();
  const f = useFormat();
  const target = indicator.targets.find((x) => x.year === year) ?? null;
  const keys = [...quarterKeys(year), String(year)];
  const data = keys.map((key) => {
    const label = periodLabel(key);
    const found = indicator.values.find((v) => v.period === key);
    return {
      key,
      label,
      short: label.replace(`/${year}`, '').replace(` ${year}`, ''),
      value: found ? found.value : null,
    };
  });
  const known = data.filter((d) => d.value !== null);
  const summary = t('indicators.chart.summary', {
    year,
    values: known.length
      ? known.map((d) => `${d.label} ${f.number(d.value!)}`).join(', ')
      : t('indicators.chart.noValues'),
    target: target ? `${f.number(target.target)} ${indicator.unit}` : '—',
  });

  return (
    <figure className="target-chart" data-testid="target-chart">
      <figcaption className="section-title">{t('indicators.chart.title', { year })}</figcaption>
      {!target ? <p className="muted">{t('indicators.chart.noTarget', { year })}</p> : null}
      <div role="img" aria-label={summary}>
        <ResponsiveContainer width="100%" height={220}>
          <ComposedChart
            data={data}
            margin={{ top: 18, right: 96, bottom: 4, left: 4 }}
            accessibilityLayer={false}
          >
            <CartesianGrid stroke="#e3e6eb" vertical={false} />
            <XAxis dataKey="short" tick={{ fontSize: 12 }} padding={{ left: 24, right: 24 }} />
            <YAxis
              domain={[0, 'auto']}
              tick={{ fontSize: 12 }}
              tickFormatter={(v: number) => f.number(v)}
              width={56}
            />
            <Tooltip
              formatter={(v) => (typeof v === 'number' ? f.number(v) : String(v))}
              labelFormatter={(_, p) => p[0]?.payload.label ?? ''}
            />
            {target ? (
              <ReferenceLine
                y={target.target}
                stroke={COLORS.target}
                strokeWidth={2}
                label={{
                  value: `${t('indicators.chart.target')} ${f.number(target.target)}`,
                  position: 'right',
                  fill: COLORS.target,
                  fontSize: 12,
                }}
              />
            ) : null}
            {target && target.baseline !== null ? (
              <ReferenceLine
                y={target.baseline}
                stroke={COLORS.baseline}
                strokeDasharray="4 4"
                label={{
                  value: `${t('indicators.chart.baseline')} ${f.number(target.baseline)}`,
                  position: 'right',
                  fill: COLORS.baseline,
                  fontSize: 12,
                }}
              />
            ) : null}
            <Line
              type="linear"
              dataKey="value"
              name={t('indicators.chart.value')}
              stroke={COLORS.value}
              strokeWidth={2}
              dot={{ r: 4 }}
              connectNulls
              isAnimationActive={false}
            >
              <LabelList
                dataKey="value"
                position="top"
                fontSize={12}
                formatter={(v) => (typeof v === 'number' ? f.number(v) : '')}
              />
            </Line>
          </ComposedChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}

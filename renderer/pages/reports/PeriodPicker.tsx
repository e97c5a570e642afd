// The reporting period: a year and one of the Nghị định 09 periods, with the data window it covers.
import { useTranslation } from 'react-i18next';
import { parsePeriod } from '../../../shared/rules/periods';
import { Field, Select } from '../../components';
import { useFormat } from '../../i18n/format';

export const PERIOD_KINDS = ['Q1', 'Q2', 'Q3', 'Q4', 'H1', '9M', 'Y'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

export function periodKey(year: number, kind: PeriodKind): string {
  return kind === 'Y' ? String(year) : `${year}-${kind}`;
}

export function splitPeriod(key: string): { year: number; kind: PeriodKind } | null {
  const p = parsePeriod(key);
  if (!p) return null;
  const kind: PeriodKind =
    p.kind === 'year'
      ? 'Y'
      : p.kind === 'half'
        ? 'H1'
        : p.kind === 'nine_months'
          ? '9M'
          : (`Q${p.quarter}` as PeriodKind);
  return { year: p.year, kind };
}

export interface PeriodPickerProps {
  value: string;
  years: number[];
  today: string | null;
  onChange(period: string): void;
}

export function PeriodPicker({ value, years, today, onChange }: PeriodPickerProps) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const current = splitPeriod(value);
  const period = parsePeriod(value);
  if (!current || !period) return null;
  const yearOptions = [...new Set([...years, current.year])]
    .sort()
    .map((y) => ({ value: String(y), label: String(y) }));
  return (
    <div className="report-period">
      <Field label={t('reports.period.year')}>
        {(c) => (
          <Select
            {...c}
            data-testid="report-year"
            value={String(current.year)}
            options={yearOptions}
            onChange={(y) => onChange(periodKey(Number(y), current.kind))}
          />
        )}
      </Field>
      <Field label={t('reports.period.kind')}>
        {(c) => (
          <Select
            {...c}
            data-testid="report-period"
            value={current.kind}
            options={PERIOD_KINDS.map((k) => ({ value: k, label: t(`reports.period.kinds.${k}`) }))}
            onChange={(k) => onChange(periodKey(current.year, k as PeriodKind))}
          />
        )}
      </Field>
      <p className="report-period-range muted">
        {t('reports.period.range', { from: fmt.date(period.from), to: fmt.date(period.to) })}
        {today && today < period.to ? <> {t('reports.period.running', { today: fmt.date(today) })}</> : null}
      </p>
    </div>
  );
}

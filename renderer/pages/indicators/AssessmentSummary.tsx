// "8 chỉ tiêu: 2 đã đạt, 3 có khả năng đạt…" as toggle buttons: the count is also the filter.
import { useTranslation } from 'react-i18next';
import type { IndicatorRow } from '../../../shared/api/types';
import { ASSESSMENTS, type Assessment } from '../../../shared/rules/indicatorAssessment';
import { useFormat } from '../../i18n/format';

interface Props {
  rows: IndicatorRow[];
  selected: string;
  onSelect(assessment: Assessment | null): void;
}

export function AssessmentSummary({ rows, selected, onSelect }: Props) {
  const { t } = useTranslation();
  const f = useFormat();
  const counts = new Map<Assessment, number>(ASSESSMENTS.map((a) => [a, 0]));
  for (const r of rows) counts.set(r.assessment, (counts.get(r.assessment) ?? 0) + 1);
  return (
    <div className="assessment-summary" role="group" aria-label={t('indicators.filters.assessment')}>
      <button
        type="button"
        className="summary-chip"
        aria-pressed={selected === ''}
        onClick={() => onSelect(null)}
      >
        {t('app.all')} <strong>{f.number(rows.length)}</strong>
      </button>
      {ASSESSMENTS.map((a) => (
        <button
          key={a}
          type="button"
          className={`summary-chip chip-${a}`}
          aria-pressed={selected === a}
          data-testid={`summary-${a}`}
          onClick={() => onSelect(selected === a ? null : a)}
        >
          {t(`assessment.${a}`)} <strong>{f.number(counts.get(a) ?? 0)}</strong>
        </button>
      ))}
    </div>
  );
}

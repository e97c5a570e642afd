// Why an indicator's assessment is what it is, in the language of the screen. Vietnamese comes from the
// shared sentence builder (shared/format/explanationVi.ts: the same words as the report's annex); the
// English version is kept here, next to the only place that needs it (as warningText.ts does).
import { useTranslation } from 'react-i18next';
import type { AssessmentExplanation } from '../../../shared/rules/assessmentExplanation';
import { assessmentExplanationVi } from '../../../shared/format/explanationVi';
import { parsePeriod } from '../../../shared/rules/periods';
import { formattersFor, type Formatters } from '../../i18n/format';

/** 'Q4/2026', 'H1/2026', '9 months/2026', '2026'. */
export function periodLabelEn(key: string): string {
  const p = parsePeriod(key);
  if (!p) return key;
  if (p.kind === 'quarter') return `Q${p.quarter}/${p.year}`;
  if (p.kind === 'half') return `H1/${p.year}`;
  if (p.kind === 'nine_months') return `9 months/${p.year}`;
  return `${p.year}`;
}

function factsEn(e: AssessmentExplanation, f: Formatters): string {
  const parts = [`Target ${f.number(e.target ?? 0)}`];
  if (e.baseline !== null) parts.push(`baseline ${f.number(e.baseline)}`);
  else parts.push(e.baselineAssumedZero ? 'no baseline (counted from 0)' : 'no baseline');
  if (e.latest) parts.push(`actual ${f.number(e.latest.value)} (${periodLabelEn(e.latest.period)})`);
  return parts.join(', ');
}

export function assessmentWhyEn(e: AssessmentExplanation, f: Formatters = formattersFor('en')): string {
  switch (e.rule) {
    case 'no_target':
      return `No target set for ${e.year}, so it cannot be assessed.`;
    case 'no_value':
      return `${factsEn(e, f)}: no value for ${e.year} yet as of ${f.date(e.referenceDate)}.`;
    case 'met':
      return e.direction === 'increase'
        ? `${factsEn(e, f)}: the actual value has reached or passed the target.`
        : `${factsEn(e, f)}: the actual value is at or below the target (lower is better).`;
    case 'on_track':
    case 'needs_effort': {
      if (e.progress === null)
        return e.noProgress === 'decrease_without_baseline'
          ? `${factsEn(e, f)}: target not met; a lower-is-better indicator without a baseline has no measurable progress.`
          : `${factsEn(e, f)}: target not met; the target equals the baseline, so progress cannot be measured.`;
      const where = e.rule === 'on_track' ? 'not below' : 'below';
      return (
        `${factsEn(e, f)}: ${f.percent(e.progress)} of the way covered while ${f.percent(e.expected)} ` +
        `of the year has passed, ${where} the ${f.percent(e.threshold)} threshold after the ` +
        `${f.percent(e.tolerance)} tolerance.`
      );
    }
  }
}

/** The explanation sentence in the current language. */
export function useAssessmentWhy(): (e: AssessmentExplanation) => string {
  const { i18n } = useTranslation();
  if (i18n.language !== 'en') return assessmentExplanationVi;
  const f = formattersFor('en');
  return (e) => assessmentWhyEn(e, f);
}

// Plausibility warnings in words, in the language of the screen. Vietnamese comes from the rule itself
// (shared/rules/plausibility.ts describeWarning: the same words as the server's refusal and the report
// checklist); the English version is kept here, next to the only place that needs it.
import { useTranslation } from 'react-i18next';
import { describeWarning, type PlausibilityWarning } from '../../../shared/rules/plausibility';
import { formattersFor, type Formatters } from '../../i18n/format';
import { periodLabel } from '../../i18n/periodLabel';

const label = (key: string) => periodLabel(key);

function inEnglish(w: PlausibilityWarning, f: Formatters): string {
  const n = (x: number) => f.number(x, 4);
  switch (w.code) {
    case 'percent_range':
      return `A rate of ${n(w.value)}% is outside 0-100%.`;
    case 'jump':
      return w.value > w.previous
        ? `${n(w.value)} is more than 10 times the ${label(w.previousPeriod)} value (${n(w.previous)}).`
        : `${n(w.value)} is less than a tenth of the ${label(w.previousPeriod)} value (${n(w.previous)}).`;
    case 'not_started':
      return `${label(w.period)} has not started yet (from ${f.date(w.from)}).`;
    case 'ambiguous_separator':
      return `"${w.text}" was read as ${n(w.value)}; from an English-locale sheet it would be ${n(w.other)}.`;
  }
}

export function useWarningText(): (w: PlausibilityWarning) => string {
  const { i18n } = useTranslation();
  if (i18n.language !== 'en') return describeWarning;
  const f = formattersFor('en');
  return (w) => inEnglish(w, f);
}

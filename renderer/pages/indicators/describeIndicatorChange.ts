// How an indicator's audit entry reads in its history: "Quý II/2026: 45 → 50",
// "Kế hoạch năm 2026: 70 → 80 (cơ sở 40)", "Sửa thông tin: tên, đơn vị tính".
import type { TFunction } from 'i18next';
import type { AuditEntry } from '../../../shared/api/types';
import { parsePeriod } from '../../../shared/rules/periods';
import type { Formatters } from '../../i18n/format';

/** Audit field -> the form label that names it. */
const FIELD_LABELS: Record<string, string> = {
  code: 'indicators.form.code',
  name: 'indicators.form.name',
  unit: 'indicators.form.unit',
  planId: 'indicators.form.plan',
  pillarId: 'indicators.form.pillar',
  leadAgencyId: 'indicators.form.agency',
  direction: 'indicators.form.direction',
  definition: 'indicators.form.definition',
};

interface TargetSnapshot {
  year: number;
  baseline: number | null;
  target: number;
}

const asNumber = (v: unknown): number | null => (typeof v === 'number' ? v : null);

export function describeIndicatorChange(e: AuditEntry, t: TFunction, f: Formatters): string {
  const empty = t('indicators.history.empty_value');
  const before = e.before ?? {};
  const after = e.after ?? {};
  if (e.action === 'set' && ('target' in before || 'target' in after)) {
    const b = before.target as TargetSnapshot | undefined;
    const a = after.target as TargetSnapshot | undefined;
    const show = (s: TargetSnapshot | undefined) =>
      s
        ? `${f.number(s.target)}${s.baseline === null ? '' : ` (${t('indicators.chart.baseline').toLowerCase()} ${f.number(s.baseline)})`}`
        : empty;
    return t('indicators.history.setTarget', { year: a?.year ?? b?.year, before: show(b), after: show(a) });
  }
  if (e.action === 'set') {
    const key = String(after.period ?? before.period ?? '');
    const show = (v: unknown) => (asNumber(v) === null ? empty : f.number(asNumber(v)!, 4));
    return t('indicators.history.setValue', {
      period: parsePeriod(key)?.label ?? key,
      before: show(before.value),
      after: show(after.value),
    });
  }
  if (e.action === 'update') {
    const fields = e.changed.filter((k) => k in FIELD_LABELS).map((k) => t(FIELD_LABELS[k]!).toLowerCase());
    return t('indicators.history.update', { fields: fields.join(', ') });
  }
  if (e.action === 'create' || e.action === 'archive' || e.action === 'merge')
    return t(`indicators.history.${e.action}`);
  return t('indicators.history.other', { action: e.action });
}

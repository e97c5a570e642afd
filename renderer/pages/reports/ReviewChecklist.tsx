// "Cần xem lại trước khi ký": what still needs the secretary's eyes before the report is exported and
// signed. Two kinds: the document itself (number, signer, empty sections, from the report model) and the
// data it carries (values saved with plausibility warnings, indicators with no value or only an older
// period's, indicators without a target: reports.checklist). Each data item links to its indicator.
import { useTranslation } from 'react-i18next';
import type { ReportChecklist } from '../../../shared/api/types';
import type { ReportModel } from '../../../shared/report/model';
import { routeHref } from '../../stores/route';
import { usePreviewWords, type PreviewWords } from './previewWords';

export interface ReviewChecklistProps {
  model: ReportModel | undefined;
  checklist: ReportChecklist | undefined;
  planId: string;
}

function documentChecks(
  m: ReportModel,
  t: (k: string, o?: Record<string, unknown>) => string,
  words: PreviewWords,
): string[] {
  const out: string[] = [];
  if (!m.docNumber.trim()) out.push(t('reports.preview.noDocNumber'));
  if (!m.signer.name.trim()) out.push(t('reports.preview.noSignerName'));
  for (const s of m.sections)
    if (!s.text) out.push(t('reports.preview.emptySection', { heading: words.heading(s) }));
  return out;
}

const KINDS = ['value_warning', 'no_value', 'stale_value', 'no_target'] as const;

export function ReviewChecklist({ model, checklist, planId }: ReviewChecklistProps) {
  const { t } = useTranslation();
  const words = usePreviewWords();
  const doc = model ? documentChecks(model, t, words) : [];
  const data = checklist?.items ?? [];
  const todo = doc.length + data.length;
  return (
    <div
      className={`report-checks${todo ? ' report-checks-todo' : ''}`}
      data-testid="report-checklist"
      aria-labelledby="report-checklist-title"
      role="region"
    >
      <h3 id="report-checklist-title">
        {t('reports.preview.checks')}
        {todo ? ` (${todo})` : ''}
      </h3>
      {todo === 0 ? <p>{t('reports.preview.allGood')}</p> : null}
      {doc.length ? (
        <ul data-testid="report-checklist-document">
          {doc.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ul>
      ) : null}
      {KINDS.map((kind) => {
        const items = data.filter((i) => i.kind === kind);
        if (items.length === 0) return null;
        return (
          <div key={kind} className="report-check-group" data-testid={`report-checklist-${kind}`}>
            <h4>{t(`reports.checklist.${kind}`, { count: items.length })}</h4>
            <ul>
              {items.map((i) => (
                <li key={`${i.indicatorId}|${i.period ?? ''}`}>
                  {checklist ? words.checkItem(i, checklist.period) : i.message}{' '}
                  <a href={routeHref('indicators', { planId, id: i.indicatorId })}>
                    {t('reports.checklist.open')}
                  </a>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
      {checklist && data.length === 0 ? (
        <p className="muted small">{t('reports.checklist.dataGood')}</p>
      ) : null}
    </div>
  );
}

// The figures the report will carry, and what still needs the secretary's attention before signing.
import { useTranslation } from 'react-i18next';
import type { ReportChecklist } from '../../../shared/api/types';
import type { ReportModel } from '../../../shared/report/model';
import { ErrorBanner, Loading } from '../../components';
import { useFormat } from '../../i18n/format';
import { usePreviewWords } from './previewWords';
import { ReviewChecklist } from './ReviewChecklist';

export interface PreviewPanelProps {
  model: ReportModel | undefined;
  checklist: ReportChecklist | undefined;
  planId: string;
  error: Error | null;
  loading: boolean;
  onRetry(): void;
}

export function PreviewPanel({ model, checklist, planId, error, loading, onRetry }: PreviewPanelProps) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const words = usePreviewWords();
  let body;
  if (error && !model)
    body = <ErrorBanner error={error} title={t('reports.preview.loadFailed')} onRetry={onRetry} />;
  else if (!model) body = <Loading />;
  else {
    const s = model.summary;
    const rows = (groups: { rows: unknown[] }[]) => groups.reduce((n, g) => n + g.rows.length, 0);
    body = (
      <>
        <p className="muted">{t('reports.preview.at', { date: fmt.date(model.referenceDate) })}</p>
        <dl className="report-figures">
          <dt>{t('reports.preview.tasks')}</dt>
          <dd data-testid="preview-tasks">{words.taskSentence(s)}</dd>
          <dd className="muted small">
            {t('reports.preview.situations', {
              overdue: fmt.number(s.tasks.overdue),
              dueSoon: fmt.number(s.tasks.dueSoon),
              inTime: fmt.number(s.tasks.inTime),
              noDeadline: fmt.number(s.tasks.noDeadline),
              paused: fmt.number(s.tasks.paused),
              cancelled: fmt.number(s.tasks.cancelled),
            })}
          </dd>
          <dt>{t('reports.preview.indicators')}</dt>
          <dd data-testid="preview-indicators">{words.indicatorSentence(s)}</dd>
          <dd className="muted small" data-testid="preview-indicator-basis">
            {t('reports.preview.basis', { cutOff: fmt.date(model.period.to) })}
          </dd>
        </dl>
        <ul className="report-annexes">
          <li data-testid="preview-annex1">
            {t('reports.preview.annex1', {
              rows: fmt.number(rows(model.annex1.groups)),
              groups: fmt.number(model.annex1.groups.length),
            })}
          </li>
          <li data-testid="preview-annex2">
            {t('reports.preview.annex2', {
              rows: fmt.number(rows(model.annex2.groups)),
              groups: fmt.number(model.annex2.groups.length),
            })}
          </li>
        </ul>
        {model.sections
          .filter((sec) => sec.generated)
          .map((sec) => (
            <details key={sec.key} className="report-generated">
              <summary>{t('reports.preview.generated', { heading: words.heading(sec) })}</summary>
              <p className="report-generated-text">{sec.text}</p>
            </details>
          ))}
        <ReviewChecklist model={model} checklist={checklist} planId={planId} />
      </>
    );
  }
  return (
    <section
      className="panel report-preview"
      aria-labelledby="report-preview-title"
      aria-busy={loading || undefined}
    >
      <div className="panel-title">
        <h2 id="report-preview-title">{t('reports.preview.title')}</h2>
      </div>
      {body}
    </section>
  );
}

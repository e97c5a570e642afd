// Báo cáo: the periodic report from draft to submission. Pick plan and period, write the narrative
// (saved as you type), check the figures, export with a signature (progress shown while the backend works),
// keep the history with hashes, make the e-mail, and check any report file's signature.
import './reports/strings';
import './reports/reports.css';
import { useTranslation } from 'react-i18next';
import { quarterOf } from '../../shared/rules/periods';
import { EmptyState, Loading, PageHeader, PlanSelector, Tabs } from '../components';
import { useApiQuery } from '../hooks/useApiQuery';
import { useWorkspaceView } from '../hooks/useWorkspaceView';
import { useSettings } from '../hooks/useReferenceData';
import { useRoute } from '../stores/route';
import { DraftEditor } from './reports/DraftEditor';
import { ExportPanel } from './reports/ExportPanel';
import { HistoryPanel } from './reports/HistoryPanel';
import { IdentityPanel } from './reports/IdentityPanel';
import { PeriodPicker, splitPeriod } from './reports/PeriodPicker';
import { PreviewPanel } from './reports/PreviewPanel';
import { ReviewChecklist } from './reports/ReviewChecklist';
import { useReportDraft } from './reports/useReportDraft';
import { VerifyPanel } from './reports/VerifyPanel';

type Tab = 'compose' | 'export' | 'verify';
const TABS: readonly Tab[] = ['compose', 'export', 'verify'];

export function ReportsPage() {
  const { t } = useTranslation();
  const params = useRoute((s) => s.params);
  const setParams = useRoute((s) => s.setParams);
  const workspace = useWorkspaceView(params);
  const settings = useSettings();
  const tab: Tab = (TABS as readonly string[]).includes(params.tab ?? '') ? (params.tab as Tab) : 'compose';
  const today = workspace.today;
  // The quarter being reported on by default: the one whose window holds today (Nghị định 09 cut-offs).
  const period =
    params.period && splitPeriod(params.period) ? params.period : today ? quarterOf(today).key : null;
  const planId = workspace.planId;

  const preview = useApiQuery('reports.preview', planId && period ? { planId, period } : null);
  const checklist = useApiQuery('reports.checklist', planId && period ? { planId, period } : null);
  const draft = useReportDraft(period ? planId : null, period ?? '');
  const identity = useApiQuery('signing.identity.get', {});
  const submissions = useApiQuery('submissions.list', planId ? { planId } : null);
  const outbox = useApiQuery('outbox.list', {});

  const plan = workspace.plan;
  const years = plan
    ? Array.from({ length: plan.yearTo - plan.yearFrom + 1 }, (_, i) => plan.yearFrom + i)
    : [];

  let body;
  if (!workspace.ready || !period) body = <Loading />;
  else if (!planId) body = <EmptyState title={t('reports.noPlan')} />;
  else
    body = (
      <Tabs
        label={t('reports.tabs.label')}
        active={tab}
        onChange={(next: Tab) => setParams({ tab: next === 'compose' ? null : next })}
        tabs={TABS.map((key) => ({ key, label: t(`reports.tabs.${key}`) }))}
      >
        {tab === 'compose' ? (
          <div className="report-columns">
            {draft.draft ? (
              <DraftEditor draft={draft.draft} save={draft.save} update={draft.update} />
            ) : (
              <Loading />
            )}
            <PreviewPanel
              model={preview.data}
              checklist={checklist.data}
              planId={planId}
              error={preview.error}
              loading={preview.loading}
              onRetry={preview.retry}
            />
          </div>
        ) : tab === 'export' ? (
          <>
            <div className="report-columns">
              <ExportPanel
                planId={planId}
                period={period}
                identity={identity.data ?? null}
                review={<ReviewChecklist model={preview.data} checklist={checklist.data} planId={planId} />}
              />
              <IdentityPanel identity={identity.data ?? null} />
            </div>
            <HistoryPanel
              submissions={submissions.data}
              outbox={outbox.data}
              error={submissions.error}
              onRetry={submissions.retry}
              smtpReady={Boolean(settings?.smtp)}
              centreEmail={settings?.centreEmail ?? ''}
            />
          </>
        ) : (
          <VerifyPanel />
        )}
      </Tabs>
    );

  return (
    <div className="reports-page">
      <PageHeader title={t('reports.title')} subtitle={t('reports.subtitle')} />
      {workspace.ready && period ? (
        <div className="toolbar report-toolbar">
          <PlanSelector value={planId ?? ''} onChange={(id) => setParams({ planId: id })} />
          <PeriodPicker
            value={period}
            years={years}
            today={today}
            onChange={(p) => setParams({ period: p })}
          />
        </div>
      ) : null}
      {body}
    </div>
  );
}

import './dashboard/dashboard.css';
import './dashboard/strings';
import { useTranslation } from 'react-i18next';
import {
  Button,
  EmptyState,
  ErrorBanner,
  Loading,
  PageHeader,
  PlanSelector,
  ReferenceDateSelector,
  planLabel,
} from '../components';
import { useApiQuery } from '../hooks/useApiQuery';
import { useWorkspaceView } from '../hooks/useWorkspaceView';
import { useFormat } from '../i18n/format';
import { retryReferenceData, useReferenceData } from '../hooks/useReferenceData';
import { routeHref, useRoute } from '../stores/route';
import { useWorkspace } from '../stores/workspace';
import { CompletionSummary } from './dashboard/CompletionSummary';
import { DataProblemsBanner } from './dashboard/DataProblemsBanner';
import { DeadlineList } from './dashboard/DeadlineList';
import { GroupPanel } from './dashboard/GroupPanel';
import { IndicatorSummary } from './dashboard/IndicatorSummary';
import { PrintHeader } from './dashboard/PrintHeader';
import { RoundLine } from './dashboard/RoundLine';
import type { LinkContext } from './dashboard/links';
import { TrendPanel } from './dashboard/TrendPanel';

const AGENCIES_SHOWN = 8;

/** Tổng quan: where the plan stands at the reference date, every number a link to its list. */
export function DashboardPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const params = useRoute((s) => s.params);
  const setParams = useRoute((s) => s.setParams);
  const view = useWorkspaceView(params);
  const { setPlanId, setAt } = useWorkspace();
  const { plans, error: refError } = useReferenceData();
  const query = useApiQuery(
    'dashboard.get',
    view.ready && view.planId ? { planId: view.planId, at: view.at } : null,
  );
  const data = query.data;

  const header = (
    <PageHeader
      title={t('dashboard.title')}
      subtitle={
        view.plan && data
          ? t('dashboard.subtitle', { plan: planLabel(view.plan), date: fmt.date(data.at) })
          : undefined
      }
      actions={
        plans.length > 0 ? (
          <>
            <PlanSelector
              value={view.planId ?? ''}
              onChange={(planId) => {
                setPlanId(planId);
                setParams({ planId });
              }}
            />
            <ReferenceDateSelector
              value={view.at}
              today={view.today}
              onChange={(at) => {
                setAt(at);
                setParams({ at });
              }}
            />
            <Button onClick={() => window.print()} disabled={!data}>
              {t('dashboard.print')}
            </Button>
          </>
        ) : undefined
      }
    />
  );

  if (refError)
    return (
      <>
        {header}
        <ErrorBanner error={refError} onRetry={retryReferenceData} />
      </>
    );
  if (view.ready && plans.length === 0) {
    return (
      <>
        {header}
        <EmptyState
          title={t('dashboard.noPlanTitle')}
          action={
            <a className="btn btn-primary" href={routeHref('plans')}>
              {t('dashboard.goToPlans')}
            </a>
          }
        >
          <p>{t('dashboard.noPlanText')}</p>
        </EmptyState>
      </>
    );
  }

  const ctx: LinkContext | null = data ? { planId: data.planId, at: data.at } : null;
  return (
    <div className="dashboard" aria-busy={query.loading}>
      {header}
      {view.plan && data ? <PrintHeader planTitle={view.plan.title} at={data.at} /> : null}
      <DataProblemsBanner />
      {view.planId ? <RoundLine planId={view.planId} /> : null}
      {query.error ? <ErrorBanner error={query.error} onRetry={query.retry} /> : null}
      {!data || !ctx ? (
        query.error ? null : (
          <Loading />
        )
      ) : (
        <div className="dash-grid" data-testid="dashboard">
          <CompletionSummary data={data} ctx={ctx} />
          <IndicatorSummary data={data} ctx={ctx} />
          <div className="dash-pair">
            <DeadlineList kind="overdue" rows={data.overdue} count={data.tasks.qua_han} ctx={ctx} />
            <DeadlineList kind="dueSoon" rows={data.dueSoon} count={data.tasks.sap_den_han} ctx={ctx} />
          </div>
          <GroupPanel kind="pillar" groups={data.byPillar} ctx={ctx} />
          <GroupPanel kind="agency" groups={data.byAgency} ctx={ctx} limit={AGENCIES_SHOWN} />
          <TrendPanel data={data} ctx={ctx} />
        </div>
      )}
    </div>
  );
}

import './plans/plans.css';
import './plans/strings';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Plan } from '../../shared/api/types';
import { Button, EmptyState, ErrorBanner, Loading, Modal, PageHeader } from '../components';
import { write } from '../api/writes';
import { useFormat } from '../i18n/format';
import { defaultPlan, retryReferenceData, useReferenceData } from '../hooks/useReferenceData';
import { showStatus } from '../stores/status';
import { useWorkspace } from '../stores/workspace';
import { PlanEditor, type PlanEditorTarget } from './plans/PlanEditor';
import { PlansTable } from './plans/PlansTable';
import { PlanImport } from './planimport/PlanImport';
import './planimport/strings';
import { useOpenFromAddress } from '../components/search/useOpenFromAddress';
import { useShortcut } from '../shortcuts/handlers';

/** Kế hoạch: the province's plans, with their tasks and indicators one click away. */
export function PlansPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { status, error, plans, info, settings } = useReferenceData();
  const setPlanId = useWorkspace((s) => s.setPlanId);
  const [target, setTarget] = useState<PlanEditorTarget | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [importing, setImporting] = useState(false);
  // A search result (#/plans?plan=…) opens the plan's editor; N adds a plan.
  useOpenFromAddress('plan', status === 'ready' ? plans : undefined, (plan) =>
    setTarget({ mode: 'edit', plan }),
  );
  useShortcut('new', () => setTarget({ mode: 'create' }));

  // The plan pages open on: chosen here, kept in the settings; adding a plan never changes it.
  const currentId = defaultPlan(plans, settings)?.id ?? null;
  const year = Number((info?.today ?? new Date().toISOString()).slice(0, 4));

  const follow = async (p: Plan) => {
    try {
      await write('settings.update', { defaultPlanId: p.id });
      setPlanId(p.id);
      showStatus(t('plans.followed', { code: p.code }));
    } catch (e) {
      setFailure(e);
    }
  };

  let body;
  if (error) body = <ErrorBanner error={error} onRetry={retryReferenceData} />;
  else if (status !== 'ready') body = <Loading />;
  else if (plans.length === 0)
    body = (
      <EmptyState
        title={t('plans.empty')}
        action={
          <Button variant="primary" onClick={() => setTarget({ mode: 'create' })}>
            {t('plans.add')}
          </Button>
        }
      >
        <p>{t('plans.emptyHint')}</p>
      </EmptyState>
    );
  else
    body = (
      <PlansTable
        plans={plans}
        currentId={currentId}
        onEdit={(plan) => setTarget({ mode: 'edit', plan })}
        onFollow={(p) => void follow(p)}
      />
    );

  return (
    <>
      <PageHeader
        title={t('plans.title')}
        subtitle={status === 'ready' ? t('plans.subtitle', { count: fmt.number(plans.length) }) : undefined}
        actions={
          <>
            <Button onClick={() => setImporting(true)} data-testid="plan-import-open">
              {t('planImport.open')}
            </Button>
            <Button variant="primary" onClick={() => setTarget({ mode: 'create' })} data-testid="plan-add">
              {t('plans.add')}
            </Button>
          </>
        }
      />
      {failure ? <ErrorBanner error={failure} /> : null}
      {body}
      <PlanEditor target={target} year={year} onClose={() => setTarget(null)} />
      {importing ? (
        <Modal
          open
          title={t('planImport.title')}
          size="lg"
          onClose={() => setImporting(false)}
          testId="plan-import-dialog"
        >
          <PlanImport initialPlanId={null} allowExisting />
        </Modal>
      ) : null}
    </>
  );
}

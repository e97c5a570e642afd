// Đợt cập nhật số liệu: the plan's collection rounds. Without ?id the list of rounds and "Tạo đợt cập
// nhật"; with ?id=… one round: its forms out, mail, status per agency, and the returned forms coming in.
import './rounds/strings';
import './sheets/sheets.css';
import './rounds/rounds.css';
import './indicators/pageLayout.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, EmptyState, ErrorBanner, Loading, PageHeader, PlanSelector } from '../components';
import { useApiQuery } from '../hooks/useApiQuery';
import { useWorkspaceView } from '../hooks/useWorkspaceView';
import { useRoute } from '../stores/route';
import { useWorkspace } from '../stores/workspace';
import { RoundCreate } from './rounds/RoundCreate';
import { RoundList } from './rounds/RoundList';
import { RoundView } from './rounds/RoundView';

export function RoundsPage() {
  const { t } = useTranslation();
  const params = useRoute((s) => s.params);
  const setParams = useRoute((s) => s.setParams);
  const view = useWorkspaceView(params);
  const setPlanId = useWorkspace((s) => s.setPlanId);
  const [creating, setCreating] = useState(false);
  const list = useApiQuery('rounds.list', view.ready && view.planId ? { planId: view.planId } : null);

  const header = (
    <PageHeader
      title={t('rounds.title')}
      subtitle={t('rounds.subtitle')}
      actions={
        <>
          <PlanSelector
            value={view.planId ?? ''}
            onChange={(planId) => {
              setPlanId(planId);
              setParams({ planId, id: null });
            }}
          />
          <Button
            variant="primary"
            disabled={!view.plan}
            onClick={() => setCreating(true)}
            data-testid="round-add"
          >
            {t('rounds.add')}
          </Button>
        </>
      }
    />
  );

  let body;
  if (params.id) body = <RoundView key={params.id} id={params.id} onBack={() => setParams({ id: null })} />;
  else if (!view.ready) body = <Loading />;
  else if (!view.planId) body = <EmptyState title={t('rounds.noPlan')} />;
  else if (list.error) body = <ErrorBanner error={list.error} onRetry={list.retry} />;
  else if (!list.data) body = <Loading />;
  else if (list.data.length === 0)
    body = (
      <EmptyState
        title={t('rounds.empty')}
        action={
          <Button variant="primary" onClick={() => setCreating(true)}>
            {t('rounds.add')}
          </Button>
        }
      >
        <p>{t('rounds.emptyHint')}</p>
      </EmptyState>
    );
  else body = <RoundList rounds={list.data} onOpen={(id) => setParams({ id })} />;

  return (
    <div className="rounds-page">
      {header}
      {body}
      {creating && view.plan ? (
        <RoundCreate
          plan={view.plan}
          today={view.today}
          onClose={() => setCreating(false)}
          onCreated={(id) => {
            setCreating(false);
            setParams({ id });
          }}
        />
      ) : null}
    </div>
  );
}

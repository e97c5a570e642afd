// Chỉ tiêu: the catalogue of indicators with their assessment, and the data-entry grid. The plan, the
// view, the filters and the open indicator live in the URL (#/indicators?assessment=can_no_luc&id=…),
// so a dashboard number opens exactly the list behind it and Back returns to it.
import './indicators/strings';
import './indicators/pageLayout.css';
import './indicators/indicators.css';
import { useTranslation } from 'react-i18next';
import { PageHeader, PlanSelector, Tabs } from '../components';
import { ALL_PLANS, useWorkspaceView } from '../hooks/useWorkspaceView';
import { useRoute } from '../stores/route';
import { IndicatorCatalogue } from './indicators/IndicatorCatalogue';
import { ValueEntry } from './indicators/ValueEntry';

type View = 'list' | 'grid';

export function IndicatorsPage() {
  const { t } = useTranslation();
  const params = useRoute((s) => s.params);
  const setParams = useRoute((s) => s.setParams);
  const workspace = useWorkspaceView(params, { allowAllPlans: true });
  const view: View = params.view === 'grid' ? 'grid' : 'list';

  return (
    <div className="indicators-page">
      <PageHeader
        title={t('indicators.title')}
        actions={
          <PlanSelector
            allowAll
            value={workspace.planId ?? ''}
            onChange={(planId) => setParams({ planId: planId || ALL_PLANS })}
          />
        }
      />
      <Tabs
        label={t('indicators.tabs.label')}
        active={view}
        onChange={(next: View) => setParams({ view: next === 'grid' ? 'grid' : null, id: null })}
        tabs={[
          { key: 'list', label: t('indicators.tabs.list') },
          { key: 'grid', label: t('indicators.tabs.grid') },
        ]}
      >
        {view === 'grid' ? (
          <ValueEntry workspace={workspace} params={params} />
        ) : (
          <IndicatorCatalogue workspace={workspace} params={params} />
        )}
      </Tabs>
    </div>
  );
}

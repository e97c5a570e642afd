// Danh mục: the master data every other page picks from. Agencies change with each administrative
// restructuring (merge into a successor keeps the history); pillars follow the national programme.
import './catalog/strings';
import './indicators/pageLayout.css';
import './catalog/catalog.css';
import { useTranslation } from 'react-i18next';
import { PageHeader, Tabs } from '../components';
import { useRoute } from '../stores/route';
import { AgencyList } from './catalog/AgencyList';
import { PillarList } from './catalog/PillarList';

type Tab = 'agencies' | 'pillars';

export function CatalogPage() {
  const { t } = useTranslation();
  const params = useRoute((s) => s.params);
  const setParams = useRoute((s) => s.setParams);
  const tab: Tab = params.tab === 'pillars' ? 'pillars' : 'agencies';
  return (
    <div className="catalog-page">
      <PageHeader title={t('catalog.title')} subtitle={t('catalog.subtitle')} />
      <Tabs
        label={t('catalog.tabs.label')}
        active={tab}
        onChange={(next: Tab) => setParams({ tab: next === 'pillars' ? 'pillars' : null })}
        tabs={[
          { key: 'agencies', label: t('catalog.tabs.agencies') },
          { key: 'pillars', label: t('catalog.tabs.pillars') },
        ]}
      >
        {tab === 'pillars' ? <PillarList /> : <AgencyList />}
      </Tabs>
    </div>
  );
}

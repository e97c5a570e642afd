// Cài đặt: the committee's details and rules, the mail server, backups, the data check and the change
// log of the whole file (Nhật ký thay đổi).
// Saved settings reload the shared reference data, so the sidebar and every page see them at once.
import './settings/strings';
import './indicators/pageLayout.css';
import './settings/settings.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBanner, Loading, PageHeader } from '../components';
import { useApiQuery } from '../hooks/useApiQuery';
import { useReferenceData } from '../stores/referenceData';
import { ChangeLogPanel } from './changes/ChangeLogPanel';
import { BackupsPanel } from './settings/BackupsPanel';
import { DataCheckPanel } from './settings/DataCheckPanel';
import { GeneralForm } from './settings/GeneralForm';
import { SmtpForm } from './settings/SmtpForm';

export function SettingsPage() {
  const { t } = useTranslation();
  const settings = useApiQuery('settings.get', {});
  const reloadReference = useReferenceData((s) => s.reload);
  const [saves, setSaves] = useState(0);
  const saved = () => {
    settings.refetch();
    void reloadReference();
    setSaves((n) => n + 1);
  };
  return (
    <div className="settings-page">
      <PageHeader title={t('settings.title')} subtitle={t('settings.subtitle')} />
      <ErrorBanner error={settings.error} onRetry={settings.refetch} />
      <div className="settings-columns">
        <div className="settings-column">
          {settings.data ? (
            <>
              <GeneralForm settings={settings.data} onSaved={saved} />
              <SmtpForm settings={settings.data} onSaved={saved} />
            </>
          ) : settings.error ? null : (
            <Loading />
          )}
        </div>
        <div className="settings-column">
          <BackupsPanel />
          <DataCheckPanel />
        </div>
      </div>
      <ChangeLogPanel version={saves} />
    </div>
  );
}

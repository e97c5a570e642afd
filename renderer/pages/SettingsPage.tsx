// Cài đặt: the committee's details and rules, the mail server, backups, the data check and the change
// log of the whole file (Nhật ký thay đổi), and the trust list that decides whose signatures count.
// A saved setting invalidates every read (api/writes), so the sidebar and every page see it at once.
import './settings/strings';
import './indicators/pageLayout.css';
import './settings/settings.css';
import { useTranslation } from 'react-i18next';
import { ErrorBanner, Loading, PageHeader } from '../components';
import { useApiQuery } from '../hooks/useApiQuery';
import { ChangeLogPanel } from './changes/ChangeLogPanel';
import { BackupsPanel } from './settings/BackupsPanel';
import { DataCheckPanel } from './settings/DataCheckPanel';
import { GeneralForm } from './settings/GeneralForm';
import { SmtpForm } from './settings/SmtpForm';
import { TrustPanel } from './trust/TrustPanel';

export function SettingsPage() {
  const { t } = useTranslation();
  const settings = useApiQuery('settings.get', {});
  return (
    <div className="settings-page">
      <PageHeader title={t('settings.title')} subtitle={t('settings.subtitle')} />
      <ErrorBanner error={settings.error} onRetry={settings.retry} />
      <div className="settings-columns">
        <div className="settings-column">
          {settings.data ? (
            <>
              <GeneralForm settings={settings.data} />
              <SmtpForm settings={settings.data} />
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
      <TrustPanel />
      <ChangeLogPanel />
    </div>
  );
}

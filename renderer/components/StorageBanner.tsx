// What the person must know about the data file itself, above every page: that it is open read-only (and
// what to change so changes are saved), and warnings from the start, such as a daily backup a full disk
// prevented. The sentences come from the backend in Vietnamese, as error messages do.
import { useTranslation } from 'react-i18next';
import { registerStrings } from '../i18n';
import { useAppInfo } from '../hooks/useReferenceData';

registerStrings('storage', {
  vi: { readOnly: 'Chế độ chỉ đọc', warning: 'Cần chú ý' },
  en: { readOnly: 'Read-only', warning: 'Attention' },
});

export function StorageBanner() {
  const { t } = useTranslation();
  const info = useAppInfo();
  if (!info || (!info.readOnly && info.warnings.length === 0)) return null;
  return (
    <div className="storage-banners">
      {info.readOnly ? (
        <div className="storage-banner storage-readonly" role="alert">
          <strong>{t('storage.readOnly')}</strong>
          <p>{info.readOnly}</p>
        </div>
      ) : null}
      {info.warnings.map((w) => (
        <div key={w} className="storage-banner storage-warning" role="alert">
          <strong>{t('storage.warning')}</strong>
          <p>{w}</p>
        </div>
      ))}
    </div>
  );
}

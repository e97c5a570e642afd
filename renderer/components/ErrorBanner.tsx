import { useTranslation } from 'react-i18next';
import { ApiCallError } from '../../shared/api/client';
import { Button } from './Button';
import { errorText } from '../i18n/errorText';

export interface ErrorBannerProps {
  error: unknown;
  title?: string;
  onRetry?(): void;
}

/** The backend's own message (in the chosen language when it has a key), never a stack trace. */
export function errorMessage(error: unknown, fallback: string): string {
  if (error instanceof ApiCallError) return errorText(error);
  return fallback;
}

export function ErrorBanner({ error, title, onRetry }: ErrorBannerProps) {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <div className="error-banner" role="alert">
      <div>
        <strong>{title ?? t('errors.title')}</strong>
        <p>{errorMessage(error, t('app.unexpected'))}</p>
      </div>
      {onRetry ? (
        <Button size="sm" onClick={onRetry}>
          {t('app.retry')}
        </Button>
      ) : null}
    </div>
  );
}

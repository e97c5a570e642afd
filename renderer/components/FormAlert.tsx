// Above a form's fields: how many marked fields still need fixing, or else the one failure that no
// field is to blame for. Never both: a save that names fields leaves nothing for the banner.
import { useTranslation } from 'react-i18next';
import { ErrorBanner } from './ErrorBanner';
import type { FieldErrors } from './formErrors';

export interface FormAlertProps {
  errors: FieldErrors;
  failure: unknown;
}

export function FormAlert({ errors, failure }: FormAlertProps) {
  const { t } = useTranslation();
  const count = Object.keys(errors).length;
  if (count === 0) return <ErrorBanner error={failure} />;
  return (
    <p className="form-summary" role="alert">
      {t('app.fixErrors', { count })}
    </p>
  );
}

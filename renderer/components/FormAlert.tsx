// Above a form's fields: how many marked fields still need fixing, or else the one failure that no
// field is to blame for. Never both: a save that names fields leaves nothing for the banner. With neither,
// a notice that is not an error (a save with nothing to save).
import { useTranslation } from 'react-i18next';
import { ErrorBanner } from './ErrorBanner';
import type { FieldErrors } from './formErrors';

export interface FormAlertProps {
  errors: FieldErrors;
  failure: unknown;
  /** A sentence that is not an error ("Không có thay đổi nào để lưu."), when there is nothing else to say. */
  notice?: string | null;
}

export function FormAlert({ errors, failure, notice }: FormAlertProps) {
  const { t } = useTranslation();
  const count = Object.keys(errors).length;
  if (count === 0 && !failure && notice)
    return (
      <p className="form-notice" role="status" data-testid="form-notice">
        {notice}
      </p>
    );
  if (count === 0) return <ErrorBanner error={failure} />;
  return (
    <p className="form-summary" role="alert">
      {t('app.fixErrors', { count })}
    </p>
  );
}

// The buttons that end a form: "Hủy", then the submit button, which reads "Đang lưu…" and cannot be
// pressed again while the save runs.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, type ButtonProps } from './Button';

export interface SaveButtonProps extends Omit<ButtonProps, 'type' | 'variant' | 'children'> {
  busy: boolean;
  /** What the button says when idle; "Lưu" unless the form names its own action. */
  label?: string;
}

export function SaveButton({ busy, label, ...rest }: SaveButtonProps) {
  const { t } = useTranslation();
  return (
    <Button {...rest} type="submit" variant="primary" busy={busy}>
      {busy ? t('app.saving') : (label ?? t('app.save'))}
    </Button>
  );
}

export interface FormButtonsProps {
  busy: boolean;
  onCancel(): void;
  saveLabel?: string;
  saveTestId?: string;
  /** Further actions, placed between "Hủy" and the save button. */
  children?: ReactNode;
}

export function FormButtons({ busy, onCancel, saveLabel, saveTestId, children }: FormButtonsProps) {
  const { t } = useTranslation();
  return (
    <>
      <Button onClick={onCancel}>{t('app.cancel')}</Button>
      {children}
      <SaveButton busy={busy} label={saveLabel} data-testid={saveTestId} />
    </>
  );
}

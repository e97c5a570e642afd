// A yes/no dialog for actions that change a lot at once (archive, merge, restore, regenerate). Focus
// always starts on "Hủy", so an Enter pressed out of habit never confirms.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from './Button';
import { ErrorBanner } from './ErrorBanner';
import { Modal } from './Modal';

export interface ConfirmDialogProps {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  /** What the safe choice says; "Hủy" unless the question needs other words ("Tiếp tục sửa"). */
  cancelLabel?: string;
  busy?: boolean;
  error?: unknown;
  danger?: boolean;
  testId?: string;
  onConfirm(): void;
  onCancel(): void;
}

export function ConfirmDialog({
  title,
  children,
  confirmLabel,
  cancelLabel,
  busy,
  error,
  danger,
  testId,
  onConfirm,
  onCancel,
}: ConfirmDialogProps) {
  const { t } = useTranslation();
  return (
    <Modal
      open
      size="sm"
      title={title}
      testId={testId}
      onClose={onCancel}
      footer={
        <>
          <Button onClick={onCancel} data-autofocus data-testid="confirm-cancel">
            {cancelLabel ?? t('app.cancel')}
          </Button>
          <Button
            variant={danger ? 'danger' : 'primary'}
            busy={busy}
            onClick={onConfirm}
            data-testid="confirm"
          >
            {confirmLabel}
          </Button>
        </>
      }
    >
      <ErrorBanner error={error ?? null} />
      {children}
    </Modal>
  );
}

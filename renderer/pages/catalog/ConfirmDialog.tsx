// A yes/no dialog for actions that change a lot at once (archive, merge, restore). Focus starts on
// "Hủy", so an Enter pressed out of habit never confirms. (Shared by the Danh mục and Cài đặt pages;
// a candidate for components/.)
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, ErrorBanner, Modal } from '../../components';

interface Props {
  title: string;
  children: ReactNode;
  confirmLabel: string;
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
  busy,
  error,
  danger,
  testId,
  onConfirm,
  onCancel,
}: Props) {
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
          <Button onClick={onCancel} data-autofocus>
            {t('app.cancel')}
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

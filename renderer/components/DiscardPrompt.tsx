// The one "Bỏ các thay đổi chưa lưu?" question of the app (stores/unsaved), above whatever asked it.
// "Tiếp tục sửa" is focused: an Enter pressed out of habit keeps the edits.
import { useTranslation } from 'react-i18next';
import { useUnsaved } from '../stores/unsaved';
import { ConfirmDialog } from './ConfirmDialog';

export function DiscardPrompt() {
  const { t } = useTranslation();
  const pending = useUnsaved((s) => s.pending);
  const answer = useUnsaved((s) => s.answer);
  if (!pending) return null;
  return (
    <ConfirmDialog
      title={t('unsaved.title')}
      confirmLabel={t('unsaved.discard')}
      cancelLabel={t('unsaved.keep')}
      danger
      testId="discard-prompt"
      onConfirm={() => answer(true)}
      onCancel={() => answer(false)}
    >
      <p>{t('unsaved.text')}</p>
    </ConfirmDialog>
  );
}

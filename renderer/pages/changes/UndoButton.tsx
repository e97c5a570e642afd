// "Hoàn tác" (or "Làm lại" for an undo) on one action of the history, with a confirmation that starts on
// "Hủy". A refusal (a later change to the same field) stays in the dialog, in the backend's words.
import { useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { ChangeSetView } from '../../../shared/api/types';
import { Button, ConfirmDialog } from '../../components';
import { useAction } from '../../hooks/useAction';
import { doneMessage, takeBack, undoChangeSet } from '../../stores/changes';
import { showStatus } from '../../stores/status';

interface Props {
  view: ChangeSetView & { id: number };
  /** After the undo went through (the lists reload by themselves). */
  onUndone?(undo: ChangeSetView): void;
}

export function UndoButton({ view, onUndone }: Props) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const action = useAction();
  const redo = view.redoes;
  const undo = () =>
    action.run(async () => {
      const done = await undoChangeSet(view.id);
      setAsking(false);
      showStatus(doneMessage(done), 'success', takeBack(done));
      onUndone?.(done);
    });
  return (
    <>
      <Button
        size="sm"
        onClick={() => {
          action.clearError();
          setAsking(true);
        }}
        data-testid="change-undo"
        aria-label={t(redo ? 'history.redoLabel' : 'history.undoLabel', { label: view.label })}
      >
        {t(redo ? 'history.redo' : 'history.undo')}
      </Button>
      {asking
        ? // Above the drawer that holds the history, not inside it: a dialog of its own on the page.
          createPortal(
            <ConfirmDialog
              title={t(redo ? 'history.confirmRedoTitle' : 'history.confirmUndoTitle')}
              confirmLabel={t(redo ? 'history.redo' : 'history.undo')}
              busy={action.busy}
              error={action.error}
              testId="undo-confirm"
              onCancel={() => setAsking(false)}
              onConfirm={() => void undo()}
            >
              <p>{t(redo ? 'history.confirmRedo' : 'history.confirmUndo', { label: view.label })}</p>
            </ConfirmDialog>,
            document.body,
          )
        : null}
    </>
  );
}

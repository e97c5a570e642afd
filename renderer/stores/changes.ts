// Undo from anywhere (a history entry, the status line after a bulk update, Ctrl+Z in the values grid):
// one call, then every read in the cache is invalidated (an undo can touch any record) and the views on
// screen load again; the status line offers to take the undo back ("Làm lại").
import type { ChangeSetRef, ChangeSetView } from '../../shared/api/types';
import { errorMessage } from '../components/ErrorBanner';
import { i18n } from '../i18n';
import '../i18n/changeStrings';
import { writeChange } from '../api/writes';
import { showStatus, type StatusAction } from './status';

const lowerFirst = (s: string) => s.charAt(0).toLocaleLowerCase('vi') + s.slice(1);

/** "Đã hoàn tác: Cập nhật hàng loạt 2 nhiệm vụ: Tiến độ 60%." */
export function doneMessage(view: Pick<ChangeSetView, 'label'>): string {
  return i18n.t('changes.done', { label: lowerFirst(view.label) });
}

/** Reverts a change set (undoing an undo redoes); refusals come back as the backend's message. */
export async function undoChangeSet(id: number): Promise<ChangeSetView> {
  return (await writeChange('changes.undo', { id })).value; // invalidates everything
}

/** The status line's action after an undo or redo: "Làm lại" takes an undo back, "Hoàn tác" a redo. */
export function takeBack(view: ChangeSetView, after?: () => void): StatusAction | null {
  const id = view.id;
  if (id === null || view.cannotUndo !== null) return null;
  return {
    label: i18n.t(view.redoes ? 'changes.redo' : 'changes.undo'),
    run: () => void undoWithStatus(id, after),
  };
}

/** Undoes and says so in the status line, with the action to take it back; errors are shown there too. */
export async function undoWithStatus(id: number, after?: () => void): Promise<ChangeSetView | null> {
  try {
    const view = await undoChangeSet(id);
    after?.();
    showStatus(doneMessage(view), 'success', takeBack(view, after));
    return view;
  } catch (error) {
    showStatus(errorMessage(error, i18n.t('app.unexpected')), 'error');
    return null;
  }
}

/** Confirms a write in the status line, offering "Hoàn tác" when the call wrote an undoable change set. */
export function offerUndo(message: string, changeSet: ChangeSetRef | null, after?: () => void): void {
  showStatus(
    message,
    'success',
    changeSet?.undoable
      ? { label: i18n.t('changes.undo'), run: () => void undoWithStatus(changeSet.id, after) }
      : null,
  );
}

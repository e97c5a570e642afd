// App-wide words of undo and of the unsaved-changes guard, under `changes.` and `unsaved.`: the status
// line, the grid and every form use them, whichever page is open.
import { registerStrings } from './index';

registerStrings('changes', {
  vi: {
    undo: 'Hoàn tác',
    redo: 'Làm lại',
    done: 'Đã {{label}}.',
    nothingToUndo: 'Không còn thay đổi nào để hoàn tác.',
    nothingToRedo: 'Không còn thay đổi nào để làm lại.',
    saveFirst: 'Chưa hoàn tác được: còn ô chưa lưu. Hãy bấm “Thử lại” để lưu trước.',
  },
  en: {
    undo: 'Undo',
    redo: 'Redo',
    done: 'Done: {{label}}.',
    nothingToUndo: 'Nothing left to undo.',
    nothingToRedo: 'Nothing left to redo.',
    saveFirst: 'Not undone yet: some cells are not saved. Press “Retry” to save them first.',
  },
});

registerStrings('unsaved', {
  vi: {
    title: 'Bỏ các thay đổi chưa lưu?',
    text: 'Những gì bạn vừa nhập chưa được lưu. Nếu bỏ, các thay đổi này sẽ mất.',
    keep: 'Tiếp tục sửa',
    discard: 'Bỏ thay đổi',
    nothingToSave: 'Không có thay đổi nào để lưu.',
  },
  en: {
    title: 'Discard unsaved changes?',
    text: 'What you just typed has not been saved. If you discard it, these changes are lost.',
    keep: 'Keep editing',
    discard: 'Discard changes',
    nothingToSave: 'There are no changes to save.',
  },
});

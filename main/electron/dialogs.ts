// The two questions the desktop app asks before it has a window: whether to create a data file the
// person named that does not exist, and why the data could not be opened.
import { dialog } from 'electron';

/** For --db / TIENDO_DB naming a file that does not exist: true only when the person says create it. */
export function confirmCreateMissingFile(dbFile: string): boolean {
  const choice = dialog.showMessageBoxSync({
    type: 'question',
    title: 'TienDo',
    message: `Không tìm thấy tệp dữ liệu "${dbFile}".`,
    detail:
      'Nếu đường dẫn đúng và bạn muốn bắt đầu dữ liệu mới tại đây, hãy chọn "Tạo tệp dữ liệu mới". Nếu không, hãy thoát và kiểm tra lại đường dẫn.',
    buttons: ['Tạo tệp dữ liệu mới', 'Thoát'],
    defaultId: 1,
    cancelId: 1,
  });
  return choice === 0;
}

/** The backend could not open the data (locked by another TienDo, damaged, not ours): its message says why. */
export function showStartError(error: unknown): void {
  dialog.showErrorBox('TienDo không mở được dữ liệu', error instanceof Error ? error.message : String(error));
}

// "Pick a folder" for the window (a backup to a USB stick): the system's folder dialog, shown over the
// window that asked. Only our own page may ask; the answer is the chosen path or null, nothing else.
import { BrowserWindow, dialog, ipcMain } from 'electron';
import { isTrustedUrl, PICK_FOLDER_CHANNEL } from './security';

export function answerFolderPicks(): void {
  ipcMain.handle(PICK_FOLDER_CHANNEL, async (event, title: unknown): Promise<string | null> => {
    if (!isTrustedUrl(event.senderFrame?.url ?? '')) return null;
    const window = BrowserWindow.fromWebContents(event.sender);
    const options: Electron.OpenDialogOptions = {
      title: typeof title === 'string' ? title.slice(0, 200) : 'TienDo',
      properties: ['openDirectory', 'createDirectory'],
    };
    const picked = window
      ? await dialog.showOpenDialog(window, options)
      : await dialog.showOpenDialog(options);
    return picked.canceled ? null : (picked.filePaths[0] ?? null);
  });
}

// Runs sandboxed before the page: exposes the API transport and the folder dialog, and nothing of Node.
import { contextBridge, ipcRenderer } from 'electron';
import { API_CHANNEL, PICK_FOLDER_CHANNEL } from './electron/security';

contextBridge.exposeInMainWorld('tiendo', {
  invoke: (method: string, input: unknown): Promise<unknown> =>
    ipcRenderer.invoke(API_CHANNEL, method, input),
  /** The system's folder dialog (a backup to a USB stick): the chosen folder's path, or null when cancelled. */
  pickFolder: (title: string): Promise<unknown> => ipcRenderer.invoke(PICK_FOLDER_CHANNEL, title),
});

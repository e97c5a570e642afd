// Runs sandboxed before the page: exposes exactly one function, the API transport, and nothing of Node.
import { contextBridge, ipcRenderer } from 'electron';
import { API_CHANNEL } from './electron/security';

contextBridge.exposeInMainWorld('tiendo', {
  invoke: (method: string, input: unknown): Promise<unknown> =>
    ipcRenderer.invoke(API_CHANNEL, method, input),
});

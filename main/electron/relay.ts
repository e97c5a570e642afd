// The main process's one IPC handler: each call of the window goes, unread, to the backend process
// (BackendConnection), and its answer comes back with the backend's generation. Calls from any page
// other than app://tiendo/index.html are refused here, before they reach the backend.
import { ipcMain } from 'electron';
import type { BackendConnection } from '../backend/connection';
import { API_CHANNEL, isTrustedUrl, untrustedReply } from './security';

export function relayApiCalls(backend: BackendConnection): void {
  ipcMain.handle(API_CHANNEL, (event, method: unknown, input: unknown) => {
    if (!isTrustedUrl(event.senderFrame?.url ?? '')) return untrustedReply(backend.generation);
    return backend.call(method, input);
  });
}

// How the desktop app starts and ends around its one window: a second launch focuses the window
// already open, and quitting (however it comes: the last window closed, Cmd+Q, the system logging
// out) waits until the backend has closed the data and released its write lock.
import { app, BrowserWindow } from 'electron';
import type { BackendConnection } from '../backend/connection';

/** For app.on('second-instance'): bring the open window to the front. */
export function focusFirstWindow(): void {
  const [win] = BrowserWindow.getAllWindows();
  if (!win) return;
  if (win.isMinimized()) win.restore();
  win.focus();
}

/** Reopens the window on macOS's dock click, quits with the last window, stops the backend first. */
export function quitAfterBackend(backend: BackendConnection, openWindow: () => void): void {
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openWindow();
  });
  app.on('window-all-closed', () => app.quit());
  let backendStopped = false;
  app.on('will-quit', (event) => {
    if (backendStopped) return;
    event.preventDefault();
    void backend.stop().finally(() => {
      backendStopped = true;
      app.quit();
    });
  });
}

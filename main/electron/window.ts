// The window and what serves it: the app:// scheme (the renderer's files only), the session's
// permission and header rules, and one hardened BrowserWindow. main/index.ts calls these in order.
import { BrowserWindow, dialog, protocol, session, shell } from 'electron';
import { readFile } from 'node:fs/promises';
import {
  APP_ENTRY_URL,
  APP_SCHEME,
  APP_SCHEME_PRIVILEGES,
  appResponseHeaders,
  resolveAppRequest,
} from './appProtocol';
import {
  CONTENT_SECURITY_POLICY,
  decidePermission,
  isSafeExternalUrl,
  isTrustedUrl,
  secureWebPreferences,
} from './security';

/** Before the app is ready: app:// is a standard, secure origin for the page (not file://). */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: APP_SCHEME_PRIVILEGES }]);
}

/** Serves app://tiendo/… from the renderer's dist folder only (resolveAppRequest says what is refused). */
export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const file = resolveAppRequest(rendererDir, request.url);
    if (!file) return new Response('Không tìm thấy.', { status: 404 });
    try {
      return new Response(await readFile(file), { headers: appResponseHeaders(file) });
    } catch {
      return new Response('Không tìm thấy.', { status: 404 });
    }
  });
}

/** No permission for anything, the CSP on every response, no <webview>. */
export function hardenSession(app: Electron.App): void {
  session.defaultSession.setPermissionRequestHandler((_wc, permission, callback) =>
    callback(decidePermission(permission)),
  );
  session.defaultSession.setPermissionCheckHandler((_wc, permission) => decidePermission(permission));
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    });
  });
  app.on('web-contents-created', (_e, contents) => {
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });
}

/** The app's one window, loading app://tiendo/index.html with the hardened preferences. */
export function createWindow(preloadPath: string): BrowserWindow {
  const win = new BrowserWindow({
    width: 1366,
    height: 768,
    minWidth: 1024,
    minHeight: 640,
    title: 'TienDo',
    show: false,
    backgroundColor: '#f6f7f9',
    webPreferences: secureWebPreferences(preloadPath),
  });
  win.once('ready-to-show', () => win.show());
  // The page asks before closing or reloading while a form holds unsaved edits (beforeunload); Electron
  // shows no question of its own, so ask here, with "Tiếp tục sửa" as the default.
  win.webContents.on('will-prevent-unload', (event) => {
    const choice = dialog.showMessageBoxSync(win, {
      type: 'question',
      buttons: ['Tiếp tục sửa', 'Bỏ thay đổi'],
      defaultId: 0,
      cancelId: 0,
      title: 'TienDo',
      message: 'Bỏ các thay đổi chưa lưu?',
      detail: 'Những gì bạn vừa nhập chưa được lưu. Nếu bỏ, các thay đổi này sẽ mất.',
    });
    if (choice === 1) event.preventDefault(); // preventing the prevention lets the window close
  });
  win.webContents.on('will-navigate', (event, url) => {
    if (!isTrustedUrl(url)) event.preventDefault();
  });
  win.webContents.on('will-redirect', (event, url) => {
    if (!isTrustedUrl(url)) event.preventDefault();
  });
  win.webContents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
  void win.loadURL(APP_ENTRY_URL);
  return win;
}

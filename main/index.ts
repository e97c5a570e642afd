// The desktop shell: app lifecycle, one hardened window, and the IPC bridge to the backend. The
// backend (router, database, export workers) runs in its own utilityProcess (main/backend/); this
// process relays the window's calls to it, restarts it when it dies, and keeps what only it can
// hold: the window, dialogs and safeStorage. Everything with logic lives in plain modules beside it.
import { app, BrowserWindow, ipcMain, protocol, safeStorage, session, shell, dialog } from 'electron';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { BackendConnection } from './backend/connection';
import { fileSecretKeeper } from './backend/secrets';
import { resolveDbChoice } from './paths';
import { SECRETS_FILE_NAME } from './secrets/location';
import { APP_VERSION } from './version';
import {
  APP_ENTRY_URL,
  APP_SCHEME,
  APP_SCHEME_PRIVILEGES,
  appResponseHeaders,
  resolveAppRequest,
} from './electron/appProtocol';
import { desktopSecretCodecs } from './electron/secretCodec';
import { utilityBackendSpawner } from './electron/utilityBackend';
import {
  API_CHANNEL,
  CONTENT_SECURITY_POLICY,
  decidePermission,
  isSafeExternalUrl,
  isTrustedUrl,
  secureWebPreferences,
} from './electron/security';

const rendererDir = path.join(__dirname, '..', 'renderer');

// Before the app is ready: app:// is a standard, secure origin for the page (not file://).
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: APP_SCHEME_PRIVILEGES }]);

/** Serves app://tiendo/… from the renderer's dist folder only (resolveAppRequest says what is refused). */
function serveRenderer(): void {
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

function createWindow(): BrowserWindow {
  const win = new BrowserWindow({
    width: 1366,
    height: 768,
    minWidth: 1024,
    minHeight: 640,
    title: 'TienDo',
    show: false,
    backgroundColor: '#f6f7f9',
    webPreferences: secureWebPreferences(path.join(__dirname, 'preload.cjs')),
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

async function start(): Promise<void> {
  await app.whenReady();
  serveRenderer();
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

  const { file: dbFile, explicit } = resolveDbChoice(process.argv, process.env);
  // A file the person named (--db, TIENDO_DB) that does not exist is created only when they say so.
  if (explicit && !existsSync(dbFile)) {
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
    if (choice !== 0) {
      app.exit(1);
      return;
    }
  }
  let backend: BackendConnection;
  try {
    backend = await BackendConnection.start({
      spawn: utilityBackendSpawner(path.join(__dirname, 'backend.cjs')),
      options: {
        dbFile,
        mode: 'electron',
        version: APP_VERSION,
        dailyBackup: true,
        sendMail: true,
        create: true,
        readOnlyFallback: true,
        nativeBinding: process.env.TIENDO_NATIVE_BINDING || undefined,
      },
      // The SMTP password, sealed with the OS key in the user's data folder (never in the database):
      // this process opens it and hands it to the backend, which sends back each change to seal.
      secrets: fileSecretKeeper(
        path.join(app.getPath('userData'), SECRETS_FILE_NAME),
        desktopSecretCodecs(safeStorage),
      ),
      log: (message) => console.error(message),
    });
  } catch (error) {
    dialog.showErrorBox(
      'TienDo không mở được dữ liệu',
      error instanceof Error ? error.message : String(error),
    );
    app.exit(1);
    return;
  }
  ipcMain.handle(API_CHANNEL, (event, method: unknown, input: unknown) => {
    // Only our own page may call the backend.
    const sender = event.senderFrame?.url ?? '';
    if (!isTrustedUrl(sender)) {
      return {
        backend: backend.generation,
        result: {
          ok: false,
          error: { code: 'NGUON_KHONG_TIN_CAY', message: 'Yêu cầu từ nguồn không tin cậy bị từ chối.' },
        },
      };
    }
    return backend.call(method, input);
  });

  createWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow();
  });
  app.on('window-all-closed', () => {
    // The backend closes the data (and its write lock) before the app ends.
    void backend.stop().finally(() => app.quit());
  });
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    const [win] = BrowserWindow.getAllWindows();
    if (win) {
      if (win.isMinimized()) win.restore();
      win.focus();
    }
  });
  void start();
}

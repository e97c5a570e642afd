// The desktop shell: app lifecycle, one hardened window, and the IPC bridge to the same router that
// browser mode uses. Everything with logic lives in plain modules beside it.
import { app, BrowserWindow, ipcMain, session, shell, dialog } from 'electron';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createHandlers, createRouter } from './api';
import { AppHost } from './app';
import { resolveDbChoice } from './paths';
import { APP_VERSION } from './version';
import {
  API_CHANNEL,
  CONTENT_SECURITY_POLICY,
  decidePermission,
  isSafeExternalUrl,
  isTrustedUrl,
  secureWebPreferences,
} from './electron/security';

const rendererIndex = path.join(__dirname, '..', 'renderer', 'index.html');
const rendererUrl = pathToFileURL(rendererIndex).toString();
const devServerUrl = process.env.TIENDO_DEV_SERVER_URL;

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
  win.webContents.on('will-navigate', (event, url) => {
    if (!isTrustedUrl(url, rendererUrl, devServerUrl)) event.preventDefault();
  });
  win.webContents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
  void (devServerUrl ? win.loadURL(devServerUrl) : win.loadFile(rendererIndex));
  return win;
}

async function start(): Promise<void> {
  await app.whenReady();
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
  let host: AppHost;
  try {
    host = await AppHost.open({
      dbFile,
      mode: 'electron',
      version: APP_VERSION,
      dailyBackup: true,
      sendMail: true,
      create: true,
      readOnlyFallback: true,
      nativeBinding: process.env.TIENDO_NATIVE_BINDING,
    });
  } catch (error) {
    dialog.showErrorBox(
      'TienDo không mở được dữ liệu',
      error instanceof Error ? error.message : String(error),
    );
    app.exit(1);
    return;
  }
  const route = createRouter(createHandlers(host));
  ipcMain.handle(API_CHANNEL, (event, method: unknown, input: unknown) => {
    // Only our own page may call the backend.
    const sender = event.senderFrame?.url ?? '';
    if (!isTrustedUrl(sender, rendererUrl, devServerUrl)) {
      return {
        ok: false,
        error: { code: 'NGUON_KHONG_TIN_CAY', message: 'Yêu cầu từ nguồn không tin cậy bị từ chối.' },
      };
    }
    return route(method, input);
  });

  createWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow();
  });
  app.on('window-all-closed', () => {
    host.close();
    app.quit();
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

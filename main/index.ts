// The desktop shell: app lifecycle, one hardened window, and the IPC bridge to the backend. The
// backend (router, database, export workers) runs in its own utilityProcess (main/backend/); this
// process relays the window's calls to it, restarts it when it dies, and keeps what only it can
// hold: the window, dialogs and safeStorage. Everything with logic lives in plain modules beside it.
import { app, BrowserWindow, ipcMain, safeStorage, dialog } from 'electron';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { BackendConnection } from './backend/connection';
import { fileSecretKeeper } from './backend/secrets';
import { resolveDbChoice } from './paths';
import { SECRETS_FILE_NAME } from './secrets/location';
import { APP_VERSION } from './version';
import { desktopSecretCodecs } from './electron/secretCodec';
import { utilityBackendSpawner } from './electron/utilityBackend';
import { API_CHANNEL, isTrustedUrl } from './electron/security';
import { createWindow, hardenSession, registerAppScheme, serveRenderer } from './electron/window';

const rendererDir = path.join(__dirname, '..', 'renderer');
const preloadPath = path.join(__dirname, 'preload.cjs');

registerAppScheme();

async function start(): Promise<void> {
  await app.whenReady();
  serveRenderer(rendererDir);
  hardenSession(app);
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

  createWindow(preloadPath);
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow(preloadPath);
  });
  app.on('window-all-closed', () => app.quit());
  // However the app ends (last window closed, Cmd+Q, the system logging out), the backend first
  // closes the data and its write lock; quitting resumes once it has.
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

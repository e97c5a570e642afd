// The desktop shell's entry: starts the backend (router, database, export workers) in its own
// utilityProcess (main/backend/), then opens the one window and relays its calls to the backend,
// which BackendConnection restarts when it dies. This process keeps only what the backend cannot
// hold: the window, dialogs and safeStorage. The window code is in main/electron/.
import { app, safeStorage } from 'electron';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { BackendConnection } from './backend/connection';
import { fileSecretKeeper } from './backend/secrets';
import { resolveDbChoice } from './paths';
import { SECRETS_FILE_NAME } from './secrets/location';
import { APP_VERSION } from './version';
import { desktopSecretCodecs } from './electron/secretCodec';
import { utilityBackendSpawner } from './electron/utilityBackend';
import { confirmCreateMissingFile, showStartError } from './electron/dialogs';
import { focusFirstWindow, quitAfterBackend } from './electron/lifecycle';
import { relayApiCalls } from './electron/relay';
import { answerFolderPicks } from './electron/folderPicker';
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
  if (explicit && !existsSync(dbFile) && !confirmCreateMissingFile(dbFile)) {
    app.exit(1);
    return;
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
    showStartError(error);
    app.exit(1);
    return;
  }
  relayApiCalls(backend);
  answerFolderPicks();

  createWindow(preloadPath);
  quitAfterBackend(backend, () => createWindow(preloadPath));
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', focusFirstWindow);
  void start();
}

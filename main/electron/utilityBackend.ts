// Starts the backend (dist/main/backend.cjs) in an Electron utilityProcess: a Node.js child that
// Chromium's service layer launches, talking to the main process over a MessagePort
// (process.parentPort inside the child). The main process only relays the window's calls to it.
import { utilityProcess } from 'electron';
import { Listeners } from '../backend/channel';
import type { SpawnBackend, SpawnedBackend } from '../backend/connection';

export function utilityBackendSpawner(modulePath: string): SpawnBackend {
  return (): SpawnedBackend => {
    const child = utilityProcess.fork(modulePath, [], {
      serviceName: 'TienDo - du lieu',
      stdio: 'inherit',
    });
    const messages = new Listeners<unknown>();
    child.on('message', (message: unknown) => messages.emit(message));
    let ended: string | null = null;
    const exits = new Listeners<string>();
    child.once('exit', (code) => {
      ended = `mã ${code}`;
      exits.emit(ended);
    });
    return {
      channel: {
        post: (message) => {
          if (ended === null) child.postMessage(message);
        },
        onMessage: (listener) => messages.add(listener),
      },
      kill: () => void child.kill(),
      onExit: (listener) => (ended !== null ? listener(ended) : void exits.add(listener)),
    };
  };
}

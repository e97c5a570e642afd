// Runs the backend in this process over an in-memory channel: browser mode's default, where no
// window's main thread needs protecting (the page runs in the browser) and the server process the
// person started is the one that holds the write lock.
import { memoryChannelPair, Listeners } from './channel';
import type { SpawnBackend, SpawnedBackend } from './connection';
import { serveBackend, type BackendHooks } from './host';

export function inProcessSpawner(hooks: Omit<BackendHooks, 'exit'> = {}): SpawnBackend {
  return (): SpawnedBackend => {
    const [parentEnd, backendEnd] = memoryChannelPair();
    const exits = new Listeners<string>();
    let ended: string | null = null;
    const end = (how: string) => {
      if (ended !== null) return;
      ended = how;
      exits.emit(how);
    };
    const served = serveBackend(backendEnd, { ...hooks, exit: () => setImmediate(() => end('mã 0')) });
    return {
      channel: parentEnd,
      kill() {
        served.close();
        end('bị dừng');
      },
      onExit: (listener) => (ended !== null ? listener(ended) : void exits.add(listener)),
    };
  };
}

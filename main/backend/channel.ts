// How the backend and its parent exchange messages: one small interface, whatever carries them.
// Electron's utilityProcess (a MessagePort, main/electron/utilityBackend.ts), Node's child_process IPC
// (tests, browser mode with --backend-process) and an in-memory pair (browser mode's default) all fit.
// Messages are plain data (structured-clone or JSON safe); delivery is in order and never synchronous.

export interface Channel {
  post(message: unknown): void;
  /** Calls `listener` with every message that arrives; returns a function that stops it. */
  onMessage(listener: (message: unknown) => void): () => void;
}

/** A set of listeners, the part every channel shares. */
export class Listeners<T> {
  private readonly set = new Set<(value: T) => void>();
  add(listener: (value: T) => void): () => void {
    this.set.add(listener);
    return () => void this.set.delete(listener);
  }
  emit(value: T): void {
    for (const listener of [...this.set]) listener(value);
  }
}

/**
 * Two connected ends in one process. Messages are handed over on a later turn of the event loop
 * (as across a process) but not copied: in-process callers must not change what they posted.
 */
export function memoryChannelPair(): [Channel, Channel] {
  const a = new Listeners<unknown>();
  const b = new Listeners<unknown>();
  const end = (mine: Listeners<unknown>, theirs: Listeners<unknown>): Channel => ({
    post: (message) => void setImmediate(() => theirs.emit(message)),
    onMessage: (listener) => mine.add(listener),
  });
  return [end(a, b), end(b, a)];
}

/** The part of Electron's `process.parentPort` (in a utilityProcess) this uses; no electron import. */
interface ParentPortLike {
  postMessage(message: unknown): void;
  on(event: 'message', listener: (event: { data: unknown }) => void): unknown;
}

function parentPortOf(proc: NodeJS.Process): ParentPortLike | null {
  if (!('parentPort' in proc)) return null;
  const port: unknown = proc.parentPort;
  return port && typeof port === 'object' && 'postMessage' in port && 'on' in port
    ? (port as ParentPortLike) // Electron's own object, checked for the two methods used
    : null;
}

/**
 * The backend's end, seen from inside its process: Electron's parentPort in a utilityProcess,
 * Node's IPC channel in a child_process.fork, or null when nothing started this process as a backend.
 */
export function channelToParent(proc: NodeJS.Process = process): Channel | null {
  const port = parentPortOf(proc);
  if (port) {
    const listeners = new Listeners<unknown>();
    port.on('message', (event) => listeners.emit(event.data));
    return { post: (message) => port.postMessage(message), onMessage: (l) => listeners.add(l) };
  }
  const send = proc.send?.bind(proc);
  if (send) {
    const listeners = new Listeners<unknown>();
    proc.on('message', (message: unknown) => listeners.emit(message));
    return { post: (message) => void send(message), onMessage: (l) => listeners.add(l) };
  }
  return null;
}

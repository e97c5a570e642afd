// Spawns the backend as a Node child process (child_process.fork, structured-clone messages like
// Electron's MessagePort): browser mode with --backend-process, the tests and the bench.
import { fork, type ChildProcess, type ForkOptions } from 'node:child_process';
import { Listeners } from './channel';
import type { SpawnBackend, SpawnedBackend } from './connection';

export interface NodeChildOptions {
  execArgv?: string[];
  env?: NodeJS.ProcessEnv;
  stdio?: ForkOptions['stdio'];
  /** Called with each process started (tests kill it, read its pid). */
  onSpawn?: (child: ChildProcess) => void;
}

export function nodeChildSpawner(modulePath: string, options: NodeChildOptions = {}): SpawnBackend {
  return (): SpawnedBackend => {
    const child = fork(modulePath, [], {
      serialization: 'advanced',
      execArgv: options.execArgv ?? [],
      env: options.env ?? process.env,
      stdio: options.stdio ?? ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    options.onSpawn?.(child);
    const messages = new Listeners<unknown>();
    child.on('message', (message: unknown) => messages.emit(message));
    // A send to a process that just died fails with EPIPE: its exit is what the connection acts on.
    child.on('error', () => {});
    const exits = new Listeners<string>();
    child.once('exit', (code, signal) => exits.emit(signal ? `tín hiệu ${signal}` : `mã ${code ?? 0}`));
    return {
      channel: {
        post(message) {
          if (child.connected) child.send(message as object, (error) => void error);
        },
        onMessage: (listener) => messages.add(listener),
      },
      kill: () => void child.kill('SIGKILL'),
      onExit: (listener) => {
        if (child.exitCode !== null || child.signalCode !== null)
          listener(child.signalCode ? `tín hiệu ${child.signalCode}` : `mã ${child.exitCode}`);
        else exits.add(listener);
      },
    };
  };
}

// The built programs as a person runs them: the `tiendo` command and browser mode (dist/, built by
// `npm run build:main`), in child processes, optionally as an unprivileged user.
import { spawn, spawnSync, type ChildProcess, type SpawnSyncOptions } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { TOKEN_HEADER } from '../../shared/api/client';

const ROOT = path.resolve(__dirname, '..', '..');
export const BIN = path.join(ROOT, 'bin', 'tiendo.cjs');
export const WEB = path.join(ROOT, 'dist', 'main', 'web.cjs');
export const built = existsSync(path.join(ROOT, 'dist', 'main', 'cli.cjs')) && existsSync(WEB);
if (!built) console.warn('skipped: dist/main is not built (run `npm run build:main`)');

/** Running as root, permissions do not apply: children that must meet them run as nobody. */
export const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
export const NOBODY = 65534;

/** argv prefix that runs a command as an unprivileged user when we are root (setpriv, util-linux). */
export function asUnprivileged(): string[] {
  return isRoot ? ['setpriv', `--reuid=${NOBODY}`, `--regid=${NOBODY}`, '--clear-groups', '--'] : [];
}

export interface CliResult {
  code: number | null;
  out: string;
  err: string;
}

export function tiendo(
  args: string[],
  options: { env?: Record<string, string>; unprivileged?: boolean; timeoutMs?: number } = {},
): CliResult {
  const argv = [...(options.unprivileged ? asUnprivileged() : []), process.execPath, BIN, ...args];
  const spawnOptions: SpawnSyncOptions = {
    encoding: 'utf8',
    env: { ...process.env, TIENDO_DB: '', ...options.env },
    timeout: options.timeoutMs ?? 60_000,
  };
  const r = spawnSync(argv[0]!, argv.slice(1), spawnOptions);
  return { code: r.status, out: String(r.stdout ?? ''), err: String(r.stderr ?? '') };
}

export interface BrowserMode {
  child: ChildProcess;
  port: number;
  token: string;
  out: () => string;
  call(
    method: string,
    input?: unknown,
  ): Promise<{ ok: boolean; value?: unknown; error?: { code: string; message: string } }>;
  /** Ends the server with SIGTERM (a clean close) or SIGKILL, and waits for the process to exit. */
  stop(signal?: NodeJS.Signals): Promise<void>;
}

/** Resolves once the server prints its address; rejects with its output when it exits first. */
export function startBrowserMode(
  args: string[],
  options: {
    unprivileged?: boolean;
    env?: Record<string, string>;
    /** A wrapper that ends by running the given program with WEB and args appended (e.g. unshare). */
    argv?: string[];
  } = {},
): Promise<BrowserMode> {
  const argv = options.argv
    ? [...options.argv, WEB, ...args]
    : [...(options.unprivileged ? asUnprivileged() : []), process.execPath, WEB, ...args];
  const child = spawn(argv[0]!, argv.slice(1), {
    env: { ...process.env, TIENDO_DB: '', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    // A server that never prints its address (it hangs) is killed, so no test leaves it spinning.
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`browser mode did not print its address within 20 s:\n${out}\n${err}`));
    }, 20_000);
    child.once('exit', () => clearTimeout(timer));
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    child.stdout.on('data', (c: Buffer) => {
      out += c.toString();
      const m = /TIENDO_WEB_READY (\{.*\})/.exec(out);
      if (!m?.[1]) return;
      clearTimeout(timer);
      const ready = JSON.parse(m[1]) as { port: number; token: string };
      resolve({
        child,
        port: ready.port,
        token: ready.token,
        out: () => out,
        async call(method, input = {}) {
          const res = await fetch(`http://127.0.0.1:${ready.port}/api/${method}`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', [TOKEN_HEADER]: ready.token },
            body: JSON.stringify(input),
          });
          return (await res.json()) as {
            ok: boolean;
            value?: unknown;
            error?: { code: string; message: string };
          };
        },
        async stop(signal = 'SIGTERM') {
          if (child.exitCode === null && child.signalCode === null) child.kill(signal);
          await exited;
        },
      });
    });
    child.once('exit', (code) =>
      reject(
        Object.assign(new Error(`browser mode exited with ${code}:\n${out}\n${err}`), { code, out, err }),
      ),
    );
  });
}

/** Runs browser mode expecting it to refuse to start: its exit code and what it printed. */
export function browserModeRefusal(args: string[], options: { unprivileged?: boolean } = {}): CliResult {
  const argv = [...(options.unprivileged ? asUnprivileged() : []), process.execPath, WEB, ...args];
  const r = spawnSync(argv[0]!, argv.slice(1), {
    encoding: 'utf8',
    env: { ...process.env, TIENDO_DB: '' },
    timeout: 20_000,
  });
  return { code: r.status, out: String(r.stdout ?? ''), err: String(r.stderr ?? '') };
}

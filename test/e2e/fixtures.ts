// Each test gets its own browser-mode backend (dist/main/web.cjs) on a fresh temporary database, so
// tests never share state. `test.use({ demo: true })` fills it with the demo province first.
import { test as base, expect } from '@playwright/test';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { TOKEN_HEADER } from '../../shared/api/client';
import type { ApiResult, Input, MethodName, Output } from '../../shared/api/contract';

const ROOT = path.resolve(__dirname, '..', '..');
const WEB = path.join(ROOT, 'dist', 'main', 'web.cjs');
const CLI = path.join(ROOT, 'dist', 'main', 'cli.cjs');

export interface AppFixture {
  /** The page URL including the token; open it with page.goto(app.url). */
  url: string;
  origin: string;
  token: string;
  dbFile: string;
  dataDir: string;
  /** Calls the backend directly (for setup and for checking what was stored). */
  api<M extends MethodName>(method: M, input: Input<M>): Promise<Output<M>>;
}

function waitForReady(child: ChildProcess): Promise<{ port: number; token: string; url: string }> {
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => reject(new Error(`browser mode did not start:\n${out}\n${err}`)), 20_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /TIENDO_WEB_READY (\{.*\})/.exec(out);
      if (m?.[1]) {
        clearTimeout(timer);
        resolve(JSON.parse(m[1]) as { port: number; token: string; url: string });
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`browser mode exited with ${code}:\n${out}\n${err}`));
    });
  });
}

export const test = base.extend<{ demo: boolean; demoYear: number | undefined; app: AppFixture }>({
  demo: [false, { option: true }],
  demoYear: [undefined, { option: true }],
  app: async ({ demo, demoYear }, use) => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'tiendo-e2e-'));
    const dbFile = path.join(dataDir, 'tiendo.db');
    if (demo) {
      const args = [CLI, 'demo', '--db', dbFile, ...(demoYear ? ['--year', String(demoYear)] : [])];
      const r = spawnSync(process.execPath, args, { encoding: 'utf8' });
      if (r.status !== 0) throw new Error(`demo failed: ${r.stderr}`);
    }
    const token = randomBytes(16).toString('hex');
    // --create: the temporary file does not exist yet unless the demo made it.
    const child = spawn(process.execPath, [WEB, '--db', dbFile, '--create'], {
      // The SMTP password goes to a secrets file: the test's own, not the user's profile.
      env: { ...process.env, TIENDO_WEB_TOKEN: token, TIENDO_SECRETS: path.join(dataDir, 'secrets.json') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      const ready = await waitForReady(child);
      const origin = `http://127.0.0.1:${ready.port}`;
      const app: AppFixture = {
        url: ready.url,
        origin,
        token,
        dbFile,
        dataDir,
        async api(method, input) {
          const res = await fetch(`${origin}/api/${method}`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', [TOKEN_HEADER]: token },
            body: JSON.stringify(input ?? {}),
          });
          const result = (await res.json()) as ApiResult<unknown>;
          if (!result.ok) throw new Error(`${method}: ${result.error.code} ${result.error.message}`);
          return result.value as never;
        },
      };
      await use(app);
    } finally {
      child.kill('SIGTERM');
      rmSync(dataDir, { recursive: true, force: true });
    }
  },
});

export { expect };

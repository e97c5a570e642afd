// vitest setupFiles: each test file runs with its own temporary folder (TMPDIR, TMP and TEMP, which
// os.tmpdir() and the child processes the test starts both read). After the file's last hook, the
// folders made with tempDir() are removed, and any other tiendo* entry left in the folder fails the
// file, naming it: a test that leaves data behind fills the build machine (105 MB a run, before).
import { chmodSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, inject } from 'vitest';
import { removeTempDirs } from './tempDirs';

const dir = mkdtempSync(path.join(inject('tiendoTmpRoot'), 'file-'));
chmodSync(dir, 0o755); // reachable by an unprivileged child process, as the root is (tmpGlobal.ts)
for (const name of ['TMPDIR', 'TMP', 'TEMP']) process.env[name] = dir;

/** Entries a test file left in its temporary folder that look like ours. */
export function leftovers(folder: string): string[] {
  return readdirSync(folder).filter((name) => name.toLowerCase().startsWith('tiendo'));
}

// Registered before the file's own hooks, so it runs after them (vitest runs after-hooks as a stack).
// vitest reads the first parameter's destructuring pattern for the fixtures it needs: none here.
// eslint-disable-next-line no-empty-pattern
afterAll(({}, suite) => {
  removeTempDirs();
  const left = leftovers(dir);
  rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
  if (left.length > 0) {
    const file = suite.file?.filepath ?? suite.name;
    throw new Error(
      `${path.relative(process.cwd(), file)} left temporary folders behind: ${left.join(', ')}. ` +
        'Remove them in afterEach/afterAll, or make them with tempDir() from test/helpers/tempDirs.ts, which removes them after the file.',
    );
  }
});

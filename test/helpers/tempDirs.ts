// Temporary folders for tests. tempDir() makes one in the test file's own temporary folder and
// remembers it; the per-file guard (test/helpers/tmpGuard.ts) removes every folder made this way
// after the file's last test, then fails the file if anything else named tiendo* is left behind.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const made = new Set<string>();

export function tempDir(prefix = 'tiendo-test-'): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  made.add(dir);
  return dir;
}

/** Removes the folders tempDir() made (databases in them must be closed first on Windows). */
export function removeTempDirs(): void {
  for (const dir of made) rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
  made.clear();
}

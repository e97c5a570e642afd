// vitest globalSetup: one temporary root for the whole run, inside which each test file gets its own
// temporary folder (test/helpers/tmpGuard.ts points os.tmpdir() there). Other processes on the machine
// may use the system's temporary folder at the same time; inside our root only our tests write, so a
// leftover there is one of ours. Removed at the end of the run.
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    tiendoTmpRoot: string;
  }
}

export default function setup(project: TestProject): () => void {
  const root = mkdtempSync(path.join(tmpdir(), 'tiendo-vitest-'));
  // Traversable by others (as /tmp itself is): the read-only tests run a child as an unprivileged user,
  // which must reach the folder the test prepared for it.
  chmodSync(root, 0o755);
  project.provide('tiendoTmpRoot', root);
  return () => rmSync(root, { recursive: true, force: true, maxRetries: 3 });
}

// The temporary-folder guard (test/helpers/tmpGuard.ts): a test file that leaves a tiendo* folder
// behind fails and is named with the folder; one that cleans up (itself or through tempDir()) passes;
// nothing is left in the system's temporary folder after the run.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../helpers/requireTool';
import { tempDir } from '../../helpers/tempDirs';

const CONFIG = path.join(REPO_ROOT, 'test', 'fixtures', 'tmp-guard', 'vitest.config.mts');
const VITEST = path.join(REPO_ROOT, 'node_modules', 'vitest', 'vitest.mjs');

describe('the temporary-folder guard', () => {
  it('fails the file that leaves a folder behind, names both, and leaves nothing', () => {
    const systemTmp = tempDir();
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      TMPDIR: systemTmp,
      TMP: systemTmp,
      TEMP: systemTmp,
      NO_COLOR: '1',
    };
    delete env.FORCE_COLOR;
    const r = spawnSync(process.execPath, [VITEST, 'run', '--config', CONFIG], {
      cwd: REPO_ROOT,
      env,
      encoding: 'utf8',
      timeout: 60_000,
    });
    const out = `${r.stdout}\n${r.stderr}`;
    expect(r.status, out).toBe(1);
    expect(out).toMatch(/leaky\.test\.ts left temporary folders behind: tiendo-leak-\w{6}\./);
    expect(out).not.toMatch(/tidy\.test\.ts left/);
    expect(out).toMatch(/2 passed/);
    expect(readdirSync(systemTmp)).toEqual([]);
  }, 60_000);
});

// A test whose external tool is missing skips (and says why) on a developer's machine, and fails under
// CI, where .ci/run installs every tool: a fixture file run in a vitest of its own, both ways.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, underCi } from '../../helpers/requireTool';

const CONFIG = path.join(REPO_ROOT, 'test', 'fixtures', 'tools', 'vitest.config.mts');
const VITEST = path.join(REPO_ROOT, 'node_modules', 'vitest', 'vitest.mjs');

function runFixture(ci: boolean) {
  const env: NodeJS.ProcessEnv = { ...process.env, CI: ci ? 'true' : '', NO_COLOR: '1' };
  delete env.FORCE_COLOR;
  const r = spawnSync(process.execPath, [VITEST, 'run', '--config', CONFIG], {
    cwd: REPO_ROOT,
    env,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: r.status, out: `${r.stdout}\n${r.stderr}` };
}

describe('tests that need an external tool', () => {
  it('skip and say why when it is missing on a developer machine', () => {
    const r = runFixture(false);
    expect(r.code, r.out).toBe(0);
    expect(r.out).toContain('skipped: the probe tool is not available here (apt-get install probe-tool)');
    expect(r.out).toMatch(/1 passed \| 2 skipped/);
  }, 60_000);

  it('fail under CI, naming the tool', () => {
    const r = runFixture(true);
    expect(r.code, r.out).toBe(1);
    expect(r.out).toContain(
      'the probe tool is not available here (apt-get install probe-tool). Under CI every tool the tests need is installed or built first',
    );
    expect(r.out).toMatch(/2 failed \| 1 passed/);
  }, 60_000);

  it('know CI from the CI variable', () => {
    expect(underCi({ CI: 'true' })).toBe(true);
    expect(underCi({ CI: '1' })).toBe(true);
    expect(underCi({ CI: 'false' })).toBe(false);
    expect(underCi({ CI: '' })).toBe(false);
    expect(underCi({})).toBe(false);
  });
});

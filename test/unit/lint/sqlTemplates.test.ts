// The SQL-template lint rule (eslint.config.mjs, files in main/): a `${}` template or a concatenation
// handed to prepare()/exec() is refused, so SQL is put together only by the `sql` tag of main/db/sql.ts.
// The fixture is linted from its own folder as if it were the repository root, with the repository's config.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const FIXTURES = path.join(ROOT, 'test', 'fixtures', 'sql');
const FIXTURE = path.join(FIXTURES, 'main', 'services', 'forbidden.ts');
/** The files the rule still skips (eslint-rules/sql-tag-pending.json, read by eslint.config.mjs). */
const SQL_TAG_PENDING = z
  .array(z.string())
  .parse(JSON.parse(readFileSync(path.join(ROOT, 'eslint-rules', 'sql-tag-pending.json'), 'utf8')));

/** Line numbers (1-based) marked FORBIDDEN in the fixture. */
function markedLines(file: string): number[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .flatMap((line, i) => (line.includes('FORBIDDEN') ? [i + 1] : []));
}

describe('the SQL-template lint rule', () => {
  it('reports every interpolated or concatenated SQL text given to prepare/exec, and no constant one', async () => {
    const eslint = new ESLint({ cwd: FIXTURES, overrideConfigFile: path.join(ROOT, 'eslint.config.mjs') });
    const [result] = await eslint.lintFiles(['main/services/forbidden.ts']);
    expect(result!.messages.filter((m) => m.fatal)).toEqual([]);
    const reported = result!.messages.filter((m) => m.ruleId === 'no-restricted-syntax');
    expect(reported.map((m) => m.line)).toEqual(markedLines(FIXTURE));
    expect(reported).toHaveLength(5);
    expect(reported[0]!.message).toMatch(
      /^SQL built with \$\{\} is not allowed: write the query with the sql tag/,
    );
    expect(reported[2]!.message).toMatch(/^SQL built by concatenation is not allowed/);
  });

  it('holds for every file of main/ except the sql tag itself, with none left pending, and the normal lint skips the fixture', async () => {
    const eslint = new ESLint({ cwd: ROOT });
    const rules = async (file: string) =>
      ((await eslint.calculateConfigForFile(path.join(ROOT, file))) as { rules?: Record<string, unknown> })
        .rules ?? {};
    expect((await rules('main/services/plans.ts'))['no-restricted-syntax']).toBeDefined();
    expect((await rules('main/db/sql.ts'))['no-restricted-syntax']).toBeUndefined();
    // Every file has been converted (the task list and the dashboard last): the rule skips none of them.
    expect(SQL_TAG_PENDING).toEqual([]);
    expect((await rules('main/services/tasks.ts'))['no-restricted-syntax']).toBeDefined();
    expect((await rules('main/services/dashboard.ts'))['no-restricted-syntax']).toBeDefined();
    expect(await eslint.isPathIgnored(FIXTURE)).toBe(true);
  });
});

// The process-boundary lint rule (eslint.config.mjs) against fixture files: each import marked
// `// forbidden` in test/fixtures/boundaries must be reported by it, and nothing else. The fixtures are
// linted from their own folder as if it were the repository root, with the repository's config.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const FIXTURES = path.join(ROOT, 'test', 'fixtures', 'boundaries');
const RULE = 'tiendo/process-boundaries';

/** Line numbers (1-based) marked `// forbidden` in a fixture file. */
function markedLines(file: string): number[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .flatMap((line, i) => (line.includes('// forbidden') ? [i + 1] : []));
}

describe('the process-boundary lint rule', () => {
  it('reports every forbidden import in the fixtures and no allowed one', async () => {
    const eslint = new ESLint({ cwd: FIXTURES, overrideConfigFile: path.join(ROOT, 'eslint.config.mjs') });
    const results = await eslint.lintFiles(['**/*.ts', '**/*.tsx']);
    expect(results.length).toBe(11);
    let marked = 0;
    for (const result of results) {
      const name = path.relative(FIXTURES, result.filePath);
      const fatal = result.messages.filter((m) => m.fatal);
      expect(fatal, `${name} parses`).toEqual([]);
      const reported = [...new Set(result.messages.filter((m) => m.ruleId === RULE).map((m) => m.line))];
      const expected = markedLines(result.filePath);
      marked += expected.length;
      expect({ file: name, lines: reported.sort((a, b) => a - b) }).toEqual({ file: name, lines: expected });
    }
    expect(marked).toBeGreaterThanOrEqual(55);
  });

  it('says which boundary each import crosses and what to do instead', async () => {
    const eslint = new ESLint({ cwd: FIXTURES, overrideConfigFile: path.join(ROOT, 'eslint.config.mjs') });
    const [result] = await eslint.lintFiles(['renderer/pages/forbidden.ts']);
    const messages = result!.messages.filter((m) => m.ruleId === RULE).map((m) => m.message);
    expect(messages).toContain(
      '"electron": the renderer reaches the backend only through the typed client (renderer/api/client.ts).',
    );
    expect(messages.some((m) => m.startsWith('"worker_threads" is a Node built-in'))).toBe(true);
    expect(messages.some((m) => m.startsWith('"exceljs" is not a package the renderer may use'))).toBe(true);
    expect(messages.some((m) => m.startsWith('"../../main/db/open" is in main/'))).toBe(true);
    expect(messages.some((m) => m.startsWith('A computed import()'))).toBe(true);
  });

  it('is not run on the fixtures by the normal lint', async () => {
    const eslint = new ESLint({ cwd: ROOT });
    expect(await eslint.isPathIgnored(path.join(FIXTURES, 'renderer', 'pages', 'forbidden.ts'))).toBe(true);
  });
});

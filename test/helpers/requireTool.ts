// Tests that need something outside Node (a verifier, LibreOffice, openssl, the built CLI) run when
// it is there. When it is not: on a developer's machine they skip and say why and how to get it; under
// CI (CI=true, as .ci/run sets) they fail, because CI installs every tool and a skip there would hide a
// broken setup behind a green run.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, it, type TestFunction } from 'vitest';

/** The repository root, from this file (never an absolute path of one machine). */
export const REPO_ROOT = path.resolve(__dirname, '..', '..');
/** The team's shared folder beside the repository (../shared), holding e.g. tools/ooxml-verify. */
export const SHARED_DIR = path.resolve(REPO_ROOT, '..', 'shared');

export interface Tool {
  /** What it is, for the message: "Apache POI verifier". */
  name: string;
  available: boolean;
  /** How to get it: "apt-get install openssl". */
  install: string;
}

export const underCi = (env: NodeJS.ProcessEnv = process.env): boolean =>
  Boolean(env.CI) && env.CI !== 'false' && env.CI !== '0';

/** True when `command` can be run (`command -v`). */
export function hasCommand(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v "$1" >/dev/null`, 'sh', command]).status === 0;
}

export function hasFiles(...files: string[]): boolean {
  return files.every((file) => existsSync(file));
}

type TestWith = (name: string, fn: TestFunction, timeout?: number) => void;
type DescribeWith = (name: string, body: () => void) => void;

const missing = (tool: Tool) => `${tool.name} is not available here (${tool.install})`;
const warned = new Set<string>();

/**
 * `it` and `describe` for tests that need `tool`: the real ones when it is available; otherwise
 * skipped with a warning locally, and under CI replaced by one failing test that says what is missing.
 */
export function requireTool(tool: Tool): { it: TestWith; describe: DescribeWith } {
  if (tool.available) {
    return {
      it: (name, fn, timeout) => it(name, fn, timeout),
      describe: (name, body) => describe(name, body),
    };
  }
  if (underCi()) {
    const fail = (name: string) =>
      it(name, () => {
        throw new Error(
          `${missing(tool)}. Under CI every tool the tests need is installed or built first (.ci/run, npm test).`,
        );
      });
    return { it: (name) => fail(name), describe: (name) => describe(name, () => fail(`needs ${tool.name}`)) };
  }
  if (!warned.has(tool.name)) {
    warned.add(tool.name);
    console.warn(`skipped: ${missing(tool)}`);
  }
  return {
    it: (name, fn, timeout) => it.skip(name, fn, timeout),
    describe: (name, body) => describe.skip(name, body),
  };
}

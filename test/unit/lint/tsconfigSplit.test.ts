// The renderer compiles without Node types and main without the DOM (tsconfig.renderer.json,
// tsconfig.main.json), and `npm run typecheck` checks both as well as everything else.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';

const ROOT = path.resolve(__dirname, '..', '..', '..');

function compilerOptions(configName: string): ts.CompilerOptions {
  const configFile = path.join(ROOT, configName);
  const read = ts.readConfigFile(configFile, ts.sys.readFile);
  expect(read.error).toBeUndefined();
  return ts.parseJsonConfigFileContent(read.config, ts.sys, ROOT, undefined, configFile).options;
}

/** The type errors of one source file, compiled as a file of `folder` with the options of `configName`. */
function errors(configName: string, folder: string, code: string): string[] {
  const options = compilerOptions(configName);
  const file = path.join(ROOT, folder, '__typecheck_probe__.ts');
  const host = ts.createCompilerHost(options);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (name, language, ...rest) =>
    path.resolve(name) === file
      ? ts.createSourceFile(name, code, language)
      : getSourceFile(name, language, ...rest);
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (name) => path.resolve(name) === file || fileExists(name);
  const program = ts.createProgram([file], options, host);
  return ts
    .getPreEmitDiagnostics(program, program.getSourceFile(file))
    .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

describe('the split type check', () => {
  it('refuses Node in the renderer and accepts the DOM', () => {
    expect(
      errors(
        'tsconfig.renderer.json',
        'renderer',
        "export const b = Buffer.from('x'); export const e = process.env;",
      ),
    ).toEqual([
      expect.stringMatching(/^Cannot find name 'Buffer'/),
      expect.stringMatching(/^Cannot find name 'process'/),
    ]);
    expect(errors('tsconfig.renderer.json', 'renderer', 'export const t = document.title;')).toEqual([]);
  }, 60_000);

  it('refuses the DOM in main and accepts Node', () => {
    expect(
      errors('tsconfig.main.json', 'main', 'export const t = document.title; export const w = window;'),
    ).toEqual([
      expect.stringMatching(/^Cannot find name 'document'/),
      expect.stringMatching(/^Cannot find name 'window'/),
    ]);
    expect(errors('tsconfig.main.json', 'main', "export const b = Buffer.from('x');")).toEqual([]);
  }, 60_000);

  it('is what npm run typecheck runs, together with the whole repository', () => {
    const { scripts } = z
      .object({ scripts: z.record(z.string(), z.string()) })
      .parse(JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')));
    for (const config of ['tsconfig.renderer.json', 'tsconfig.main.json', 'tsconfig.json'])
      expect(scripts.typecheck).toContain(`tsc -p ${config}`);
    expect(compilerOptions('tsconfig.renderer.json').types).toEqual([]);
    expect(compilerOptions('tsconfig.main.json').lib?.some((l) => /dom/i.test(l))).toBe(false);
  });
});

// Lint rules, including the process boundaries of DESIGN.md: a file that imports from the wrong
// process fails the build (as in Signal Desktop), so the renderer cannot reach Node and the
// services cannot reach Electron. The boundaries are one local rule (eslint-rules/), which also sees
// import(), require() and package subpaths; test/unit/lint/boundaries.test.ts keeps it honest.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tiendoRules from './eslint-rules/process-boundaries.mjs';
import { readFileSync } from 'node:fs';

// Packages the browser side may import (with their subpaths): everything else, Node-only packages
// included, is refused there. Adding a renderer dependency means adding it here, on purpose.
const rendererPackages = [
  'react',
  'react-dom',
  'react-i18next',
  'i18next',
  'zustand',
  'zod',
  'recharts',
  '@tanstack/react-virtual',
  '@tanstack/react-query',
  '@tanstack/react-table',
  'react-hook-form',
  '@hookform/resolvers',
  '@fontsource/be-vietnam-pro',
];
const sharedPackages = ['zod'];

/** Files of main/ that still hand `${}` SQL to prepare(): the only ones the SQL-template rule skips. */
const SQL_TAG_PENDING = JSON.parse(
  readFileSync(new URL('./eslint-rules/sql-tag-pending.json', import.meta.url), 'utf8'),
);

const noElectronInRenderer = [
  {
    name: 'electron',
    message: 'the renderer reaches the backend only through the typed client (renderer/api/client.ts).',
  },
  { name: 'better-sqlite3', message: 'the renderer never touches the database; call the API.' },
];
const electronOnlyInShell = {
  name: 'electron',
  message:
    'only main/index.ts, main/preload.ts and main/electron/ may import electron; pass what you need in as an argument.',
};
const noRendererInMain = { folder: 'renderer', message: 'main/ never imports the renderer.' };

/** The process-boundary rule with these options (one per group of files: later groups replace earlier ones). */
const boundaries = (options) => ({
  plugins: { tiendo: tiendoRules },
  rules: { 'tiendo/process-boundaries': ['error', options] },
});

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'release/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      // Files that break the boundaries on purpose, linted by test/unit/lint/boundaries.test.ts.
      'test/fixtures/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      eqeqeq: ['error', 'smart'],
    },
  },
  {
    files: ['**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Code that runs inside the page under test (page.evaluate) sees browser globals.
    files: ['test/electron/**', 'test/e2e/**', 'bench/**'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ...boundaries({
      denyPackages: noElectronInRenderer,
      denyBuiltins: 'the renderer runs in the browser; ask the backend through the API.',
      allowPackages: { names: rendererPackages, who: 'the renderer' },
      denyFolders: [{ folder: 'main', message: 'the renderer may import shared/, never main/.' }],
      denyComputed: 'the renderer imports only named modules.',
    }),
  },
  {
    files: ['shared/**/*.ts'],
    ...boundaries({
      denyPackages: [{ name: 'electron', message: 'shared/ runs in both processes.' }],
      denyBuiltins: 'shared/ must run in the browser too.',
      allowPackages: { names: sharedPackages, who: 'shared/ (it runs in the browser and in Node)' },
      denyFolders: [
        { folder: 'main', message: 'shared/ imports nothing from main/.' },
        { folder: 'renderer', message: 'shared/ imports nothing from the renderer.' },
      ],
      denyComputed: 'shared/ imports only named modules.',
    }),
  },
  {
    // Everything in main/ runs in Node without Electron (services, db, excel, mail, api, web, cli and
    // any new file beside them), except the shell files below.
    files: ['main/**/*.ts'],
    ignores: ['main/index.ts', 'main/preload.ts', 'main/electron/**'],
    ...boundaries({ denyPackages: [electronOnlyInShell], denyFolders: [noRendererInMain] }),
  },
  {
    // SQL text is put together only by the `sql` tag of main/db/sql.ts, which binds every value: a
    // template with `${}` or a string concatenation handed to prepare()/exec() could splice a value into
    // the query. test/unit/lint/sqlTemplates.test.ts keeps this rule honest.
    files: ['main/**/*.ts'],
    ignores: [
      'main/db/sql.ts',
      // Files not converted yet: none is left, and test/unit/lint/sqlTemplates.test.ts keeps the list
      // empty.
      ...SQL_TAG_PENDING,
    ],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            'CallExpression[callee.property.name=/^(prepare|exec)$/] > TemplateLiteral.arguments[expressions.length>0]',
          message:
            'SQL built with ${} is not allowed: write the query with the sql tag of main/db/sql.ts (values are bound, fragments are spliced) and run it with one/all/run.',
        },
        {
          selector: 'CallExpression[callee.property.name=/^(prepare|exec)$/] > BinaryExpression.arguments',
          message:
            'SQL built by concatenation is not allowed: write the query with the sql tag of main/db/sql.ts and run it with one/all/run.',
        },
      ],
    },
  },
  {
    files: ['main/index.ts', 'main/electron/**/*.ts'],
    ...boundaries({ denyFolders: [noRendererInMain] }),
  },
  {
    // The preload runs sandboxed: it can require only 'electron'; what it imports is bundled in, so only
    // the pure constants of main/electron/ and shared/ may come along.
    files: ['main/preload.ts'],
    ...boundaries({
      denyBuiltins: 'the sandboxed preload cannot load Node modules.',
      allowPackages: { names: ['electron'], who: 'the sandboxed preload' },
      allowFolders: { folders: ['main/electron', 'shared'], message: 'the preload bundles what it imports.' },
      denyComputed: 'the preload imports only named modules.',
    }),
  },
);

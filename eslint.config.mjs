// Lint rules, including the process boundaries of DESIGN.md: a file that imports from the wrong
// process fails the build (as in Signal Desktop), so the renderer cannot reach Node and the
// services cannot reach Electron.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const nodeBuiltins = [
  'node:*',
  'fs',
  'path',
  'os',
  'crypto',
  'child_process',
  'http',
  'net',
  'stream',
  'zlib',
  'url',
];

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
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
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'The renderer reaches the backend only through the typed client.' },
            { name: 'better-sqlite3', message: 'The renderer never touches the database.' },
          ],
          patterns: [
            {
              group: ['**/main/**', '../main/*', '../../main/*'],
              message: 'Renderer code may import shared/, never main/.',
            },
            { group: nodeBuiltins, message: 'No Node built-ins in the renderer.' },
          ],
        },
      ],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'shared/ runs in both processes.' }],
          patterns: [
            {
              group: ['**/main/**', '**/renderer/**'],
              message: 'shared/ imports nothing from main/ or renderer/.',
            },
            { group: nodeBuiltins, message: 'shared/ must run in the browser too.' },
          ],
        },
      ],
    },
  },
  {
    files: [
      'main/services/**',
      'main/db/**',
      'main/excel/**',
      'main/mail/**',
      'main/api.ts',
      'main/web.ts',
      'main/cli.ts',
      'main/cli/**',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              message: 'Only main/index.ts, main/preload.ts and main/electron/ may import electron.',
            },
          ],
          patterns: [{ group: ['**/renderer/**'], message: 'main/ never imports the renderer.' }],
        },
      ],
    },
  },
);

import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts', 'test/integration/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Native SQLite handles and child processes: forks isolate them best.
    pool: 'forks',
    // Each test file gets its own temporary folder and fails if it leaves tiendo* data in it.
    globalSetup: ['test/helpers/tmpGlobal.ts'],
    setupFiles: ['test/helpers/tmpGuard.ts'],
    sequence: { hooks: 'stack' },
  },
});

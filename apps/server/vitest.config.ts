import { defineConfig } from 'vitest/config';

// The same suite runs on PGlite (TEST_DB=pglite, the default) and on a throwaway PostgreSQL cluster
// (TEST_DB=postgres; test/pg-global-setup.ts starts it). One database per worker, reused across
// files (isolate: false); tests isolate themselves with unique data (test/factories.ts).
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    isolate: false,
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 600_000,
    globalSetup: ['test/pg-global-setup.ts'],
    setupFiles: ['test/clock-setup.ts'],
    reporters: process.env.VITEST_JSON
      ? ['default', ['json', { outputFile: process.env.VITEST_JSON }]]
      : ['default'],
  },
});

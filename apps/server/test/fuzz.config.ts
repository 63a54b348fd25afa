import { defineConfig } from 'vitest/config';

// The fuzz tier (scripts/test.mjs tier "fuzz"): test/fuzz.spec.ts alone, one worker, so the database
// holds only the fuzz fixture and its before/after checksums see no other writer.
export default defineConfig({
  test: {
    include: ['test/fuzz.spec.ts'],
    pool: 'forks',
    maxWorkers: 1,
    testTimeout: 900_000,
    hookTimeout: 300_000,
    globalSetup: ['test/pg-global-setup.ts'],
  },
});

import { defineConfig } from 'vitest/config';

/** The data service's tests (npm run test:server): node only, one file at a time (DuckDB uses both cores). */
export default defineConfig({
  test: {
    name: 'server',
    root: import.meta.dirname,
    environment: 'node',
    include: ['tests/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});

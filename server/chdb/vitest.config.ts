import { defineConfig } from 'vitest/config';

/** The ClickHouse storage against chDB (npm run test:clickhouse, which installs chdb into this folder first). */
export default defineConfig({
  test: {
    name: 'clickhouse',
    root: import.meta.dirname,
    environment: 'node',
    include: ['*.test.ts'],
    testTimeout: 180_000,
    hookTimeout: 180_000,
    fileParallelism: false,
  },
});

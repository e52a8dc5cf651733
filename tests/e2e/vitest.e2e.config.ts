import { defineConfig } from 'vitest/config';

/** Browser tests: the production build served by `vite preview`, driven in Debian's Chromium. */
export default defineConfig({
  test: {
    name: 'e2e',
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // One Chromium at a time: two cores, and the screens measure their own layout.
    fileParallelism: false,
  },
});

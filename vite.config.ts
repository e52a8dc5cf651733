import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { BUILD_CONTENT_SECURITY_POLICY } from './src/adapters/contentSecurityPolicy.ts';

/** The policy of every build (src/adapters/contentSecurityPolicy.ts, shared with the data service). */
export const CONTENT_SECURITY_POLICY = BUILD_CONTENT_SECURITY_POLICY;

/** The dev server's hot reload needs inline script, so only the build carries the policy. */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' }],
  };
}

export default defineConfig({
  // Relative base: one build can be served from any path beside its config.json.
  base: './',
  plugins: [react(), contentSecurityPolicy()],
  build: {
    // Hall PCs run domestic Chromium-based browsers whose kernels lag current Chrome (README, "Browsers").
    target: ['chrome87', 'edge88', 'firefox78', 'safari14'],
    chunkSizeWarningLimit: 1200,
    // Chromium 87+ preloads modules itself; the polyfill only helped older Firefox and Safari
    // fetch a lazy screen's chunks a moment earlier, and every first screen carried it.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        codeSplitting: {
          // Everything the entry imports statically is loaded at start anyway: one chunk rather than
          // the ten small ones the bundler cut it into (they are shared with lazy screens), so one
          // request and one gzip stream instead of ten (about 5 KB gz less, issue #4).
          groups: [{ name: 'index', tags: ['$initial'] }],
        },
      },
    },
  },
  preview: { port: 4173, strictPort: false },
  server: { port: 5173 },
});

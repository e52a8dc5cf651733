/**
 * The Content-Security-Policy of every build (a <meta> in index.html, vite.config.ts) and of the
 * data service (a header, server/src/security.ts): no inline script, no eval, data only from our
 * own origin. Deployers whose backend is on another origin add it to connect-src (README,
 * "Content-Security-Policy"). Inline style attributes stay allowed because ECharts' tooltip markers
 * carry them.
 */
export const BUILD_CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

import type { FastifyInstance } from 'fastify';
import { BUILD_CONTENT_SECURITY_POLICY } from '../../src/adapters/contentSecurityPolicy';

/**
 * The build's own policy (README, "Content-Security-Policy"), sent as a header so that it can also
 * forbid framing, which a <meta> tag cannot. The API and the SPA share the origin: connect-src
 * 'self' holds as it is.
 */
export const CONTENT_SECURITY_POLICY = `${BUILD_CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`;

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=()',
};

export function securityHeaders(app: FastifyInstance): void {
  app.addHook('onSend', async (_request, reply, payload) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) reply.header(name, value);
    return payload;
  });
}

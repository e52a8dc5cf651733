import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { problem } from './http';
import type { Editor, Storage } from './storage/types';

/** Tokens are stored as their SHA-256: a copy of the database gives no one a working token. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

export const SESSION_COOKIE = 'spd_token';

declare module 'fastify' {
  interface FastifyRequest {
    editor: Editor | null;
    /** How the editor was recognised: a cookie needs the same-origin check, a bearer token does not. */
    authBy: 'bearer' | 'cookie' | null;
  }
}

function tokenOf(request: FastifyRequest): { token: string; by: 'bearer' | 'cookie' } | null {
  const header = request.headers.authorization;
  if (typeof header === 'string' && header.startsWith('Bearer ')) return { token: header.slice(7).trim(), by: 'bearer' };
  const cookies = String(request.headers.cookie ?? '');
  for (const part of cookies.split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === SESSION_COOKIE && value.length) return { token: decodeURIComponent(value.join('=')), by: 'cookie' };
  }
  return null;
}

/** A cookie-carried write must come from a page of this origin (no cross-site form or fetch). */
function sameOrigin(request: FastifyRequest): boolean {
  const origin = request.headers.origin;
  if (origin === undefined) return request.headers['sec-fetch-site'] === undefined || request.headers['sec-fetch-site'] === 'same-origin';
  try {
    return new URL(origin).host === request.headers.host;
  } catch {
    return false;
  }
}

/**
 * Writes (anything but GET/HEAD) need an editor's token, as `Authorization: Bearer …` or the
 * session cookie set by POST auth/session; reads are open unless the service was started
 * --private. A missing or wrong token is 401 and the request goes no further.
 */
export function authGuard(app: FastifyInstance, storage: Storage, readRequires: 'none' | 'token'): void {
  app.decorateRequest('editor', null);
  app.decorateRequest('authBy', null);
  app.addHook('onRequest', async (request, reply) => {
    const found = tokenOf(request);
    if (found && found.token.length > 0 && found.token.length < 200) {
      request.editor = await storage.editorByTokenHash(hashToken(found.token));
      request.authBy = request.editor ? found.by : null;
    }
    const path = request.url.split('?')[0] ?? '';
    if (path.endsWith('/auth/session')) return;
    const write = request.method !== 'GET' && request.method !== 'HEAD';
    if (write || readRequires === 'token') {
      if (!request.editor) return unauthorized(reply, found !== null);
      if (write && request.editor.role !== 'editor') return problem(reply, 403, 'forbidden', 'this token may read, not write');
      if (write && request.authBy === 'cookie' && !sameOrigin(request)) return problem(reply, 403, 'cross-origin', 'a write from another origin is refused');
    }
  });
}

function unauthorized(reply: FastifyReply, hadToken: boolean): FastifyReply {
  reply.header('www-authenticate', 'Bearer realm="data service"');
  return problem(reply, 401, 'unauthorized', hadToken ? 'the token is not valid' : 'an editor token is needed (Authorization: Bearer …, or log in)');
}

export function authRoutes(app: FastifyInstance, storage: Storage): void {
  app.get('/auth/session', async (request, reply) =>
    request.editor ? { name: request.editor.name, role: request.editor.role } : problem(reply, 401, 'unauthorized', 'not logged in'),
  );
  /** Exchanges a token (Bearer) for an HttpOnly, SameSite=Strict cookie, so the SPA's own requests carry it. */
  app.post('/auth/session', async (request, reply) => {
    const found = tokenOf(request);
    const editor = found ? await storage.editorByTokenHash(hashToken(found.token)) : null;
    if (!found || !editor) return unauthorized(reply, found !== null);
    reply.header('set-cookie', `${SESSION_COOKIE}=${encodeURIComponent(found.token)}; HttpOnly; SameSite=Strict; Path=/; Max-Age=2592000`);
    return { name: editor.name, role: editor.role };
  });
  app.delete('/auth/session', async (_request, reply) => {
    reply.header('set-cookie', `${SESSION_COOKIE}=; HttpOnly; SameSite=Strict; Path=/; Max-Age=0`);
    return { ok: true };
  });
}

import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Fastify, { type FastifyInstance, type FastifyReply } from 'fastify';
import fastifyStatic from '@fastify/static';
import fastifyCompress from '@fastify/compress';
import { problem, ResponseCache } from './http';
import fastifyMultipart from '@fastify/multipart';
import { authGuard, authRoutes } from './auth';
import { readRoutes } from './routes/read';
import { writeRoutes } from './routes/write';
import { MAX_UPLOAD_BYTES, MAX_UPLOAD_FILES } from './upload/limits';
import { securityHeaders } from './security';
import type { Storage } from './storage/types';

export interface AppOptions {
  storage: Storage;
  /** The SPA's build (dist/); omitted, only the API is served. */
  distDir?: string;
  title?: string;
  issuer?: string;
  /** 'token': reads need a token or a session too (default: open on the LAN). */
  readRequires?: 'none' | 'token';
  logger?: boolean;
  /** false: answer as a v1 backend (no capabilities, no roll-ups), for comparisons. */
  v2?: boolean;
}

/** Where the API lives, relative to the SPA: config.json points the app there. */
export const API_BASE = '/api/v1';

/**
 * The service: the SPA's build and the API from one origin, so the build's connect-src 'self'
 * holds unchanged; every response carries the security headers.
 */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({ logger: options.logger ?? false, bodyLimit: 1024 * 1024, trustProxy: false });
  securityHeaders(app);
  await app.register(fastifyCompress, { global: true, encodings: ['gzip'], threshold: 1024 });
  const cache = new ResponseCache();

  app.setErrorHandler((error: Error & { statusCode?: number; code?: string }, request, reply) => {
    const status = error.statusCode && error.statusCode >= 400 && error.statusCode < 600 ? error.statusCode : 500;
    if (status >= 500) request.log.error(error);
    return problem(
      reply,
      status,
      error.code ?? (status >= 500 ? 'internal' : 'bad-request'),
      status >= 500 ? 'the service failed; see its log' : error.message,
    );
  });

  await app.register(
    async (api) => {
      const readRequires = options.readRequires ?? 'none';
      await api.register(fastifyMultipart, { limits: { fileSize: MAX_UPLOAD_BYTES, files: MAX_UPLOAD_FILES, fields: 10, parts: MAX_UPLOAD_FILES + 10 } });
      authGuard(api, options.storage, readRequires);
      authRoutes(api, options.storage);
      readRoutes(api, options.storage, cache, { uploads: true, readRequires, v2: options.v2 ?? true });
      writeRoutes(api, options.storage);
      api.setNotFoundHandler((request, reply) => problem(reply, 404, 'not-found', `no such endpoint: ${request.method} ${request.url.split('?')[0]}`));
    },
    { prefix: API_BASE },
  );

  app.get('/config.json', async (_request, reply) =>
    reply.header('cache-control', 'no-cache').send({
      title: options.title ?? '政务服务绩效监测',
      ...(options.issuer ? { issuer: options.issuer } : {}),
      dataSource: { type: 'http', baseUrl: API_BASE.slice(1), timeoutMs: 60000 },
      refreshSeconds: 300,
      locale: 'zh-CN',
      allowUrlOverride: false,
    }),
  );

  const dist = options.distDir;
  if (dist && existsSync(path.join(dist, 'index.html'))) {
    const index = readFileSync(path.join(dist, 'index.html'));
    await app.register(fastifyStatic, {
      root: dist,
      index: false,
      wildcard: true,
      cacheControl: false,
      setHeaders: (res, file) => {
        // Hashed assets never change; everything else is revalidated.
        res.setHeader('cache-control', file.includes(`${path.sep}assets${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
    const sendIndex = (_request: unknown, reply: FastifyReply) => reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(index);
    app.get('/', sendIndex);
  }
  app.setNotFoundHandler((request, reply) => problem(reply, 404, 'not-found', `not found: ${request.url.split('?')[0]}`));
  return app;
}

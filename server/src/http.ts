import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';

const gzipAsync = promisify(gzip);
import type { FastifyReply, FastifyRequest } from 'fastify';

/** A JSON body kept ready to send, plain and gzipped, with its ETag. */
interface Prepared {
  etag: string;
  body: Buffer;
  gzip: Buffer | null;
}

/** Bodies larger than this are sent gzipped to clients that accept it. */
const GZIP_FROM = 1024;

/**
 * Responses computed from the stored rows, kept per (data version, request) so 50 screens
 * refreshing the same view cost one query; a write bumps the version and so empties it.
 */
export class ResponseCache {
  private readonly entries = new Map<string, Promise<Prepared>>();
  private version = -1;

  constructor(private readonly maxEntries = 64) {}

  get(version: number, key: string, produce: () => Promise<string>): Promise<Prepared> {
    if (version !== this.version) {
      this.entries.clear();
      this.version = version;
    }
    const found = this.entries.get(key);
    if (found) {
      // Most recently used last.
      this.entries.delete(key);
      this.entries.set(key, found);
      return found;
    }
    const prepared = produce().then(async (text) => {
      const body = Buffer.from(text, 'utf8');
      // The content's hash alone: after an import, a scope it did not touch still answers 304.
      const etag = `"${createHash('sha1').update(body).digest('base64url').slice(0, 22)}"`;
      // Off the event loop (libuv's pool): a prefecture's 15 MB must not stall every other request.
      return { etag, body, gzip: body.length >= GZIP_FROM ? await gzipAsync(body, { level: 6 }) : null };
    });
    prepared.catch(() => this.entries.delete(key));
    this.entries.set(key, prepared);
    while (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    return prepared;
  }
}

/** Sends a prepared JSON body: 304 when the client holds it, gzip when accepted. */
export function sendPrepared(request: FastifyRequest, reply: FastifyReply, prepared: Prepared): FastifyReply {
  reply.header('cache-control', 'no-cache').header('etag', prepared.etag).header('vary', 'accept-encoding');
  if (request.headers['if-none-match'] === prepared.etag) return reply.code(304).send();
  reply.type('application/json; charset=utf-8');
  const accepts = String(request.headers['accept-encoding'] ?? '');
  if (prepared.gzip && /\bgzip\b/.test(accepts)) return reply.header('content-encoding', 'gzip').send(prepared.gzip);
  return reply.send(prepared.body);
}

/** The body of every error the API sends: a code a program can test and a sentence a person can read. */
export function problem(reply: FastifyReply, status: number, error: string, detail: string, extra: Record<string, unknown> = {}): FastifyReply {
  return reply
    .code(status)
    .type('application/json; charset=utf-8')
    .header('cache-control', 'no-store')
    .send({ error, detail, ...extra });
}

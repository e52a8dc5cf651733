import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { isMonthKey, monthFromIndex, monthIndex, type Office } from '../../../src/domain';
import { problem, sendPrepared, type ResponseCache } from '../http';
import { rollupResponse } from '../rollup';
import type { Storage } from '../storage/types';
import { officesJson } from '../wire';

/** Above this many offices in a scope's subtree, the SPA asks for its roll-up (docs/data-contract-v2.md). */
export const ROLLUP_THRESHOLD = 5000;

type Query = Record<string, string | undefined>;

function monthRange(query: Query): { from: number; to: number } | string {
  const { from, to } = query;
  if (!isMonthKey(from) || !isMonthKey(to)) return 'from and to must be months "YYYY-MM"';
  const range = { from: monthIndex(from), to: monthIndex(to) };
  if (range.from > range.to) return 'from is after to';
  if (range.to - range.from > 600) return 'at most 50 years at a time';
  return range;
}

function scopeOf(query: Query): string | undefined | null {
  const { scope } = query;
  if (scope === undefined) return undefined;
  return typeof scope === 'string' && scope.length > 0 && scope.length <= 200 ? scope : null;
}

/** The chain from the root down to `scope`, then its direct children. */
function scopeTree(offices: readonly Office[], scope: string): Office[] {
  const byId = new Map(offices.map((office) => [office.id, office]));
  const chain: Office[] = [];
  for (let office = byId.get(scope); office; office = office.parentId === null ? undefined : byId.get(office.parentId)) chain.unshift(office);
  return [...chain, ...offices.filter((office) => office.parentId === scope)];
}

/**
 * Contract v1.1 (GET offices, records, scheme) and v2 (capabilities, rollup) under one base URL.
 * Every response is computed from the stored rows by the storage's SQL and cached until the next
 * write; `scope` on offices and records (v2) narrows them to a subtree with its ancestors.
 */
export function readRoutes(
  app: FastifyInstance,
  storage: Storage,
  cache: ResponseCache,
  options: { uploads: boolean; readRequires: 'none' | 'token'; v2: boolean },
) {
  const cached = async (request: FastifyRequest, key: string, produce: () => Promise<string>) => cache.get(await storage.version(), key, produce);

  /** The roll-up of a region (v2), or null when `scope` is not one. */
  const rollupOf = async (scope: string, range: { from: number; to: number }) => {
    const offices = await storage.offices(scope);
    const office = offices.find((item) => item.id === scope);
    if (!office || office.kind !== 'region') return null;
    return rollupResponse(scope, scopeTree(offices, scope), await storage.rollup(scope, range), range.from, range.to);
  };
  const notARegion = (reply: FastifyReply, scope: string) => problem(reply, 404, 'not-a-region', `no region has the id ${JSON.stringify(scope)}`);

  app.get('/offices', async (request, reply) => {
    const query = request.query as Query;
    const scope = scopeOf(query);
    if (scope === null) return problem(reply, 400, 'bad-scope', 'scope must be an office id');
    if (scope && query.rollup === '1') {
      // The roll-up's offices over every month stored: the parts of any month range are among them.
      const prepared = await cached(request, `offices-rollup|${scope}`, async () => {
        const span = (await storage.monthSpan()) ?? { from: 0, to: 0 };
        const rollup = await rollupOf(scope, span);
        return rollup ? JSON.stringify({ offices: rollup.offices }) : '';
      });
      return prepared.body.length ? sendPrepared(request, reply, prepared) : notARegion(reply, scope);
    }
    const prepared = await cached(request, `offices|${scope ?? ''}`, async () => officesJson(await storage.offices(scope)));
    return sendPrepared(request, reply, prepared);
  });

  app.get('/records', async (request, reply) => {
    const query = request.query as Query;
    const range = monthRange(query);
    if (typeof range === 'string') return problem(reply, 400, 'bad-range', range);
    const scope = scopeOf(query);
    if (scope === null) return problem(reply, 400, 'bad-scope', 'scope must be an office id');
    if (scope && query.rollup === '1') {
      const prepared = await cached(request, `records-rollup|${scope}|${range.from}|${range.to}`, async () => {
        const rollup = await rollupOf(scope, range);
        return rollup ? JSON.stringify({ records: rollup.records }) : '';
      });
      return prepared.body.length ? sendPrepared(request, reply, prepared) : notARegion(reply, scope);
    }
    const prepared = await cached(request, `records|${range.from}|${range.to}|${scope ?? ''}`, async () => storage.recordsJson(range, scope));
    return sendPrepared(request, reply, prepared);
  });

  app.get('/scheme', async (request, reply) => {
    const stored = await storage.getDocument('scheme');
    if (!stored) return problem(reply, 404, 'not-found', 'this service has no scheme of its own: use the built-in one');
    const prepared = await cached(request, 'scheme', async () => stored.body);
    return sendPrepared(request, reply, prepared);
  });

  app.get('/capabilities', async (request, reply) => {
    if (!options.v2) return problem(reply, 404, 'not-found', 'this service answers as a contract v1 backend');
    const prepared = await cached(request, 'capabilities', async () => {
      const regions = await storage.regions();
      const span = await storage.monthSpan();
      return JSON.stringify({
        contract: '2.0',
        rollup: true,
        rollupThreshold: ROLLUP_THRESHOLD,
        uploads: options.uploads,
        readRequires: options.readRequires,
        writeRequires: 'token',
        offices: await storage.officeCount(),
        months: span ? { from: monthFromIndex(span.from), to: monthFromIndex(span.to) } : null,
        regions,
      });
    });
    return sendPrepared(request, reply, prepared);
  });

  app.get('/rollup', async (request, reply) => {
    const query = request.query as Query;
    const range = monthRange(query);
    if (typeof range === 'string') return problem(reply, 400, 'bad-range', range);
    const scope = scopeOf(query);
    if (!scope) return problem(reply, 400, 'bad-scope', 'scope must be the id of a region');
    const prepared = await cached(request, `rollup|${scope}|${range.from}|${range.to}`, async () => {
      const rollup = await rollupOf(scope, range);
      return rollup ? JSON.stringify(rollup) : '';
    });
    return prepared.body.length ? sendPrepared(request, reply, prepared) : notARegion(reply, scope);
  });
}

import { isPlainObject } from '../validate/describe';
import { validateOffices } from '../validate/offices';
import { validateRecords } from '../validate/records';
import { AdapterError } from '../errors';
import type { AdapterCallOptions, Capabilities, DataAdapter } from '../types';
import { getJson, type GetJsonOptions } from './getJson';
import type { RecordsPrefetch } from './recordsPrefetch';
import { endpointUrl } from './url';

type Request = Omit<GetJsonOptions, 'signal' | 'notFoundIsNull'>;

/** The capabilities a v2 source states, or null when the body is not that (read as a v1 source). */
export function readCapabilities(body: unknown): Capabilities | null {
  if (!isPlainObject(body) || typeof body.contract !== 'string' || !body.contract.startsWith('2')) return null;
  const regions = Array.isArray(body.regions)
    ? body.regions.filter(
        (region): region is Capabilities['regions'][number] =>
          isPlainObject(region) &&
          typeof region.id === 'string' &&
          typeof region.subtree === 'number' &&
          (region.parentId === null || typeof region.parentId === 'string'),
      )
    : [];
  return {
    contract: body.contract,
    rollup: body.rollup === true,
    rollupThreshold: typeof body.rollupThreshold === 'number' && body.rollupThreshold > 0 ? body.rollupThreshold : DEFAULT_ROLLUP_THRESHOLD,
    uploads: body.uploads === true,
    offices: typeof body.offices === 'number' ? body.offices : 0,
    regions: regions.map((region) => ({ id: region.id, name: String(region.name ?? region.id), parentId: region.parentId, subtree: region.subtree })),
  };
}

/**
 * Above this many offices in a scope's subtree the app reads the scope's roll-up (its children's
 * totals) instead of every record below it, unless the source states its own threshold. A
 * prefecture of ~2,000 offices (48 months ≈ 100,000 records, ~15 MB of JSON) still loads whole;
 * a province of 20,000 (~150 MB) does not.
 */
export const DEFAULT_ROLLUP_THRESHOLD = 5000;

/** GET {base}/capabilities: null for a v1 source (404, or an answer that is not capabilities). */
export async function fetchCapabilities(base: string, request: Request, { signal }: AdapterCallOptions = {}): Promise<Capabilities | null> {
  const url = endpointUrl(base, 'capabilities');
  try {
    const result = await getJson(url, { ...request, signal, notFoundIsNull: true });
    return result.found ? readCapabilities(result.body) : null;
  } catch (error) {
    // A v1 backend that answers unknown paths with its index page, or refuses them: v1.
    if (error instanceof AdapterError && (error.kind === 'invalid-payload' || (error.kind === 'http' && (error.status ?? 500) < 500))) return null;
    throw error;
  }
}

/** Whether a scope of this source is read as its roll-up: a region whose subtree is over the threshold. */
export function readsRollup(capabilities: Capabilities, scopeId: string | undefined): { scopeId: string; rollUp: boolean } | null {
  const root = capabilities.regions.find((region) => region.parentId === null);
  const scope = capabilities.regions.find((region) => region.id === scopeId) ?? root;
  if (!scope) return null;
  return { scopeId: scope.id, rollUp: capabilities.rollup && scope.subtree > capabilities.rollupThreshold };
}

/**
 * The source narrowed to one scope (contract v2): its subtree's offices (with the chain of its
 * ancestors) and records, or with `rollUp` its roll-up — its children's totals as part leaves —
 * through the same two requests and the same validation as v1. The scope is part of the id, so
 * every query key of one scope is its own.
 */
export function scopedAdapter(parent: DataAdapter, base: string, request: Request, scopeId: string, rollUp: boolean, prefetched: RecordsPrefetch): DataAdapter {
  const extra: Record<string, string> = rollUp ? { scope: scopeId, rollup: '1' } : { scope: scopeId };
  const recordsUrl = (range: { from: string; to: string }) => endpointUrl(base, 'records', { from: range.from, to: range.to, ...extra });
  return {
    id: `${parent.id}#scope=${scopeId}${rollUp ? '&rollup' : ''}`,
    description: parent.description,
    type: parent.type,
    async getOffices({ signal } = {}) {
      const url = endpointUrl(base, 'offices', extra);
      const result = await getJson(url, { ...request, signal });
      return validateOffices(result.found ? result.body : undefined, url);
    },
    async getRecords(query, { signal } = {}) {
      const url = recordsUrl(query);
      const early = prefetched.take(url);
      const result = (early && (await early)) ?? (await getJson(url, { ...request, signal }));
      if (signal?.aborted) throw new AdapterError('aborted', url, 'the request was cancelled');
      return validateRecords(result.found ? result.body : undefined, url, query);
    },
    prefetchRecords: (range) => prefetched.start(recordsUrl(range)),
    getScheme: (options) => parent.getScheme(options),
    writes: parent.writes,
  };
}

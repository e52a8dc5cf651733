import { isMonthKey } from '../../domain';
import type { DataAdapter } from '../types';
import { validateOffices } from '../validate/offices';
import { validateRecords } from '../validate/records';
import { AdapterError } from '../errors';
import { getJson } from './getJson';
import { createRecordsPrefetch } from './recordsPrefetch';
import { endpointUrl, resolveBaseUrl } from './url';
import { fetchCapabilities, readsRollup, scopedAdapter } from './v2';
import { serviceWrites } from './writes';

export const DEFAULT_TIMEOUT_MS = 15_000;
export { PREFETCH_KEEP_MS } from './recordsPrefetch';

export interface HttpAdapterOptions {
  /** Absolute, or relative to the document ('mock-api', '/api/v1'). */
  baseUrl: string;
  timeoutMs?: number;
  /** For tests; by default the global fetch, looked up at each call (so msw's patch applies). */
  fetch?: typeof fetch;
  /** 'mock' is this same adapter against the msw worker. */
  type?: 'http' | 'mock';
  /**
   * Appended to the id: the mock's scenario and seed, so switching scenario never shows another
   * scenario's cached numbers although the URL stays the same.
   */
  variant?: string;
  /** What a relative baseUrl resolves against; by default document.baseURI. */
  documentBase?: string;
  /** For tests: the clock that ages prefetched responses. */
  now?: () => number;
}

/**
 * The data contract v1 over HTTP (docs/data-contract.md): GET only, same-origin credentials,
 * never a host other than baseUrl's. Throws a TypeError at once for a baseUrl that cannot work.
 */
export function createHttpAdapter(options: HttpAdapterOptions): DataAdapter {
  const base = resolveBaseUrl(options.baseUrl, options.documentBase);
  const origin = new URL(base).origin;
  const type = options.type ?? 'http';
  const timeoutMs = options.timeoutMs !== undefined && Number.isFinite(options.timeoutMs) && options.timeoutMs > 0 ? options.timeoutMs : DEFAULT_TIMEOUT_MS;
  const fetchImpl: typeof fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const request = { fetch: fetchImpl, timeoutMs, origin };
  const prefetched = createRecordsPrefetch((url) => getJson(url, request), options.now ?? Date.now);

  const adapter: DataAdapter = {
    id: `${type}:${base}${options.variant ? `#${options.variant}` : ''}`,
    description: base,
    type,

    async getOffices({ signal } = {}) {
      const url = endpointUrl(base, 'offices');
      const result = await getJson(url, { ...request, signal });
      return validateOffices(result.found ? result.body : undefined, url);
    },

    async getRecords(query, { signal } = {}) {
      // A programming error, not bad data: the caller builds these.
      if (!isMonthKey(query.from) || !isMonthKey(query.to)) {
        throw new RangeError(`records query needs months "YYYY-MM", got ${query.from} to ${query.to}`);
      }
      const url = endpointUrl(base, 'records', { from: query.from, to: query.to });
      // A prefetch that failed is not this call's failure: it asks again, with its own signal.
      const early = prefetched.take(url);
      const result = (early && (await early)) ?? (await getJson(url, { ...request, signal }));
      if (signal?.aborted) throw new AdapterError('aborted', url, 'the request was cancelled');
      return validateRecords(result.found ? result.body : undefined, url, query);
    },

    prefetchRecords(range) {
      if (isMonthKey(range.from) && isMonthKey(range.to)) prefetched.start(endpointUrl(base, 'records', { from: range.from, to: range.to }));
    },

    async getScheme({ signal } = {}) {
      const url = endpointUrl(base, 'scheme');
      const result = await getJson(url, { ...request, signal, notFoundIsNull: true });
      if (!result.found) return null;
      // Most sources serve no scheme (404: the built-in one): the validator is fetched only for one that does.
      const { parseSchemePayload } = await import('../scheme');
      return parseSchemePayload(result.body, url);
    },
  };
  // Contract v2 is asked of real backends only: the demo's mock speaks v1.
  if (type === 'http') {
    adapter.getCapabilities = (options) => fetchCapabilities(base, request, options);
    adapter.forScope = (scopeId, capabilities) => {
      const reading = readsRollup(capabilities, scopeId);
      return reading ? scopedAdapter(adapter, base, request, reading.scopeId, reading.rollUp, prefetched) : adapter;
    };
    adapter.writes = serviceWrites(base, fetchImpl);
  }
  return adapter;
}

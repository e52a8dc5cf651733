import { HttpResponse, delay, http, type HttpHandler } from 'msw';
import { isMonthKey, lastCompleteMonth, type MonthKey } from '../src/domain';
import { DEFAULT_MONTHS, DEFAULT_SEED } from './generator';
import {
  dataKind,
  defaultLatencyMs,
  outageState,
  resolveOutage,
  servedData,
  type DataKind,
  type OutageOptions,
  type ScenarioName,
  type ServedData,
} from './scenarios';

/** Matches `…/mock-api/…` under any origin and path, so the demo can be served from any base. */
export const DEFAULT_BASE_URL = '*/mock-api';

export interface MockOptions {
  scenario: ScenarioName;
  seed?: number;
  /** Default: the last complete month before `now()`, so a screen left running sees a new month arrive. */
  endMonth?: MonthKey;
  months?: number;
  /** Where the endpoints live: a wildcard path (the default) or an absolute URL such as http://mock.test/api. */
  baseUrl?: string;
  /** Delay before every response; default 3 s for 'slow', 0 otherwise. */
  latencyMs?: number;
  /** The outage scenario's cycle. */
  outage?: OutageOptions;
  /** The clock, in ms since the epoch. Only the handlers read it; the generator never does. */
  now?: () => number;
  /** Served by GET /scheme; when absent the endpoint answers 404 ("use the built-in default"). */
  scheme?: unknown;
}

const CACHE_LIMIT = 4;
const cache = new Map<string, ServedData>();

/** Generated once per data options: a big screen polls every few minutes and must not regenerate. */
export function cachedServedData(kind: DataKind, seed: number, endMonth: MonthKey, months: number): ServedData {
  const key = `${kind}|${seed}|${endMonth}|${months}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const data = servedData(kind, { seed, endMonth, months });
  if (cache.size >= CACHE_LIMIT) {
    const oldest = cache.keys().next().value;
    if (oldest !== undefined) cache.delete(oldest);
  }
  cache.set(key, data);
  return data;
}

function jsonError(status: number, error: string, detail: string, headers?: Record<string, string>) {
  return HttpResponse.json({ error, detail }, { status, headers });
}

/**
 * A careless server: rows without a usable month cannot be placed in the range, so they go out
 * whatever was asked (the hostile scenario relies on this; clean data always has months).
 */
function inRange(row: unknown, from: MonthKey, to: MonthKey): boolean {
  if (typeof row !== 'object' || row === null) return true;
  const month = (row as { month?: unknown }).month;
  if (!isMonthKey(month)) return true;
  return month >= from && month <= to;
}

export function rangeProblem(from: string | null, to: string | null): string | null {
  if (from === null || to === null) return "both 'from' and 'to' are required, as YYYY-MM";
  if (!isMonthKey(from)) return `'from' is not a month (YYYY-MM): ${from}`;
  if (!isMonthKey(to)) return `'to' is not a month (YYYY-MM): ${to}`;
  if (from > to) return `'from' (${from}) is after 'to' (${to})`;
  return null;
}

/** msw handlers for GET {base}/offices, {base}/records?from&to and {base}/scheme, per data contract v1. */
export function createHandlers(options: MockOptions): HttpHandler[] {
  const base = (options.baseUrl ?? DEFAULT_BASE_URL).replace(/\/+$/, '');
  const now = options.now ?? (() => Date.now());
  const seed = (options.seed ?? DEFAULT_SEED) >>> 0;
  const months = options.months ?? DEFAULT_MONTHS;
  const latencyMs = options.latencyMs ?? defaultLatencyMs(options.scenario);
  const kind = dataKind(options.scenario);
  const cycle = options.scenario === 'outage' ? resolveOutage(options.outage) : null;
  const startedAt = now();
  let requests = 0;

  const data = (): ServedData | null => {
    if (kind === null) return null;
    const endMonth = options.endMonth ?? lastCompleteMonth(new Date(now()));
    return cachedServedData(kind, seed, endMonth, months);
  };

  /** The failure this request meets, if any: the scenario's, decided when the request arrives. */
  const failure = () => {
    const request = requests++;
    if (options.scenario === 'error') return jsonError(500, 'internal', 'mock scenario "error": every endpoint fails');
    if (cycle) {
      const state = outageState(cycle, now() - startedAt, request);
      if (!state.up) {
        return state.failure === 'network'
          ? HttpResponse.error()
          : jsonError(
              503,
              'unavailable',
              'mock scenario "outage": down for a while, back soon',
              cycle.unit === 'seconds' ? { 'Retry-After': String(Math.ceil(cycle.down)) } : undefined,
            );
      }
    }
    return null;
  };

  const respond = async (answer: () => Response) => {
    const failed = failure();
    if (latencyMs > 0) await delay(latencyMs);
    return failed ?? answer();
  };

  return [
    http.get(`${base}/offices`, () => respond(() => HttpResponse.json({ offices: data()?.offices ?? [] }))),
    http.get(`${base}/records`, ({ request }) =>
      respond(() => {
        const params = new URL(request.url).searchParams;
        const from = params.get('from');
        const to = params.get('to');
        const problem = rangeProblem(from, to);
        if (problem !== null || from === null || to === null) return jsonError(400, 'bad-query', problem ?? 'bad range');
        const rows = data()?.records ?? [];
        return HttpResponse.json({ records: rows.filter((row) => inRange(row, from, to)) });
      }),
    ),
    http.get(`${base}/scheme`, () =>
      respond(() =>
        options.scheme === undefined
          ? jsonError(404, 'not-found', 'this backend has no evaluation scheme of its own: use the built-in default')
          : HttpResponse.json(options.scheme as Parameters<typeof HttpResponse.json>[0]),
      ),
    ),
  ];
}

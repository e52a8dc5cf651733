import type { MonthKey } from '../src/domain';
import { generateDataset, type Dataset } from './generator';
import { generateHostileDataset, type HostileName, type InjectedBadRow } from './hostile';

/**
 * What the mock backend can play, for demos and tests:
 * - normal: one county, clean data with a handful of laggards
 * - large: a prefecture, 13 counties, ~2,000 offices
 * - hostile: normal data with bad rows mixed in and offices named like attacks
 * - slow: normal data, seconds of latency on every response
 * - error: HTTP 500 on every endpoint
 * - outage: normal data, but down (HTTP 503 or a network error) for a while, then up, in cycles
 */
export const SCENARIO_NAMES = ['normal', 'large', 'hostile', 'slow', 'error', 'outage'] as const;
export type ScenarioName = (typeof SCENARIO_NAMES)[number];

export function isScenarioName(value: unknown): value is ScenarioName {
  return typeof value === 'string' && (SCENARIO_NAMES as readonly string[]).includes(value);
}

/** The slow scenario's latency unless told otherwise. */
export const DEFAULT_SLOW_LATENCY_MS = 3000;

export function defaultLatencyMs(scenario: ScenarioName): number {
  return scenario === 'slow' ? DEFAULT_SLOW_LATENCY_MS : 0;
}

/** Which data a scenario serves; null when it serves none. */
export type DataKind = 'normal' | 'large' | 'hostile';

export function dataKind(scenario: ScenarioName): DataKind | null {
  switch (scenario) {
    case 'large':
      return 'large';
    case 'hostile':
      return 'hostile';
    case 'error':
      return null;
    case 'normal':
    case 'slow':
    case 'outage':
      return 'normal';
  }
}

/** What the endpoints serve: rows as they go on the wire, good and (for hostile) bad. */
export interface ServedData {
  offices: unknown[];
  records: unknown[];
  /** The bad rows mixed in (hostile only), each with the reason a validator should give. */
  injected: InjectedBadRow[];
  /** Offices with attack names (hostile only); they are valid and must show as plain text. */
  hostileNames: HostileName[];
  /** The clean data and its laggards. */
  dataset: Dataset;
}

export interface ServedDataOptions {
  seed?: number;
  endMonth: MonthKey;
  months?: number;
}

export function servedData(kind: DataKind, options: ServedDataOptions): ServedData {
  if (kind === 'hostile') {
    const hostile = generateHostileDataset(options);
    return { offices: hostile.offices, records: hostile.records, injected: hostile.injected, hostileNames: hostile.hostileNames, dataset: hostile.base };
  }
  const dataset = generateDataset({ ...options, scenario: kind });
  return { offices: dataset.offices, records: dataset.records, injected: [], hostileNames: [], dataset };
}

/**
 * The outage cycle, by the clock (seconds) or by request count. Counting requests makes tests
 * exact; seconds suit a big screen left running, which should see several outages and recoveries.
 */
export interface OutageOptions {
  upSeconds?: number;
  downSeconds?: number;
  /** When either count is given the cycle runs on requests, not on the clock. */
  upRequests?: number;
  downRequests?: number;
  /** How the backend is down: HTTP 503, a network error, or each in turn (the default). */
  failure?: 'http' | 'network' | 'alternate';
  /** The cycle starts down by default: "fails for a while, then recovers". */
  startWith?: 'down' | 'up';
}

export interface OutageCycle {
  unit: 'seconds' | 'requests';
  up: number;
  down: number;
  failure: 'http' | 'network' | 'alternate';
  startWith: 'down' | 'up';
}

export const DEFAULT_OUTAGE = { upSeconds: 90, downSeconds: 30, upRequests: 6, downRequests: 3 } as const;

export function resolveOutage(options: OutageOptions = {}): OutageCycle {
  const failure = options.failure ?? 'alternate';
  const startWith = options.startWith ?? 'down';
  const positive = (value: number | undefined, fallback: number, name: string) => {
    const v = value ?? fallback;
    if (!Number.isFinite(v) || v <= 0) throw new RangeError(`outage ${name} must be a positive number, got ${v}`);
    return v;
  };
  if (options.upRequests !== undefined || options.downRequests !== undefined) {
    return {
      unit: 'requests',
      up: Math.round(positive(options.upRequests, DEFAULT_OUTAGE.upRequests, 'upRequests')),
      down: Math.round(positive(options.downRequests, DEFAULT_OUTAGE.downRequests, 'downRequests')),
      failure,
      startWith,
    };
  }
  return {
    unit: 'seconds',
    up: positive(options.upSeconds, DEFAULT_OUTAGE.upSeconds, 'upSeconds'),
    down: positive(options.downSeconds, DEFAULT_OUTAGE.downSeconds, 'downSeconds'),
    failure,
    startWith,
  };
}

export type OutageState = { up: true } | { up: false; failure: 'http' | 'network' };

/**
 * Whether the backend is up at a moment: `elapsedMs` since the handlers were made, `request`
 * the 0-based number of this request. Pure, so the cycle is tested without waiting.
 */
export function outageState(cycle: OutageCycle, elapsedMs: number, request: number): OutageState {
  const position = cycle.unit === 'requests' ? request : Math.max(0, elapsedMs) / 1000;
  const length = cycle.up + cycle.down;
  const round = Math.floor(position / length);
  const within = position - round * length;
  const first = cycle.startWith === 'down' ? cycle.down : cycle.up;
  const inFirst = within < first;
  const down = cycle.startWith === 'down' ? inFirst : !inFirst;
  if (!down) return { up: true };
  const failure = cycle.failure === 'alternate' ? (round % 2 === 0 ? 'http' : 'network') : cycle.failure;
  return { up: false, failure };
}

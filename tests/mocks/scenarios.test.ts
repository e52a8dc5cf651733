import { describe, expect, test } from 'vitest';
import {
  DEFAULT_SLOW_LATENCY_MS,
  SCENARIO_NAMES,
  dataKind,
  defaultLatencyMs,
  isScenarioName,
  outageState,
  resolveOutage,
  servedData,
} from '../../mocks/scenarios';

describe('scenarios', () => {
  test('names', () => {
    expect(SCENARIO_NAMES).toEqual(['normal', 'large', 'hostile', 'slow', 'error', 'outage']);
    expect(isScenarioName('outage')).toBe(true);
    expect(isScenarioName('Normal')).toBe(false);
    expect(isScenarioName(undefined)).toBe(false);
  });

  test('slow, outage and normal serve the same data; error serves none', () => {
    expect(dataKind('slow')).toBe('normal');
    expect(dataKind('outage')).toBe('normal');
    expect(dataKind('large')).toBe('large');
    expect(dataKind('hostile')).toBe('hostile');
    expect(dataKind('error')).toBeNull();
    expect(defaultLatencyMs('slow')).toBe(DEFAULT_SLOW_LATENCY_MS);
    expect(DEFAULT_SLOW_LATENCY_MS).toBe(3000);
    expect(defaultLatencyMs('normal')).toBe(0);
  });

  test('served data for clean kinds has nothing injected', () => {
    const data = servedData('normal', { endMonth: '2025-06', months: 24 });
    expect(data.injected).toEqual([]);
    expect(data.hostileNames).toEqual([]);
    expect(data.records).toBe(data.dataset.records);
    expect(data.dataset.months).toHaveLength(24);
  });
});

describe('the outage cycle', () => {
  test('by requests: down first, then up, round after round, alternating the failure', () => {
    const cycle = resolveOutage({ downRequests: 2, upRequests: 3 });
    const states = Array.from({ length: 10 }, (_, i) => outageState(cycle, 0, i));
    expect(states.map((s) => (s.up ? 'up' : s.failure))).toEqual(['http', 'http', 'up', 'up', 'up', 'network', 'network', 'up', 'up', 'up']);
  });

  test('by seconds, starting up when asked, with one kind of failure', () => {
    const cycle = resolveOutage({ upSeconds: 10, downSeconds: 5, startWith: 'up', failure: 'http' });
    const at = (seconds: number) => outageState(cycle, seconds * 1000, 999);
    expect(at(0).up).toBe(true);
    expect(at(9.9).up).toBe(true);
    expect(at(10)).toEqual({ up: false, failure: 'http' });
    expect(at(14.9).up).toBe(false);
    expect(at(15).up).toBe(true);
    expect(at(25)).toEqual({ up: false, failure: 'http' });
    expect(at(3600 + 1).up).toBe(true); // still cycling an hour later: 3601 s is 1 s into round 240
  });

  test('defaults: by the clock, down for a while, then up for longer', () => {
    const cycle = resolveOutage();
    expect(cycle.unit).toBe('seconds');
    expect(cycle.up).toBeGreaterThan(cycle.down);
    expect(outageState(cycle, 0, 0).up).toBe(false);
    expect(outageState(cycle, cycle.down * 1000, 1).up).toBe(true);
  });

  test('refuses nonsense', () => {
    expect(() => resolveOutage({ upSeconds: 0 })).toThrow(RangeError);
    expect(() => resolveOutage({ downRequests: -1 })).toThrow(RangeError);
    expect(() => resolveOutage({ downSeconds: Number.NaN })).toThrow(RangeError);
  });
});

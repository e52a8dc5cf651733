import { describe, expect, test } from 'vitest';
import type { AppConfig } from '../../src/adapters/config';
import { DEFAULT_CONFIG } from './fixtures';
import { applyUrlOverrides } from '../../src/adapters/urlOverrides';

describe('applyUrlOverrides', () => {
  const demo: AppConfig = { ...DEFAULT_CONFIG, allowUrlOverride: true };
  const real: AppConfig = { ...DEFAULT_CONFIG, dataSource: { type: 'http', baseUrl: '/api/v1' } };
  const params = (query: string) => new URLSearchParams(query);

  test('ignored entirely unless the config allows it', () => {
    for (const query of ['scenario=hostile', 'source=http&baseUrl=http://evil.test/api', 'seed=9', 'source=mock']) {
      expect(applyUrlOverrides(real, params(query))).toBe(real);
      expect(applyUrlOverrides(DEFAULT_CONFIG, params(query))).toBe(DEFAULT_CONFIG);
    }
  });

  test('?scenario= and ?seed= switch the mock when allowed', () => {
    expect(applyUrlOverrides(demo, params('scenario=hostile&seed=42')).dataSource).toEqual({ type: 'mock', scenario: 'hostile', seed: 42 });
  });

  test('?source=http&baseUrl= points at another backend when allowed', () => {
    expect(applyUrlOverrides(demo, params('source=http&baseUrl=%2Fapi%2Fv2')).dataSource).toEqual({ type: 'http', baseUrl: '/api/v2' });
  });

  test('?source=mock leaves a real backend for the demo when allowed', () => {
    const allowedReal = { ...real, allowUrlOverride: true };
    expect(applyUrlOverrides(allowedReal, params('source=mock&scenario=slow')).dataSource).toEqual({ type: 'mock', scenario: 'slow' });
  });

  test('?outage=down,up puts the demo outage on a shorter clock (seconds)', () => {
    expect(applyUrlOverrides(demo, params('scenario=outage&outage=10,25')).dataSource).toEqual({
      type: 'mock',
      scenario: 'outage',
      outage: { downSeconds: 10, upSeconds: 25 },
    });
  });

  test('invalid values are ignored even when allowed', () => {
    for (const query of [
      'scenario=%3Cscript%3E',
      'seed=abc',
      'seed=1.5',
      'source=http',
      'source=http&baseUrl=javascript:alert(1)',
      'source=ftp',
      'outage=0,5',
      'outage=10',
      'outage=5,99999',
      'outage=-1,5',
    ]) {
      expect(applyUrlOverrides(demo, params(query))).toBe(demo);
    }
  });

  test('?scenario= does not turn a real backend into the mock', () => {
    const allowedReal = { ...real, allowUrlOverride: true };
    expect(applyUrlOverrides(allowedReal, params('scenario=hostile'))).toBe(allowedReal);
  });
});

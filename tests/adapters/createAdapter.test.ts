import { describe, expect, test } from 'vitest';
import { DEFAULT_CONFIG } from './fixtures';
import { createAdapter, MOCK_BASE_URL } from '../../src/adapters/createAdapter';
import { DEFAULT_TIMEOUT_MS } from '../../src/adapters/http/createHttpAdapter';

describe('createAdapter', () => {
  const documentBase = 'http://hall.test/dashboard/';

  test('http: the configured base URL, and its identity', () => {
    const adapter = createAdapter({ ...DEFAULT_CONFIG, dataSource: { type: 'http', baseUrl: '/api/v1' } }, { documentBase });
    expect(adapter.type).toBe('http');
    expect(adapter.id).toBe('http:http://hall.test/api/v1');
    expect(adapter.description).toBe('http://hall.test/api/v1');
  });

  test('mock: the http adapter against mock-api beside index.html, one identity per scenario and seed', () => {
    const normal = createAdapter(DEFAULT_CONFIG, { documentBase });
    const hostile = createAdapter({ ...DEFAULT_CONFIG, dataSource: { type: 'mock', scenario: 'hostile' } }, { documentBase });
    const seeded = createAdapter({ ...DEFAULT_CONFIG, dataSource: { type: 'mock', scenario: 'hostile', seed: 3 } }, { documentBase });
    expect(normal.type).toBe('mock');
    expect(normal.description).toBe(`http://hall.test/dashboard/${MOCK_BASE_URL}`);
    expect(new Set([normal.id, hostile.id, seeded.id]).size).toBe(3);
    expect(hostile.id).toContain('scenario=hostile');
    expect(seeded.id).toContain('seed=3');
  });

  test('the configured timeout is used, the default otherwise', async () => {
    const never: typeof fetch = (_input, init) =>
      new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(new Error('aborted'))));
    const adapter = createAdapter({ ...DEFAULT_CONFIG, dataSource: { type: 'http', baseUrl: '/api', timeoutMs: 1000 } }, { documentBase, fetch: never });
    const started = performance.now();
    await expect(adapter.getOffices()).rejects.toMatchObject({ kind: 'timeout' });
    expect(performance.now() - started).toBeGreaterThanOrEqual(990);
    expect(DEFAULT_TIMEOUT_MS).toBe(15_000);
  });
});

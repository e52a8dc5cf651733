import { describe, expect, test } from 'vitest';
import { createHttpAdapter } from '../../../src/adapters/http/createHttpAdapter';
import { DEFAULT_ROLLUP_THRESHOLD, readCapabilities } from '../../../src/adapters/http/v2';

const BASE = 'http://svc.test/api/v1';
const capabilities = {
  contract: '2.0',
  rollup: true,
  rollupThreshold: 100,
  uploads: true,
  offices: 250,
  regions: [
    { id: 'prov', name: '省', parentId: null, subtree: 250 },
    { id: 'city', name: '市', parentId: 'prov', subtree: 60 },
  ],
};

function server(routes: Record<string, unknown>) {
  const asked: string[] = [];
  const fetch = (async (input: RequestInfo | URL) => {
    const url = String(input);
    asked.push(url.slice(BASE.length));
    const path = new URL(url).pathname.replace('/api/v1/', '');
    const body = routes[path];
    if (body === undefined) return new Response('{"error":"not-found"}', { status: 404, headers: { 'content-type': 'application/json' } });
    return new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
  }) as typeof globalThis.fetch;
  return { fetch, asked };
}

describe('http adapter: contract v2', () => {
  test('a v1 backend (404 on capabilities) is read as v1', async () => {
    const backend = server({});
    const adapter = createHttpAdapter({ baseUrl: BASE, fetch: backend.fetch });
    expect(await adapter.getCapabilities!()).toBeNull();
  });

  test('the mock adapter never asks', () => {
    const adapter = createHttpAdapter({ baseUrl: BASE, type: 'mock', fetch: server({}).fetch });
    expect(adapter.getCapabilities).toBeUndefined();
    expect(adapter.forScope).toBeUndefined();
  });

  test('capabilities are read defensively, with the default threshold when none is stated', () => {
    expect(readCapabilities({ contract: '1.1' })).toBeNull();
    expect(readCapabilities({ contract: '2.0', rollup: true, regions: [{ id: 'x', parentId: null, subtree: 3 }, 'junk'] })).toMatchObject({
      rollupThreshold: DEFAULT_ROLLUP_THRESHOLD,
      regions: [{ id: 'x', subtree: 3 }],
    });
  });

  test('a scope over the threshold is read as its roll-up, a small one as its subtree, each under its own id', async () => {
    const backend = server({
      offices: { offices: [{ id: 'prov', name: '省', kind: 'region', parentId: null }] },
      records: { records: [] },
    });
    const adapter = createHttpAdapter({ baseUrl: BASE, fetch: backend.fetch });
    const caps = readCapabilities(capabilities)!;
    const root = adapter.forScope!(undefined, caps);
    const city = adapter.forScope!('city', caps);
    const unknown = adapter.forScope!('nowhere', caps);
    expect(root.id).toBe(`${adapter.id}#scope=prov&rollup`);
    expect(city.id).toBe(`${adapter.id}#scope=city`);
    expect(unknown.id).toBe(root.id);
    await root.getOffices();
    await root.getRecords({ from: '2025-01', to: '2025-02', officeIds: new Set(['prov']) });
    await city.getOffices();
    expect(backend.asked).toEqual(['/offices?scope=prov&rollup=1', '/records?from=2025-01&to=2025-02&scope=prov&rollup=1', '/offices?scope=city']);
  });
});

import { afterEach, describe, expect, test } from 'vitest';
import type { SetupServer } from 'msw/node';
import type { MonthlyRecord, Office } from '../../src/domain';
import { generateDataset } from '../../mocks/generator';
import { cachedServedData, type MockOptions } from '../../mocks/handlers';
import { generateHostileDataset } from '../../mocks/hostile';
import { createMockServer } from '../../mocks/node';
import { defaultLatencyMs, SCENARIO_NAMES } from '../../mocks/scenarios';

const BASE = 'http://mock.test/api';
const END = '2025-10';
let server: SetupServer | undefined;

function serve(options: Partial<MockOptions> & Pick<MockOptions, 'scenario'>) {
  server?.close();
  server = createMockServer({ baseUrl: BASE, endMonth: END, ...options });
  server.listen({ onUnhandledRequest: 'error' });
}

afterEach(() => {
  server?.close();
  server = undefined;
});

async function getJson(path: string): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${BASE}${path}`);
  return { status: response.status, body: await response.json() };
}

const clean = generateDataset({ scenario: 'normal', endMonth: END });

describe('the contract endpoints', () => {
  test('GET /offices serves the offices of the dataset', async () => {
    serve({ scenario: 'normal' });
    const { status, body } = await getJson('/offices');
    expect(status).toBe(200);
    expect((body as { offices: Office[] }).offices).toEqual(clean.offices);
  });

  test('GET /records serves exactly the months asked for, both ends inclusive', async () => {
    serve({ scenario: 'normal' });
    const { status, body } = await getJson('/records?from=2025-08&to=2025-10');
    expect(status).toBe(200);
    const records = (body as { records: MonthlyRecord[] }).records;
    expect(records).toEqual(clean.records.filter((r) => r.month >= '2025-08' && r.month <= '2025-10'));
    expect(new Set(records.map((r) => r.month))).toEqual(new Set(['2025-08', '2025-09', '2025-10']));

    const one = await getJson('/records?from=2024-02&to=2024-02');
    expect((one.body as { records: MonthlyRecord[] }).records.every((r) => r.month === '2024-02')).toBe(true);
    const outside = await getJson('/records?from=2019-01&to=2019-12');
    expect(outside.body).toEqual({ records: [] });
  });

  test.each([
    ['', /required/],
    ['?from=2025-01', /required/],
    ['?from=2025-13&to=2025-10', /'from' is not a month/],
    ['?from=2025-01&to=25-3', /'to' is not a month/],
    ['?from=2025-06&to=2025-01', /after/],
  ])('GET /records%s answers 400 with a JSON error', async (query, detail) => {
    serve({ scenario: 'normal' });
    const { status, body } = await getJson(`/records${query}`);
    expect(status).toBe(400);
    expect(body).toMatchObject({ error: 'bad-query' });
    expect((body as { detail: string }).detail).toMatch(detail);
  });

  test('GET /scheme is 404 (use the built-in default) unless a scheme is given', async () => {
    serve({ scenario: 'normal' });
    expect((await getJson('/scheme')).status).toBe(404);
    const scheme = { version: 1, id: 'county-2025', name: '2025年度考核方案', indicators: [], cardRules: [] };
    serve({ scenario: 'normal', scheme });
    expect(await getJson('/scheme')).toEqual({ status: 200, body: scheme });
  });

  test('the default base matches …/mock-api/ under any origin and path', async () => {
    server = createMockServer({ scenario: 'normal', endMonth: END });
    server.listen({ onUnhandledRequest: 'error' });
    for (const url of ['http://localhost:4173/mock-api/offices', 'https://hall.example.gov.cn/dashboard/v2/mock-api/offices']) {
      const response = await fetch(url);
      expect(response.status, url).toBe(200);
      expect(((await response.json()) as { offices: Office[] }).offices).toHaveLength(clean.offices.length);
    }
  });

  test('the end month defaults to the last complete month before now()', async () => {
    serve({ scenario: 'normal', endMonth: undefined, now: () => new Date(2024, 6, 15, 12).getTime() });
    const { body } = await getJson('/records?from=2000-01&to=2099-12');
    const months = (body as { records: MonthlyRecord[] }).records.map((r) => r.month).sort();
    expect(months[months.length - 1]).toBe('2024-06');
    expect(months[0]).toBe('2021-07');
  });

  test('the dataset is generated once per options, not per request', () => {
    expect(cachedServedData('normal', 1, '2025-03', 36)).toBe(cachedServedData('normal', 1, '2025-03', 36));
    expect(cachedServedData('normal', 2, '2025-03', 36)).not.toBe(cachedServedData('normal', 1, '2025-03', 36));
  });
});

describe('scenarios over HTTP', () => {
  test('large serves the prefecture', async () => {
    serve({ scenario: 'large' });
    const offices = ((await getJson('/offices')).body as { offices: Office[] }).offices;
    expect(offices.length).toBeGreaterThan(1_700);
    expect(offices.filter((o) => o.kind === 'region')).toHaveLength(14);
  });

  test('hostile serves the clean rows plus exactly the injected bad rows', async () => {
    serve({ scenario: 'hostile' });
    const hostile = generateHostileDataset({ endMonth: END });
    const offices = ((await getJson('/offices')).body as { offices: unknown[] }).offices;
    const records = ((await getJson(`/records?from=${clean.months[0]}&to=${END}`)).body as { records: unknown[] }).records;
    expect(offices).toEqual(hostile.offices);
    expect(records).toEqual(hostile.records);
    const served = new Set(records.map((r) => JSON.stringify(r)));
    for (const bad of hostile.injected.filter((b) => b.table === 'records')) expect(served.has(JSON.stringify(bad.row)), bad.note).toBe(true);
    // Rows that break a consistency rule are served in place of a clean row; the others are added.
    expect(records.length - clean.records.length).toBe(hostile.injected.filter((b) => b.table === 'records' && !b.replaces).length);
  });

  test('hostile rows without a usable month go out whatever range is asked', async () => {
    serve({ scenario: 'hostile' });
    const records = ((await getJson('/records?from=2024-01&to=2024-01')).body as { records: unknown[] }).records;
    const unplaceable = records.filter((r) => typeof r !== 'object' || r === null || !/^\d{4}-(0[1-9]|1[0-2])$/.test(String((r as { month?: unknown }).month)));
    expect(unplaceable.length).toBe(5); // three malformed months, null and a string
  });

  test('error answers 500 on every endpoint', async () => {
    serve({ scenario: 'error' });
    for (const path of ['/offices', `/records?from=${END}&to=${END}`, '/scheme']) {
      const { status, body } = await getJson(path);
      expect(status, path).toBe(500);
      expect(body).toMatchObject({ error: 'internal' });
    }
  });

  test('outage fails for a while, then recovers, again and again (by request count)', async () => {
    serve({ scenario: 'outage', outage: { downRequests: 2, upRequests: 2, failure: 'http' } });
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++) statuses.push((await fetch(`${BASE}/offices`)).status);
    expect(statuses).toEqual([503, 503, 200, 200, 503, 503, 200, 200]);
  });

  test('outage by the clock, with a network error in the second round', async () => {
    let clock = 1_000_000;
    serve({ scenario: 'outage', now: () => clock, outage: { downSeconds: 10, upSeconds: 20 } });
    const first = await fetch(`${BASE}/offices`);
    expect(first.status).toBe(503);
    expect(first.headers.get('Retry-After')).toBe('10');
    clock += 10_000;
    expect((await fetch(`${BASE}/records?from=${END}&to=${END}`)).status).toBe(200);
    clock += 19_000;
    expect((await fetch(`${BASE}/offices`)).status).toBe(200);
    clock += 1_000;
    await expect(fetch(`${BASE}/offices`)).rejects.toThrow(TypeError);
    clock += 10_000;
    expect((await fetch(`${BASE}/offices`)).status).toBe(200);
  });

  test('latency is applied before each answer', async () => {
    serve({ scenario: 'slow', latencyMs: 120 });
    const started = performance.now();
    const response = await fetch(`${BASE}/offices`);
    expect(response.status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(110);

    // Unless told otherwise, slow means seconds: a client that gives up after 300 ms gets nothing.
    serve({ scenario: 'slow' });
    await expect(fetch(`${BASE}/offices`, { signal: AbortSignal.timeout(300) })).rejects.toThrow();

    // The other scenarios answer at once (how fast is printed by `npm run bench:adapters`).
    for (const scenario of SCENARIO_NAMES.filter((name) => name !== 'slow')) expect(defaultLatencyMs(scenario), scenario).toBe(0);
  });
});

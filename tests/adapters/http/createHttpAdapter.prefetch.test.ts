import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { AdapterError } from '../../../src/adapters/errors';
import { createHttpAdapter, PREFETCH_KEEP_MS } from '../../../src/adapters/http/createHttpAdapter';
import { BASE_URL, contractHandlers, goodRecord, QUERY } from '../fixtures';

const server = setupServer(...contractHandlers());
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

/** Counts the records requests the server sees, answering with `rows` (or a failure first). */
function countRecords(rows: unknown[], failFirst = false) {
  let requests = 0;
  server.use(
    http.get(`${BASE_URL}/records`, () => {
      requests++;
      if (failFirst && requests === 1) return HttpResponse.json({ error: 'busy' }, { status: 503 });
      return HttpResponse.json({ records: rows });
    }),
  );
  return () => requests;
}

describe('http adapter: records prefetched beside the offices', () => {
  const range = { from: QUERY.from, to: QUERY.to };

  test('one request serves the prefetch and the getRecords after it, validated against the offices given then', async () => {
    const requests = countRecords([goodRecord('county', '2025-01'), goodRecord('ghost', '2025-02')]);
    const adapter = createHttpAdapter({ baseUrl: BASE_URL, timeoutMs: 2000 });
    adapter.prefetchRecords!(range);
    adapter.prefetchRecords!(range);
    const result = await adapter.getRecords(QUERY);
    expect(requests()).toBe(1);
    expect(result.records.map((record) => record.officeId)).toEqual(['county']);
    expect(result.quality.issues).toEqual([expect.objectContaining({ row: 2, reason: 'unknown-office' })]);
    // Used once: the next call asks the server again.
    await adapter.getRecords(QUERY);
    expect(requests()).toBe(2);
  });

  test('a prefetch that failed is asked again by getRecords, which then succeeds', async () => {
    const requests = countRecords([goodRecord('county', '2025-01')], true);
    const adapter = createHttpAdapter({ baseUrl: BASE_URL, timeoutMs: 2000 });
    adapter.prefetchRecords!(range);
    const result = await adapter.getRecords(QUERY);
    expect(requests()).toBe(2);
    expect(result.records).toHaveLength(1);
  });

  test('a prefetch older than its keep time is never served: the data would be stale', async () => {
    const requests = countRecords([goodRecord('county', '2025-01')]);
    let clock = 1_000_000;
    const adapter = createHttpAdapter({ baseUrl: BASE_URL, timeoutMs: 2000, now: () => clock });
    adapter.prefetchRecords!(range);
    clock += PREFETCH_KEEP_MS + 1;
    await adapter.getRecords(QUERY);
    expect(requests()).toBe(2);
  });

  test('another range is fetched on its own', async () => {
    const requests = countRecords([goodRecord('county', '2025-01')]);
    const adapter = createHttpAdapter({ baseUrl: BASE_URL, timeoutMs: 2000 });
    adapter.prefetchRecords!({ from: '2024-01', to: '2024-12' });
    await adapter.getRecords(QUERY);
    expect(requests()).toBe(2);
  });

  test('a caller that cancelled while the prefetch was on its way gets "aborted", not data', async () => {
    countRecords([goodRecord('county', '2025-01')]);
    const adapter = createHttpAdapter({ baseUrl: BASE_URL, timeoutMs: 2000 });
    adapter.prefetchRecords!(range);
    const controller = new AbortController();
    const call = adapter.getRecords(QUERY, { signal: controller.signal });
    controller.abort();
    await expect(call).rejects.toSatisfy((error: unknown) => error instanceof AdapterError && error.kind === 'aborted');
  });
});

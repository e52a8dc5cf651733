import type { ReactNode } from 'react';
import { renderHook, waitFor } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { createHttpAdapter } from '../../src/adapters/http/createHttpAdapter';
import { loadWindow } from '../../src/data/queries';
import { queryKeys } from '../../src/data/queryKeys';
import { startFirstLoad } from '../../src/data/useFirstLoad';
import { useDataset } from '../../src/data/useDataset';
import { goodRecords, OFFICES } from '../adapters/fixtures';
import { AppProviders, createTestQueryClient } from '../render';

const BASE = 'http://svc.test/api/v1';

/** A backend that answers the contract and says what was asked, in order; `capabilities` as given (undefined: 404, a number: that status). */
function backend(capabilities?: unknown) {
  const asked: string[] = [];
  const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  const fetch = (async (input: RequestInfo | URL) => {
    const url = new URL(String(input));
    const path = url.pathname.replace('/api/v1/', '');
    asked.push(path + url.search);
    if (path === 'offices') return json({ offices: OFFICES });
    if (path === 'records') return json({ records: goodRecords() });
    if (path === 'capabilities' && typeof capabilities === 'number') return json({ error: 'busy' }, capabilities);
    if (path === 'capabilities' && capabilities !== undefined) return json(capabilities);
    return json({ error: 'not-found' }, 404);
  }) as typeof globalThis.fetch;
  const count = (path: string) => asked.filter((url) => url.split('?')[0] === path).length;
  return { fetch, asked, count };
}

/** The screen's hook mounted after the first load was started, as the router does it. */
async function loadThenMount(server: ReturnType<typeof backend>, timeout = 1000) {
  const adapter = createHttpAdapter({ baseUrl: BASE, fetch: server.fetch });
  const queryClient = createTestQueryClient();
  startFirstLoad(queryClient, adapter, undefined, loadWindow(new Date()));
  // The records are asked for before any screen's code has mounted.
  await waitFor(() => expect(server.count('records')).toBe(1), { timeout });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <AppProviders adapter={adapter} queryClient={queryClient}>
      {children}
    </AppProviders>
  );
  const hook = renderHook(() => useDataset(), { wrapper });
  await waitFor(() => expect(hook.result.current.dataset).toBeDefined());
  return hook.result.current.dataset!;
}

describe('a source’s first load, started before the screens', () => {
  test('v1 source: offices, records and scheme asked once each, the records beside the offices; the screen uses them', async () => {
    const server = backend();
    const dataset = await loadThenMount(server);
    expect(server.count('records')).toBe(1);
    expect(server.count('offices')).toBe(1);
    expect(server.count('scheme')).toBe(1);
    expect(server.count('capabilities')).toBe(1);
    expect(dataset.recordsQuality.accepted).toBe(goodRecords().length);
  });

  test('v2 source: the scope’s records are asked for once, with its scope, and the screen’s scoped reader takes them', async () => {
    const server = backend({ contract: '2.0', rollup: false, regions: [{ id: 'county', name: '县', parentId: null, subtree: OFFICES.length }] });
    const dataset = await loadThenMount(server);
    const records = server.asked.filter((url) => url.startsWith('records'));
    expect(records).toHaveLength(1);
    expect(records[0]).toContain('scope=county');
    expect(dataset.recordsQuality.accepted).toBe(goodRecords().length);
  });

  test('capabilities failing (an outage): nothing loaded, the screen says so; once the source answers, only its scope is read', async () => {
    let capabilities: unknown = 503;
    const server = backend(undefined);
    const fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
      const url = new URL(String(input));
      if (url.pathname.endsWith('/capabilities') && typeof capabilities === 'number') {
        server.asked.push('capabilities');
        return new Response('{"error":"busy"}', { status: capabilities, headers: { 'content-type': 'application/json' } });
      }
      if (url.pathname.endsWith('/capabilities')) {
        server.asked.push('capabilities');
        return new Response(JSON.stringify(capabilities), { status: 200, headers: { 'content-type': 'application/json' } });
      }
      return server.fetch(input, init);
    }) as typeof globalThis.fetch;
    const adapter = createHttpAdapter({ baseUrl: BASE, fetch });
    const queryClient = createTestQueryClient();
    startFirstLoad(queryClient, adapter, undefined, loadWindow(new Date()));
    const wrapper = ({ children }: { children: ReactNode }) => (
      <AppProviders adapter={adapter} queryClient={queryClient}>
        {children}
      </AppProviders>
    );
    const hook = renderHook(() => useDataset(), { wrapper });
    // Asked twice (retry: 1, after react-query's one-second delay), then shown as the screen's error.
    await waitFor(() => expect(hook.result.current.error).not.toBeNull(), { timeout: 4000 });
    expect(hook.result.current.retrying).toBe(true);
    expect(server.count('records') + server.count('offices')).toBe(0);
    // The source is back, a v2 service: the next question (the screen's back-off) reads the scope only.
    capabilities = { contract: '2.0', rollup: false, regions: [{ id: 'county', name: '县', parentId: null, subtree: OFFICES.length }] };
    await queryClient.refetchQueries({ queryKey: queryKeys.capabilities(adapter.id) });
    await waitFor(() => expect(hook.result.current.dataset).toBeDefined());
    const records = server.asked.filter((url) => url.startsWith('records'));
    expect(records).toHaveLength(1);
    expect(records[0]).toContain('scope=county');
    expect(server.asked.filter((url) => url.startsWith('offices')).every((url) => url.includes('scope=county'))).toBe(true);
  }, 10_000);
});

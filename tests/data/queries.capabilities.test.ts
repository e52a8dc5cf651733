import { QueryClient } from '@tanstack/react-query';
import { describe, expect, test } from 'vitest';
import type { DataAdapter } from '../../src/adapters/types';
import { CAPABILITIES_REFRESH_MS, capabilitiesQueryOptions } from '../../src/data/queries';

const adapter = { id: 'http:/api', getCapabilities: async () => null } as unknown as DataAdapter;

/** The interval react-query would use for the capabilities query in the given state. */
function intervalAfter(refetchMs: number | false, status: 'success' | 'error') {
  const options = capabilitiesQueryOptions(adapter, refetchMs);
  const client = new QueryClient();
  const query = client.getQueryCache().build(client, options as never);
  query.setState({ status, data: null });
  const interval = options.refetchInterval;
  return typeof interval === 'function' ? interval(query as never) : interval;
}

describe('how often a source is asked what it is', () => {
  test('answered (v1 says 404, v2 its capabilities): hourly, not at every refresh of a wall screen', () => {
    expect(intervalAfter(60_000, 'success')).toBe(CAPABILITIES_REFRESH_MS);
    expect(intervalAfter(2 * CAPABILITIES_REFRESH_MS, 'success')).toBe(2 * CAPABILITIES_REFRESH_MS);
  });

  test('failed (an outage): at the screen’s own pace, so it reads its source the right way soon after', () => {
    expect(intervalAfter(60_000, 'error')).toBe(60_000);
  });

  test('a screen that does not refresh does not ask again', () => {
    expect(intervalAfter(false, 'success')).toBe(false);
    expect(intervalAfter(false, 'error')).toBe(false);
  });
});

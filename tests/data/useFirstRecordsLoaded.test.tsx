import { act, renderHook } from '@testing-library/react';
import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { queryKeys } from '../../src/data/queryKeys';
import { useFirstRecordsLoaded } from '../../src/data';

describe('useFirstRecordsLoaded', () => {
  it('turns true when records arrive, not when the office list or the scheme does', () => {
    const client = new QueryClient();
    const { result } = renderHook(() => useFirstRecordsLoaded(client));
    expect(result.current).toBe(false);
    act(() => {
      client.setQueryData(queryKeys.offices('http:/api'), { offices: [] });
      client.setQueryData(queryKeys.scheme('http:/api'), null);
    });
    expect(result.current).toBe(false);
    act(() => void client.setQueryData(queryKeys.records('http:/api', '2025-01', '2025-12', 1), { records: [] }));
    expect(result.current).toBe(true);
  });
});

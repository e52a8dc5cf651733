import { useEffect } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { DataAdapter } from '../adapters/types';
import { prefetchRecordsOnFirstLoad, type LoadWindow } from './queries';

/**
 * On a first load, asks for the window's records beside the offices rather than after them
 * (prefetchRecordsOnFirstLoad). Runs in the same commit in which the offices query starts its
 * fetch; the offices query function itself only fetches offices.
 */
export function usePrefetchRecords(adapter: DataAdapter, window: LoadWindow, enabled = true): void {
  const client = useQueryClient();
  useEffect(() => {
    if (enabled) prefetchRecordsOnFirstLoad(client, adapter, window);
  }, [client, adapter, window, enabled]);
}

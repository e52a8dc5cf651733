import { useEffect, useState } from 'react';
import type { QueryClient } from '@tanstack/react-query';
import { isRecordsKey } from './queryKeys';

/**
 * True once some source's monthly records have arrived: from then on the first screen has what it
 * draws, and work that can wait (fetching code for later) no longer competes with its download.
 */
export function useFirstRecordsLoaded(client: QueryClient): boolean {
  const [loaded, setLoaded] = useState(false);
  useEffect(() => {
    if (loaded) return;
    const cache = client.getQueryCache();
    const check = () => {
      if (cache.getAll().some((query) => isRecordsKey(query.queryKey) && query.state.status === 'success')) setLoaded(true);
    };
    check();
    return cache.subscribe(check);
  }, [client, loaded]);
  return loaded;
}

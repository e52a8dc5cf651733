import { QueryClient } from '@tanstack/react-query';
import { retryDelay, shouldRetry } from './retry';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: shouldRetry,
        retryDelay,
        // Numbers change monthly; refetching on every focus would only add load on the backend.
        refetchOnWindowFocus: false,
        staleTime: 60_000,
        // Keep the last good data through failed refreshes (the screens show a stale notice).
        gcTime: 30 * 60_000,
      },
    },
  });
}

import { isAdapterError } from '../adapters/errors';

/**
 * Retry what may pass on the next try (network, timeout, 5xx, 408, 429), not what cannot
 * (a payload that breaks the contract, a 404, a cancelled request).
 */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (failureCount >= 3) return false;
  if (!isAdapterError(error)) return false;
  switch (error.kind) {
    case 'network':
    case 'timeout':
      return true;
    case 'http':
      return error.status === undefined || error.status >= 500 || error.status === 408 || error.status === 429;
    default:
      return false;
  }
}

/** 1 s, 2 s, 4 s … capped at 30 s. */
export function retryDelay(attempt: number): number {
  return Math.min(30_000, 1000 * 2 ** attempt);
}

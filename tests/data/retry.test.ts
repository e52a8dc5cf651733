import { describe, expect, test } from 'vitest';
import { AdapterError } from '../../src/adapters/errors';
import { retryDelay, shouldRetry } from '../../src/data/retry';

describe('retry policy', () => {
  test('retries what can pass on retry', () => {
    expect(shouldRetry(0, new AdapterError('network', '/x', 'down'))).toBe(true);
    expect(shouldRetry(0, new AdapterError('timeout', '/x', 'slow'))).toBe(true);
    expect(shouldRetry(1, new AdapterError('http', '/x', 'err', 503))).toBe(true);
  });

  test('does not retry what cannot', () => {
    expect(shouldRetry(0, new AdapterError('invalid-payload', '/x', 'bad'))).toBe(false);
    expect(shouldRetry(0, new AdapterError('http', '/x', 'nf', 404))).toBe(false);
    expect(shouldRetry(0, new Error('bug'))).toBe(false);
    expect(shouldRetry(3, new AdapterError('network', '/x', 'down'))).toBe(false);
  });

  test('backs off exponentially with a cap', () => {
    expect([0, 1, 2, 10].map(retryDelay)).toEqual([1000, 2000, 4000, 30000]);
  });
});

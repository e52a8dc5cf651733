/**
 * Back-off after failed fetches, shared by the big screen (useScreenData) and the everyday screens
 * (useDataset): the first retry 5 s after a failure, then 10 s, 20 s … up to the refresh interval.
 */
/** The first retry after a failed refresh; each further failure doubles it, up to the refresh interval. */
export const SCREEN_FIRST_RETRY_MS = 5_000;

/**
 * When a big screen asks again: every `refreshMs` while the backend answers; after failures
 * 5 s, 10 s, 20 s … but never later than a normal refresh would.
 */
export function screenRetryDelay(failures: number, refreshMs: number): number {
  if (failures <= 0) return refreshMs;
  // 2 ** 30 is far past any cap; the exponent is bounded so the product stays a finite number.
  return Math.min(refreshMs, SCREEN_FIRST_RETRY_MS * 2 ** Math.min(failures - 1, 30));
}

/** What the back-off reads of a query's state (react-query's QueryState has these). */
export interface FailureState {
  status: 'pending' | 'error' | 'success';
  dataUpdateCount: number;
  errorUpdateCount: number;
}

const failureMarks = new WeakMap<object, { successes: number; errorsBefore: number }>();

/**
 * Failed fetches in a row since the last success. react-query counts failures only within one
 * fetch (its retries) and resets the count when the next fetch starts, so the count across
 * refreshes is kept here: the number of errors when the last success was seen.
 */
export function consecutiveFailures(query: { state: FailureState }): number {
  const { status, dataUpdateCount, errorUpdateCount } = query.state;
  let mark = failureMarks.get(query);
  if (!mark || mark.successes !== dataUpdateCount) {
    // First seen in error: this is its first failure since whatever success came before.
    mark = { successes: dataUpdateCount, errorsBefore: status === 'error' ? errorUpdateCount - 1 : errorUpdateCount };
    failureMarks.set(query, mark);
  }
  return status === 'error' ? Math.max(1, errorUpdateCount - mark.errorsBefore) : 0;
}

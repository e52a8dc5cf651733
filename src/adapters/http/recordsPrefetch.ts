import type { JsonResult } from './getJson';

/** How long a prefetched records response waits for its getRecords before it is dropped (never served stale). */
export const PREFETCH_KEEP_MS = 20_000;

/**
 * Records responses started before their getRecords (a first load asks for them beside the
 * offices), by URL. Each is used at most once; one not taken in time is let go rather than held.
 */
export interface RecordsPrefetch {
  start(url: string): void;
  /** The response started for this URL, once; null when none was started or it is too old. */
  take(url: string): Promise<JsonResult | null> | null;
}

export function createRecordsPrefetch(get: (url: string) => Promise<JsonResult>, now: () => number): RecordsPrefetch {
  const started = new Map<string, { at: number; response: Promise<JsonResult | null>; timer: ReturnType<typeof setTimeout> }>();
  const fresh = (entry: { at: number } | undefined) => entry !== undefined && now() - entry.at <= PREFETCH_KEEP_MS;
  return {
    start(url) {
      if (fresh(started.get(url))) return;
      const at = now();
      // Not taken in time: let it go. The timer holds only the URL and the time: a timer holding the
      // entry kept a province's parsed records (~120 MB of objects) alive for 20 s after they were used.
      const timer = setTimeout(() => {
        if (started.get(url)?.at === at) started.delete(url);
      }, PREFETCH_KEEP_MS);
      // A prefetch that failed is not the caller's failure: getRecords then asks again itself.
      started.set(url, { at, response: get(url).catch(() => null), timer });
    },
    take(url) {
      const entry = started.get(url);
      if (!entry) return null;
      started.delete(url);
      clearTimeout(entry.timer);
      return fresh(entry) ? entry.response : null;
    },
  };
}

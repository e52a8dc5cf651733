import { createContext, useContext, useState } from 'react';

interface Kept {
  deps: readonly unknown[];
  value: unknown;
}

/** The screen's kept results, one per key: as long-lived as the screen, not as its pages. */
export type KeptMemos = Map<string, Kept>;

export const KeptMemoContext = createContext<KeptMemos | null>(null);

function sameDeps(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((value, index) => Object.is(value, b[index]));
}

/**
 * useMemo whose result outlives the component. A rotating page is mounted afresh each time it
 * comes round (its charts are disposed with it), and useMemo would recompute its figures and chart
 * options on every return although the data has not changed: for the alerts page that is twelve
 * months of cards evaluated again every few seconds. Kept under `key` in the screen's store, the
 * result is recomputed only when a dependency changes (compared with Object.is, as useMemo does).
 * Outside a screen (a page rendered alone in a test) it behaves as a plain per-component memo.
 */
export function useKeptMemo<T>(key: string, compute: () => T, deps: readonly unknown[]): T {
  const screen = useContext(KeptMemoContext);
  const [own] = useState<KeptMemos>(() => new Map());
  const store = screen ?? own;
  const kept = store.get(key);
  if (kept && sameDeps(kept.deps, deps)) return kept.value as T;
  const value = compute();
  store.set(key, { deps, value });
  return value;
}

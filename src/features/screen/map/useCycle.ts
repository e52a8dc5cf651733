import { useCallback, useEffect, useRef, useState } from 'react';

/** How long each region stays highlighted, and how long a clicked one is held before the tour goes on. */
export const CYCLE_STEP_MS = 6000;
export const CYCLE_HOLD_MS = 30_000;

/**
 * A tour of `count` items, one at a time, while the page is on show: the map highlights each region
 * in turn with its figures beside it. A click holds the chosen one for a while. One timeout at a
 * time, none while paused (the page hidden, the screen paused).
 */
export function useCycle(count: number, paused: boolean, stepMs = CYCLE_STEP_MS, holdMs = CYCLE_HOLD_MS): { index: number; select: (index: number) => void } {
  const [index, setIndex] = useState(0);
  const [held, setHeld] = useState(0);
  const countRef = useRef(count);
  countRef.current = count;

  useEffect(() => {
    if (paused || count < 2) return;
    const timer = setTimeout(
      () => {
        setHeld(0);
        setIndex((value) => (value + 1) % Math.max(1, countRef.current));
      },
      held > 0 ? holdMs : stepMs,
    );
    return () => clearTimeout(timer);
  }, [paused, count, index, held, stepMs, holdMs]);

  const select = useCallback((next: number) => {
    setIndex(next);
    setHeld((value) => value + 1);
  }, []);
  return { index: count > 0 ? index % count : 0, select };
}

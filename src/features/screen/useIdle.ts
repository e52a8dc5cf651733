import { useEffect, useRef, useState } from 'react';

/** How long the pointer must rest before the controls fade. */
export const CONTROLS_IDLE_MS = 3000;
/** The controls show this long after the screen opens, so whoever set it up sees where they are. */
export const CONTROLS_FIRST_MS = 6000;

/**
 * True once the pointer and the keys have been still for `idleMs`: the controls and the cursor go
 * away on a wall nobody touches, and come back at the first movement. One timeout at a time, none
 * at all while idle.
 */
export function useIdle(idleMs: number = CONTROLS_IDLE_MS, firstMs: number = CONTROLS_FIRST_MS): boolean {
  const [idle, setIdle] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const lastWake = useRef(0);

  useEffect(() => {
    const arm = (ms: number) => {
      if (timer.current !== null) clearTimeout(timer.current);
      timer.current = setTimeout(() => {
        timer.current = null;
        setIdle(true);
      }, ms);
    };
    const wake = () => {
      const now = Date.now();
      // A moving mouse sends dozens of events a second: re-arm at most every 200 ms.
      if (timer.current !== null && now - lastWake.current < 200) return;
      lastWake.current = now;
      setIdle(false);
      arm(idleMs);
    };
    arm(firstMs);
    window.addEventListener('pointermove', wake, { passive: true });
    window.addEventListener('pointerdown', wake, { passive: true });
    window.addEventListener('keydown', wake);
    return () => {
      if (timer.current !== null) clearTimeout(timer.current);
      timer.current = null;
      window.removeEventListener('pointermove', wake);
      window.removeEventListener('pointerdown', wake);
      window.removeEventListener('keydown', wake);
    };
  }, [idleMs, firstMs]);
  return idle;
}

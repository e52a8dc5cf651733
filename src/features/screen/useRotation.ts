import { useEffect, useMemo, useRef, useState } from 'react';
import { createRotation, type Rotation, type RotationState } from './rotation';

export interface RotationControls {
  toggle: () => void;
  next: () => void;
  previous: () => void;
}

/**
 * The rotation of the screen's pages. It is made once per page list and interval, never per
 * render or per data refresh, so a refresh can neither restart nor speed it up; it is disposed
 * with its timer when the screen goes away.
 */
export function useRotation(pageCount: number, periodMs: number): { state: RotationState; controls: RotationControls } {
  const [state, setState] = useState<RotationState>(() => ({
    page: 0,
    paused: false,
    pageStartedAt: Date.now(),
    nextSwitchAt: null,
    remainingMs: periodMs,
    switches: 0,
  }));
  const rotation = useRef<Rotation | null>(null);

  useEffect(() => {
    const created = createRotation({ pageCount, periodMs: Math.max(1, periodMs), auto: periodMs > 0, onChange: setState });
    rotation.current = created;
    setState(created.state());
    return () => {
      created.dispose();
      if (rotation.current === created) rotation.current = null;
    };
  }, [pageCount, periodMs]);

  const controls = useMemo<RotationControls>(
    () => ({
      toggle: () => rotation.current?.toggle(),
      next: () => rotation.current?.next(),
      previous: () => rotation.current?.previous(),
    }),
    [],
  );
  return { state, controls };
}

/** Space pauses and resumes; the arrow keys (and a remote's page keys) step through the pages. */
export function useScreenKeys(controls: RotationControls): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented) return;
      const target = event.target as HTMLElement | null;
      if (target && /^(INPUT|SELECT|TEXTAREA|BUTTON)$/.test(target.tagName)) return;
      if (event.key === ' ' || event.key === 'Spacebar') {
        event.preventDefault();
        if (!event.repeat) controls.toggle();
      } else if (event.key === 'ArrowRight' || event.key === 'PageDown') {
        event.preventDefault();
        controls.next();
      } else if (event.key === 'ArrowLeft' || event.key === 'PageUp') {
        event.preventDefault();
        controls.previous();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [controls]);
}

import { useEffect, useMemo, useRef, useState } from 'react';
import { createRotation, type Rotation, type RotationState } from './rotation';

export interface RotationControls {
  toggle: () => void;
  next: () => void;
  previous: () => void;
  goTo: (index: number) => void;
  pause: () => void;
  resume: () => void;
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
      goTo: (index: number) => rotation.current?.goTo(index),
      pause: () => rotation.current?.pause(),
      resume: () => rotation.current?.resume(),
    }),
    [],
  );
  return { state, controls };
}

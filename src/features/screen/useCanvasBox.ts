import { useEffect, useMemo, useState } from 'react';
import type { ScaleMode } from './params';
import { canvasBox, type CanvasBox } from './scale';

function viewport() {
  const root = document.documentElement;
  return { width: root.clientWidth || window.innerWidth, height: root.clientHeight || window.innerHeight };
}

/** The canvas box for the viewport as it is now, following window resizes (a TV switched to 4K, a rotated panel). */
export function useCanvasBox(mode: ScaleMode): CanvasBox {
  const [size, setSize] = useState(viewport);
  useEffect(() => {
    const onResize = () =>
      setSize((previous) => {
        const next = viewport();
        return next.width === previous.width && next.height === previous.height ? previous : next;
      });
    window.addEventListener('resize', onResize);
    onResize();
    return () => window.removeEventListener('resize', onResize);
  }, []);
  return useMemo(() => canvasBox(mode, size.width, size.height), [mode, size]);
}

import { useCallback, useEffect, useState } from 'react';

export interface Fullscreen {
  /** The page fills the display (F11-like, through the Fullscreen API). */
  active: boolean;
  /** The browser offers the API (a kiosk browser may not). */
  supported: boolean;
  toggle: () => void;
  exit: () => void;
}

function fullscreenElement(): Element | null {
  return typeof document === 'undefined' ? null : (document.fullscreenElement ?? null);
}

/**
 * Full screen for the whole page: a wall PC's browser shows its tabs and address bar until someone
 * presses F11; this is the button for it. Esc (the browser's own key) leaves it too, and the state
 * follows whatever the browser does.
 */
export function useFullscreen(): Fullscreen {
  const [active, setActive] = useState(() => fullscreenElement() !== null);
  const supported = typeof document !== 'undefined' && typeof document.documentElement.requestFullscreen === 'function';

  useEffect(() => {
    const onChange = () => setActive(fullscreenElement() !== null);
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);

  const exit = useCallback(() => {
    if (fullscreenElement() && typeof document.exitFullscreen === 'function') document.exitFullscreen().catch(() => undefined);
  }, []);

  const toggle = useCallback(() => {
    if (fullscreenElement()) exit();
    else if (typeof document.documentElement.requestFullscreen === 'function') {
      // Refused without a user gesture or by policy: the button simply stays as it is.
      document.documentElement.requestFullscreen({ navigationUI: 'hide' }).catch(() => undefined);
    }
  }, [exit]);

  return { active, supported, toggle, exit };
}

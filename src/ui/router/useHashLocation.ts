import { useCallback, useSyncExternalStore } from 'react';
import { buildHash, parseHash, type HashLocation } from './location';

function subscribe(onChange: () => void) {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

const getHash = () => window.location.hash;

let cachedHash: string | null = null;
let cachedLocation: HashLocation = parseHash('');

function currentLocation(hash: string): HashLocation {
  if (hash !== cachedHash) {
    cachedHash = hash;
    cachedLocation = parseHash(hash);
  }
  return cachedLocation;
}

export function useHashLocation(): HashLocation {
  const hash = useSyncExternalStore(subscribe, getHash, () => '');
  return currentLocation(hash);
}

export type Navigate = (path: string, params?: URLSearchParams | Record<string, string | null | undefined>, options?: { replace?: boolean }) => void;

/** Pushes a history entry, so back and forward walk through views. */
export function useNavigate(): Navigate {
  return useCallback<Navigate>((path, params, options) => {
    const hash = buildHash(path, params);
    if (hash === window.location.hash) return;
    if (options?.replace) {
      window.history.replaceState(window.history.state, '', hash);
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    } else {
      window.location.hash = hash;
    }
  }, []);
}

/** Changes some query parameters of the current view, keeping the others. */
export function useSetParams(): (changes: Record<string, string | null>, options?: { replace?: boolean }) => void {
  const navigate = useNavigate();
  return useCallback(
    (changes, options) => {
      const { path, params } = parseHash(window.location.hash);
      const next = new URLSearchParams(params);
      for (const [key, value] of Object.entries(changes)) {
        if (value === null || value === '') next.delete(key);
        else next.set(key, value);
      }
      navigate(path, next, options);
    },
    [navigate],
  );
}

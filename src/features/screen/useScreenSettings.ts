import { useCallback, useMemo, useState } from 'react';
import { buildHash, useHashLocation, useNavigate } from '../../ui';
import { readScreenParams, resolveScreenSettings, screenSettingsParams, type ScreenSettings } from './params';
import { clearScreenSettings, loadScreenSettings, saveScreenSettings } from './settingsStore';

export interface ScreenSettingsState {
  settings: ScreenSettings;
  /** Stores the settings in this browser and puts them in the link (the address bar). */
  apply: (next: ScreenSettings) => void;
  /** Forgets what this browser stored; the link keeps only its period. */
  reset: () => void;
  /** The full address that reproduces `settings` on any PC. */
  linkFor: (settings: ScreenSettings) => string;
}

/**
 * The screen's settings: the link's parameters first (a link from the settings panel, or one typed
 * by hand), then what staff saved in this browser, then the defaults. Saving writes both, so the hall
 * PC keeps its settings across restarts and the address bar holds a link that reproduces them.
 */
export function useScreenSettings(configRefreshSeconds: number): ScreenSettingsState {
  const { params } = useHashLocation();
  const navigate = useNavigate();
  const [stored, setStored] = useState(loadScreenSettings);
  const fromLink = useMemo(() => readScreenParams(params), [params]);
  const settings = useMemo(() => resolveScreenSettings(fromLink, stored, configRefreshSeconds), [fromLink, stored, configRefreshSeconds]);

  const apply = useCallback(
    (next: ScreenSettings) => {
      saveScreenSettings(next);
      setStored(next);
      navigate('/screen', screenSettingsParams(next, params), { replace: true });
    },
    [navigate, params],
  );

  const reset = useCallback(() => {
    clearScreenSettings();
    setStored({});
    const period = params.get('period');
    navigate('/screen', period ? { period } : undefined, { replace: true });
  }, [navigate, params]);

  const linkFor = useCallback(
    (next: ScreenSettings) => {
      const { origin, pathname, search } = window.location;
      return `${origin}${pathname}${search}${buildHash('/screen', screenSettingsParams(next, params))}`;
    },
    [params],
  );

  return { settings, apply, reset, linkFor };
}

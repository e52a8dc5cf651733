import { readStoredSettings, type ScreenSettings, type ScreenSettingsInput } from './params';

/** Where the hall PC keeps its screen settings: set once by staff, there after every restart. */
export const SCREEN_SETTINGS_KEY = 'spd.screen.settings.v1';

function storage(): Storage | null {
  try {
    return typeof window !== 'undefined' ? window.localStorage : null;
  } catch {
    // A browser with storage switched off (or a sandboxed frame) throws on access.
    return null;
  }
}

/** What this browser has stored, checked like a link; nothing when there is none or it is unreadable. */
export function loadScreenSettings(): ScreenSettingsInput {
  const text = storage()?.getItem(SCREEN_SETTINGS_KEY);
  if (!text) return {};
  try {
    return readStoredSettings(JSON.parse(text));
  } catch {
    return {};
  }
}

/** Stores the settings; false when the browser refuses (the link still carries them). */
export function saveScreenSettings(settings: ScreenSettings): boolean {
  const store = storage();
  if (!store) return false;
  try {
    store.setItem(SCREEN_SETTINGS_KEY, JSON.stringify(settings));
    return true;
  } catch {
    return false;
  }
}

export function clearScreenSettings(): void {
  try {
    storage()?.removeItem(SCREEN_SETTINGS_KEY);
  } catch {
    // Nothing stored that could be removed.
  }
}

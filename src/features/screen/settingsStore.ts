import { readStored, writeStored } from '../../data/browserStorage';
import { readStoredSettings, type ScreenSettings, type ScreenSettingsInput } from './params';

/** Where the hall PC keeps its screen settings: set once by staff, there after every restart. */
export const SCREEN_SETTINGS_KEY = 'spd.screen.settings.v1';

/** What this browser has stored, checked like a link; nothing when there is none or it is unreadable. */
export function loadScreenSettings(): ScreenSettingsInput {
  const text = readStored(SCREEN_SETTINGS_KEY);
  if (!text) return {};
  try {
    return readStoredSettings(JSON.parse(text));
  } catch {
    return {};
  }
}

/** Stores the settings; false when the browser refuses (storage off, or full): the link still carries them. */
export function saveScreenSettings(settings: ScreenSettings): boolean {
  return writeStored(SCREEN_SETTINGS_KEY, JSON.stringify(settings)).ok;
}

export function clearScreenSettings(): void {
  writeStored(SCREEN_SETTINGS_KEY, null);
}

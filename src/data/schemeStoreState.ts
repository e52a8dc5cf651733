import type { Scheme } from '../domain';
import type { SchemeValidation } from '../engine';
import { readStored, type StorageProblem } from './browserStorage';

/**
 * The state the scheme store's two sides share: schemeStore.ts reads the scheme in force (every
 * screen, from the first), schemeSave.ts saves, merges and resets it (only the settings screen,
 * so its three-way merge is not part of the first screen). Nothing outside src/data uses this.
 */
export const STORAGE_KEY = 'spd.scheme.v1';

export const schemeState: {
  listeners: Set<() => void>;
  cached: { raw: string | null; scheme: Scheme | null };
  /** Saved here but refused by the browser: in force in this tab only. */
  unsaved: { scheme: Scheme; problem: StorageProblem } | null;
  /** What storage held when that save was refused: while it still does, no other tab has saved since. */
  storedWhenRefused: string | null;
  /** What the refused scheme was made over (storage's scheme then, or the edit's base): a retry merges over it. */
  refusedBase: Scheme | null;
  /**
   * The scheme validator, fetched only when a stored scheme is there to check: most browsers never
   * store one, and the built-in scheme needs no check at run time (the tests check it).
   */
  validate: ((input: unknown) => SchemeValidation) | null;
} = { listeners: new Set(), cached: { raw: null, scheme: null }, unsaved: null, storedWhenRefused: null, refusedBase: null, validate: null };

export function storedRaw(): string | null {
  return readStored(STORAGE_KEY);
}

export function parseStoredScheme(raw: string | null, check: (input: unknown) => SchemeValidation): Scheme | null {
  if (!raw) return null;
  try {
    const result = check(JSON.parse(raw));
    // A stored scheme that no longer validates (e.g. after an upgrade) is ignored, not half-used.
    return result.problems.some((problem) => problem.severity === 'error') ? null : result.scheme;
  } catch {
    return null;
  }
}

export function emitSchemeChange() {
  for (const listener of schemeState.listeners) listener();
}

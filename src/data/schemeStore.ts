import { useSyncExternalStore } from 'react';
import type { Scheme } from '../domain';
import { watchStored, type StorageProblem } from './browserStorage';
import { emitSchemeChange, parseStoredScheme, schemeState, storedRaw, STORAGE_KEY } from './schemeStoreState';

/**
 * The scheme staff edited in this browser (设置 → 考核方案). It wins over the source's and the
 * built-in one, on every screen at once and in every open tab, until it is reset. Kept in
 * localStorage: it is small, and every screen needs it synchronously at start.
 *
 * A save never loses anything silently: when another tab saved in the meantime, the fields this
 * tab did not change take that tab's values (a field changed both ways is a conflict, not saved);
 * when the browser refuses the write (storage full), the scheme stays in force in this tab, held
 * in memory, and useUnsavedScheme says it is not saved so the editor can offer to export it.
 * This file is the reading side, which every screen needs; saving is schemeSave.ts (settings only).
 */

/** The validator's loading, when a stored scheme is there to check (schemeStoreState.ts holds the validator). */
let validatorLoading: Promise<void> | null = null;

/**
 * Loads the validator when this browser stores a scheme. The app awaits it before its first
 * render, so a stored scheme is in force from the first figure drawn, never after a flash of others.
 */
export function prepareStoredScheme(): Promise<void> {
  if (schemeState.validate || !storedRaw()) return Promise.resolve();
  validatorLoading ??= import('../engine/validateScheme').then(
    (module) => {
      schemeState.validate = module.validateScheme;
    },
    (error: unknown) => {
      validatorLoading = null;
      throw error;
    },
  );
  return validatorLoading;
}

function readStoredScheme(): Scheme | null {
  const raw = storedRaw();
  const { cached, validate } = schemeState;
  if (raw === cached.raw) return cached.scheme;
  if (raw && !validate) {
    // Stored after start (another tab, a test): in force as soon as the validator is here.
    prepareStoredScheme().then(emitSchemeChange, () => undefined);
    return cached.scheme;
  }
  schemeState.cached = { raw, scheme: validate ? parseStoredScheme(raw, validate) : null };
  return schemeState.cached.scheme;
}

function read(): Scheme | null {
  return schemeState.unsaved?.scheme ?? readStoredScheme();
}

function subscribe(listener: () => void) {
  schemeState.listeners.add(listener);
  // Another tab's save or reset; this tab's own writes are announced by emitSchemeChange().
  const unwatch = watchStored(
    (key) => key === STORAGE_KEY || key === '',
    (_key, from) => from === 'other-tab' && listener(),
  );
  return () => {
    schemeState.listeners.delete(listener);
    unwatch();
  };
}

export function useStoredScheme(): Scheme | null {
  return useSyncExternalStore(subscribe, read, () => null);
}

/** The scheme this tab holds but could not store, and why; null when everything is saved. */
export function useUnsavedScheme(): { scheme: Scheme; problem: StorageProblem } | null {
  return useSyncExternalStore(
    subscribe,
    () => schemeState.unsaved,
    () => null,
  );
}

import { useSyncExternalStore } from 'react';
import type { Scheme } from '../domain';
import type { SchemeValidation } from '../engine';

/**
 * The scheme staff edited in this browser (设置 → 考核方案). It wins over the source's and the
 * built-in one, on every screen at once, until it is reset. Kept in localStorage: it is small,
 * and every screen needs it synchronously at start.
 */
const STORAGE_KEY = 'spd.scheme.v1';
const listeners = new Set<() => void>();
let cached: { raw: string | null; scheme: Scheme | null } = { raw: null, scheme: null };

/**
 * The scheme validator is fetched only when a stored scheme is there to check: most browsers
 * never store one, and the built-in scheme needs no check at run time (the tests check it).
 */
let validate: ((input: unknown) => SchemeValidation) | null = null;
let validatorLoading: Promise<void> | null = null;

function storedRaw(): string | null {
  try {
    return globalThis.localStorage?.getItem(STORAGE_KEY) ?? null;
  } catch {
    return null;
  }
}

/**
 * Loads the validator when this browser stores a scheme. The app awaits it before its first
 * render, so a stored scheme is in force from the first figure drawn, never after a flash of others.
 */
export function prepareStoredScheme(): Promise<void> {
  if (validate || !storedRaw()) return Promise.resolve();
  validatorLoading ??= import('../engine/validateScheme').then(
    (module) => {
      validate = module.validateScheme;
    },
    (error: unknown) => {
      validatorLoading = null;
      throw error;
    },
  );
  return validatorLoading;
}

function read(): Scheme | null {
  const raw = storedRaw();
  if (raw === cached.raw) return cached.scheme;
  if (raw && !validate) {
    // Stored after start (another tab, a test): in force as soon as the validator is here.
    prepareStoredScheme().then(emit, () => undefined);
    return cached.scheme;
  }
  let scheme: Scheme | null = null;
  if (raw && validate) {
    try {
      const result = validate(JSON.parse(raw));
      // A stored scheme that no longer validates (e.g. after an upgrade) is ignored, not half-used.
      scheme = result.problems.some((problem) => problem.severity === 'error') ? null : result.scheme;
    } catch {
      scheme = null;
    }
  }
  cached = { raw, scheme };
  return scheme;
}

function emit() {
  for (const listener of listeners) listener();
}

/** `scheme` has been validated by the caller (the settings screen): it is in force as it is. */
export function saveStoredScheme(scheme: Scheme): void {
  const raw = JSON.stringify(scheme);
  globalThis.localStorage?.setItem(STORAGE_KEY, raw);
  cached = { raw, scheme };
  emit();
}

export function clearStoredScheme(): void {
  globalThis.localStorage?.removeItem(STORAGE_KEY);
  emit();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  const onStorage = (event: StorageEvent) => {
    if (event.key === STORAGE_KEY) listener();
  };
  globalThis.addEventListener?.('storage', onStorage);
  return () => {
    listeners.delete(listener);
    globalThis.removeEventListener?.('storage', onStorage);
  };
}

export function useStoredScheme(): Scheme | null {
  return useSyncExternalStore(subscribe, read, () => null);
}

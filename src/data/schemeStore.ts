import { useSyncExternalStore } from 'react';
import type { Scheme } from '../domain';
import { validateScheme } from '../engine';

/**
 * The scheme staff edited in this browser (设置 → 考核方案). It wins over the source's and the
 * built-in one, on every screen at once, until it is reset. Kept in localStorage: it is small,
 * and every screen needs it synchronously at start.
 */
const STORAGE_KEY = 'spd.scheme.v1';
const listeners = new Set<() => void>();
let cached: { raw: string | null; scheme: Scheme | null } = { raw: null, scheme: null };

function read(): Scheme | null {
  let raw: string | null = null;
  try {
    raw = globalThis.localStorage?.getItem(STORAGE_KEY) ?? null;
  } catch {
    raw = null;
  }
  if (raw === cached.raw) return cached.scheme;
  let scheme: Scheme | null = null;
  if (raw) {
    try {
      const result = validateScheme(JSON.parse(raw));
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

export function saveStoredScheme(scheme: Scheme): void {
  globalThis.localStorage?.setItem(STORAGE_KEY, JSON.stringify(scheme));
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

import { useSyncExternalStore } from 'react';
import type { Locale, MonthKey } from '../../../domain';
import { isParagraphId, type ParagraphId } from '../narrative';

/**
 * Staff's edits of the generated paragraphs, kept in this browser per month, scope and language
 * (an edit of the Chinese October bulletin of 青岚县 is not an edit of the English one). Each edit
 * remembers the generated text it replaced, so the screen can say when the data has moved on
 * since the edit was made.
 */
export interface ParagraphEdit {
  text: string;
  generated: string;
}
export type Edits = Partial<Record<ParagraphId, ParagraphEdit>>;

const PREFIX = 'spd.bulletin.edits.v1';
const EMPTY: Edits = Object.freeze({}) as Edits;

export function editsKey(month: MonthKey, scopeId: string, locale: Locale): string {
  return `${PREFIX}:${scopeId}:${month}:${locale}`;
}

/** Anything that is not a known paragraph with two strings is dropped, never half-used. */
export function parseEdits(raw: string | null): Edits {
  if (!raw) return EMPTY;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return EMPTY;
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return EMPTY;
  const edits: Edits = {};
  for (const [id, value] of Object.entries(parsed as Record<string, unknown>)) {
    if (!isParagraphId(id) || typeof value !== 'object' || value === null) continue;
    const { text, generated } = value as Record<string, unknown>;
    if (typeof text === 'string' && typeof generated === 'string') edits[id] = { text, generated };
  }
  return edits;
}

const listeners = new Set<() => void>();
const cache = new Map<string, { raw: string | null; edits: Edits }>();

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

export function readEdits(key: string): Edits {
  let raw: string | null = null;
  try {
    raw = storage()?.getItem(key) ?? null;
  } catch {
    raw = null;
  }
  const cached = cache.get(key);
  if (cached && cached.raw === raw) return cached.edits;
  const edits = parseEdits(raw);
  cache.set(key, { raw, edits });
  return edits;
}

function write(key: string, edits: Edits): boolean {
  const store = storage();
  if (!store) return false;
  try {
    if (Object.keys(edits).length === 0) store.removeItem(key);
    else store.setItem(key, JSON.stringify(edits));
  } catch {
    // Full or locked-down storage: the edit lives only as long as the page.
    return false;
  } finally {
    for (const listener of listeners) listener();
  }
  return true;
}

/** Saves one paragraph; text equal to the generated text is no edit and is removed. */
export function saveEdit(key: string, id: ParagraphId, text: string, generated: string): boolean {
  const next: Edits = { ...readEdits(key) };
  if (text === generated) delete next[id];
  else next[id] = { text, generated };
  return write(key, next);
}

export function resetEdit(key: string, id: ParagraphId): boolean {
  const next: Edits = { ...readEdits(key) };
  delete next[id];
  return write(key, next);
}

/** Puts a whole set of edits in place (the data service's copy, when the source is one). */
export function replaceEdits(key: string, edits: Edits): boolean {
  return write(key, edits);
}

export function resetAllEdits(key: string): boolean {
  return write(key, {});
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  const onStorage = (event: StorageEvent) => {
    if (event.key === null || event.key.startsWith(PREFIX)) listener();
  };
  globalThis.addEventListener?.('storage', onStorage);
  return () => {
    listeners.delete(listener);
    globalThis.removeEventListener?.('storage', onStorage);
  };
}

/** The edits of one bulletin; re-renders on every change, in this tab or another. */
export function useEdits(key: string): Edits {
  return useSyncExternalStore(
    subscribe,
    () => readEdits(key),
    () => EMPTY,
  );
}

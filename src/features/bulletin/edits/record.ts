import type { Locale, MonthKey } from '../../../domain';
import { isParagraphId, type ParagraphId } from '../narrative';

/**
 * How one edited paragraph is kept in localStorage: one key per paragraph (so two tabs editing
 * two paragraphs never write over each other), the text as the user sees it, the generated text
 * it replaced (to say when the data has moved on), and its lineage: the ids of the writes it was
 * typed over, newest last. A tab that receives another tab's write tells from the lineage whether
 * that write was typed over its own (accept it) or beside it (both typed at once: a conflict).
 */
export interface ParagraphRecord {
  /** null: the paragraph was restored to the generated text. */
  text: string | null;
  generated: string;
  id: string;
  lineage: string[];
}

/** Enough to span the keystrokes another tab types before this one hears of them. */
export const LINEAGE_LENGTH = 40;

const PREFIX_V2 = 'spd.bulletin.edit.v2';
/** Version 1 kept a bulletin's edits in one key; still read, never written. */
const PREFIX_V1 = 'spd.bulletin.edits.v1';

/** One bulletin: month, scope and language (an edit of the Chinese October bulletin is not one of the English). */
export function editsKey(month: MonthKey, scopeId: string, locale: Locale): string {
  return `${PREFIX_V2}:${encodeURIComponent(scopeId)}:${month}:${locale}:`;
}

export function paragraphKey(bulletinKey: string, id: ParagraphId): string {
  return `${bulletinKey}${id}`;
}

export function isEditsKey(key: string): boolean {
  return key.startsWith(`${PREFIX_V2}:`) || key.startsWith(`${PREFIX_V1}:`);
}

/** The version 1 key of the same bulletin. */
export function legacyKey(bulletinKey: string): string {
  const [, scope = '', month = '', locale = ''] = bulletinKey.slice(0, -1).split(':');
  return `${PREFIX_V1}:${decodeURIComponent(scope)}:${month}:${locale}`;
}

/** Anything not a record of the right shape reads as no record, never half-used. */
export function parseRecord(raw: string | null): ParagraphRecord | null {
  if (!raw) return null;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const { text, generated, id, lineage } = value as Record<string, unknown>;
  if ((typeof text !== 'string' && text !== null) || typeof generated !== 'string' || typeof id !== 'string') return null;
  if (!Array.isArray(lineage) || !lineage.every((item) => typeof item === 'string')) return null;
  return { text, generated, id, lineage: lineage as string[] };
}

/** A paragraph's edit in a version 1 bulletin, as a record every tab sees with the same id. */
export function parseLegacy(raw: string | null, id: ParagraphId): ParagraphRecord | null {
  if (!raw) return null;
  try {
    const all: unknown = JSON.parse(raw);
    if (typeof all !== 'object' || all === null || Array.isArray(all)) return null;
    if (!Object.prototype.hasOwnProperty.call(all, id) || !isParagraphId(id)) return null;
    const { text, generated } = ((all as Record<string, unknown>)[id] ?? {}) as Record<string, unknown>;
    if (typeof text !== 'string' || typeof generated !== 'string') return null;
    return { text, generated, id: `v1:${id}`, lineage: [`v1:${id}`] };
  } catch {
    return null;
  }
}

/** The record written over `previous` (and, after a conflict, over `alsoOver` too). */
export function nextRecord(
  text: string | null,
  generated: string,
  id: string,
  previous: ParagraphRecord | null,
  alsoOver: ParagraphRecord | null = null,
): ParagraphRecord {
  const lineage = [...(alsoOver?.lineage ?? []), ...(previous?.lineage ?? [])];
  const unique = [...new Set(lineage.reverse())].reverse();
  return { text, generated, id, lineage: [...unique, id].slice(-LINEAGE_LENGTH) };
}

/** `record` was typed over the write `id` (or is it). */
export function descendsFrom(record: ParagraphRecord | null, id: string): boolean {
  return record !== null && (record.id === id || record.lineage.includes(id));
}

import { useCallback, useSyncExternalStore } from 'react';
import { readStored, TAB_ID, watchStored, writeStored, type StorageProblem } from '../../../data/browserStorage';
import { PARAGRAPH_IDS, type ParagraphId } from '../narrative';
import { descendsFrom, isEditsKey, legacyKey, nextRecord, paragraphKey, parseLegacy, parseRecord, type ParagraphRecord } from './record';

export { editsKey } from './record';

/**
 * Staff's edits of the generated paragraphs, kept in this browser per bulletin (month, scope,
 * language) and per paragraph, and shared with every open tab. Nothing typed is lost silently:
 *
 * - each keystroke stores the paragraph as the user sees it, over the write it was typed on;
 * - another tab's write typed over this tab's last one is taken at once (typing in turn works);
 *   one typed beside it (both tabs typed at once) is a conflict: this tab keeps its text and
 *   shows the other, and the user chooses — never an overwrite keystroke by keystroke;
 * - a write the browser refuses (storage full) keeps the text in this tab's memory, on screen
 *   and in the exports, and says so until a later write succeeds.
 */
export interface ParagraphEdit {
  text: string;
  generated: string;
}
export type Edits = Partial<Record<ParagraphId, ParagraphEdit>>;

export interface EditsSnapshot {
  /** What each edited paragraph says on screen (stored, or held here). */
  edits: Edits;
  /** Paragraphs another tab changed at the same time: their text, for the user to compare. */
  conflicts: Partial<Record<ParagraphId, string | null>>;
  /** Paragraphs whose text is held only in this tab, and why the browser refused it. */
  unsaved: Partial<Record<ParagraphId, StorageProblem>>;
  /** Conflicts whose other text is the data service's copy (another PC's), not another tab's. */
  fromService: Partial<Record<ParagraphId, true>>;
}

interface Slot {
  /** The stored write this tab's text is typed on. */
  seen: ParagraphRecord | null;
  /** This tab's last write that no other tab's write has been seen to build on. */
  ownWrite: string | null;
  /** Text held in memory: refused by storage, or in conflict. */
  held: { text: string | null; generated: string } | null;
  /** The other tab's write, when both typed at once. */
  theirs: ParagraphRecord | null;
  problem: StorageProblem | null;
}

interface Bulletin {
  slots: Map<ParagraphId, Slot>;
  snapshot: EditsSnapshot;
  listeners: Set<() => void>;
}

const bulletins = new Map<string, Bulletin>();
let writes = 0;
let unwatch: (() => void) | null = null;
/** The id a conflict gives the data service's text (a writer outside this browser). */
const SERVICE_WRITE = 'service';

function readRecord(key: string, id: ParagraphId): ParagraphRecord | null {
  const raw = readStored(paragraphKey(key, id));
  return raw === null ? parseLegacy(readStored(legacyKey(key)), id) : parseRecord(raw);
}

function shown(slot: Slot): { text: string | null; generated: string } | null {
  if (slot.held) return slot.held;
  return slot.seen ? { text: slot.seen.text, generated: slot.seen.generated } : null;
}

function snapshotOf(slots: Map<ParagraphId, Slot>): EditsSnapshot {
  const snapshot: EditsSnapshot = { edits: {}, conflicts: {}, unsaved: {}, fromService: {} };
  for (const [id, slot] of slots) {
    const text = shown(slot);
    // Text equal to the generated text it replaced is no edit: the paragraph follows the data again.
    if (text && text.text !== null && text.text !== text.generated) snapshot.edits[id] = { text: text.text, generated: text.generated };
    if (slot.theirs) snapshot.conflicts[id] = slot.theirs.text;
    if (slot.theirs?.id === SERVICE_WRITE) snapshot.fromService[id] = true;
    if (slot.problem) snapshot.unsaved[id] = slot.problem;
  }
  return snapshot;
}

function bulletin(key: string): Bulletin {
  let entry = bulletins.get(key);
  if (!entry) {
    const slots = new Map<ParagraphId, Slot>();
    for (const id of PARAGRAPH_IDS) slots.set(id, { seen: readRecord(key, id), ownWrite: null, held: null, theirs: null, problem: null });
    entry = { slots, snapshot: snapshotOf(slots), listeners: new Set() };
    bulletins.set(key, entry);
  }
  unwatch ??= watchStored(isEditsKey, (changed, from) => {
    if (from === 'other-tab')
      for (const [key, entry] of bulletins) if (changed === '' || changed.startsWith(key) || isLegacyOf(changed, key)) receive(key, entry);
  });
  return entry;
}

function isLegacyOf(changed: string, key: string): boolean {
  return changed === legacyKey(key);
}

function emit(entry: Bulletin) {
  entry.snapshot = snapshotOf(entry.slots);
  for (const listener of entry.listeners) listener();
}

/** Another tab wrote: take what was typed over ours, flag what was typed beside it. */
function receive(key: string, entry: Bulletin) {
  let changed = false;
  for (const [id, slot] of entry.slots) {
    const current = readRecord(key, id);
    if (sameWrite(current, slot.seen) && (!slot.theirs || sameWrite(current, slot.theirs))) continue;
    changed = true;
    const mine = shown(slot);
    const builtOnMine = slot.ownWrite === null || descendsFrom(current, slot.ownWrite);
    if ((builtOnMine && !slot.held) || sameText(current, mine)) {
      Object.assign(slot, { seen: current, ownWrite: null, held: null, theirs: null, problem: null });
    } else {
      // Both typed at once, or this tab holds text the other never saw: keep ours, show theirs.
      slot.held ??= mine ?? { text: null, generated: current?.generated ?? '' };
      slot.theirs = current ?? { text: null, generated: '', id: 'removed', lineage: [] };
    }
  }
  if (changed) emit(entry);
}

function sameWrite(a: ParagraphRecord | null, b: ParagraphRecord | null): boolean {
  return a === b || (a !== null && b !== null && a.id === b.id);
}

function sameText(record: ParagraphRecord | null, text: { text: string | null } | null): boolean {
  return (record?.text ?? null) === (text?.text ?? null);
}

/** Stores `text` over `over` (and, resolving a conflict, over `alsoOver`); holds it when refused. */
function put(key: string, id: ParagraphId, slot: Slot, text: string | null, generated: string, over: ParagraphRecord | null, alsoOver: ParagraphRecord | null) {
  const record = nextRecord(text, generated, `${TAB_ID}.${++writes}`, over, alsoOver);
  const outcome = writeStored(paragraphKey(key, id), JSON.stringify(record));
  if (outcome.ok) Object.assign(slot, { seen: record, ownWrite: record.id, held: null, theirs: null, problem: null });
  else Object.assign(slot, { seen: over, held: { text, generated }, theirs: null, problem: outcome.problem });
}

/** A keystroke: the paragraph as the user now sees it. */
export function saveEdit(key: string, id: ParagraphId, text: string, generated: string): void {
  const entry = bulletin(key);
  const slot = entry.slots.get(id)!;
  if (slot.theirs) {
    // In conflict: the user's text is kept here until they choose.
    slot.held = { text, generated };
    return emit(entry);
  }
  const current = readRecord(key, id);
  if (!sameWrite(current, slot.seen) && !sameText(current, shown(slot))) {
    // Another tab's write reached storage before its event reached us: typed beside it.
    slot.held = { text, generated };
    slot.theirs = current ?? { text: null, generated, id: 'removed', lineage: [] };
    return emit(entry);
  }
  put(key, id, slot, text, generated, current, null);
  emit(entry);
}

/** Back to the generated text (also settles a conflict that way). */
export function resetEdit(key: string, id: ParagraphId): void {
  const entry = bulletin(key);
  const slot = entry.slots.get(id)!;
  put(key, id, slot, null, shown(slot)?.generated ?? '', readRecord(key, id), slot.seen);
  emit(entry);
}

export function resetAllEdits(key: string): void {
  const entry = bulletin(key);
  for (const [id, slot] of entry.slots) {
    const text = shown(slot);
    if (text && text.text !== null) put(key, id, slot, null, text.generated, readRecord(key, id), slot.seen);
  }
  emit(entry);
}

/** Settles a conflict: this tab's text, or the other tab's. Either way every tab then agrees. */
export function resolveConflict(key: string, id: ParagraphId, keep: 'mine' | 'theirs'): void {
  const entry = bulletin(key);
  const slot = entry.slots.get(id)!;
  if (!slot.theirs) return;
  const current = readRecord(key, id);
  // Another tab's text is what storage holds now; the service's is only in this slot.
  const other = slot.theirs.id === SERVICE_WRITE ? slot.theirs : current;
  const chosen = keep === 'mine' ? slot.held : { text: other?.text ?? null, generated: other?.generated ?? slot.held?.generated ?? '' };
  put(key, id, slot, chosen?.text ?? null, chosen?.generated ?? '', current, slot.seen);
  emit(entry);
}

/**
 * The data service's copy of a paragraph, where only the service changed it since this browser
 * last agreed with it: taken as a write typed over this tab's (every tab follows). A paragraph in
 * conflict is left to the user.
 */
export function takeShared(key: string, id: ParagraphId, edit: ParagraphEdit | null): void {
  const entry = bulletin(key);
  const slot = entry.slots.get(id)!;
  const mine = shown(slot);
  if (slot.theirs || (mine?.text ?? null) === (edit?.text ?? null)) return;
  put(key, id, slot, edit?.text ?? null, edit?.generated ?? mine?.generated ?? '', readRecord(key, id), null);
  emit(entry);
}

/**
 * The data service's copy of a paragraph differs from text this browser changed too: this tab
 * keeps its text and shows the service's beside it, as for another tab typing at once.
 */
export function conflictShared(key: string, id: ParagraphId, edit: ParagraphEdit | null): void {
  const entry = bulletin(key);
  const slot = entry.slots.get(id)!;
  if (slot.theirs && slot.theirs.id !== SERVICE_WRITE) return;
  const mine = shown(slot);
  slot.held ??= mine ?? { text: null, generated: edit?.generated ?? '' };
  slot.theirs = { text: edit?.text ?? null, generated: edit?.generated ?? slot.held.generated, id: SERVICE_WRITE, lineage: [] };
  emit(entry);
}

/** Tries again to store every paragraph held in memory (after the user freed some space). */
export function retryUnsaved(key: string): void {
  const entry = bulletin(key);
  for (const [id, slot] of entry.slots) {
    if (slot.problem && slot.held && !slot.theirs) put(key, id, slot, slot.held.text, slot.held.generated, readRecord(key, id), slot.seen);
  }
  emit(entry);
}

const EMPTY: EditsSnapshot = Object.freeze({ edits: {}, conflicts: {}, unsaved: {}, fromService: {} }) as EditsSnapshot;

export function readEdits(key: string): EditsSnapshot {
  return bulletin(key).snapshot;
}

/** The edits of one bulletin; re-renders on every change, in this tab or another. */
export function useEdits(key: string): EditsSnapshot {
  const subscribe = useCallback(
    (listener: () => void) => {
      const entry = bulletin(key);
      // Nobody watched it for a while (another screen, a test's fresh render): read storage afresh, as a reload would.
      if (entry.listeners.size === 0) resync(key, entry);
      entry.listeners.add(listener);
      return () => entry.listeners.delete(listener);
    },
    [key],
  );
  return useSyncExternalStore(
    subscribe,
    () => readEdits(key),
    () => EMPTY,
  );
}

function resync(key: string, entry: Bulletin) {
  let changed = false;
  for (const [id, slot] of entry.slots) {
    if (slot.held) continue;
    const current = readRecord(key, id);
    if (sameWrite(current, slot.seen)) continue;
    Object.assign(slot, { seen: current, ownWrite: null, theirs: null, problem: null });
    changed = true;
  }
  if (changed) entry.snapshot = snapshotOf(entry.slots);
}

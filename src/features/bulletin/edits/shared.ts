import { useEffect, useRef } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { ServiceWrites } from '../../../adapters/http/writes';
import { isPlainObject } from '../../../adapters/validate/describe';
import type { Locale, MonthKey } from '../../../domain';
import { queryKeys, useDataSource } from '../../../data';
import { readStored, writeStored } from '../../../data/browserStorage';
import { isParagraphId, PARAGRAPH_IDS, type ParagraphId } from '../narrative';
import { conflictShared, readEdits, takeShared, type Edits, type EditsSnapshot } from './store';

/** Edits are sent this long after the last keystroke's save. */
const SEND_AFTER_MS = 600;

const BASE_PREFIX = 'spd.bulletin.service.v1';

/**
 * When the source is a data service, the service is one more writer of a bulletin's edits, merged
 * per paragraph like another tab (store.ts): against the service's copy this browser last agreed
 * with (its base, kept in this browser), a paragraph only the service changed is taken silently, one
 * only this browser changed is sent, and one both changed differently is a conflict shown beside
 * this browser's text for the user to choose; never a wholesale replacement either way. Without a
 * login the service refuses the write (401) and the edits stay in this browser.
 */
export type SharedMove = 'same' | 'take' | 'keep' | 'conflict';

/** The move for each paragraph; `base` null: this browser never agreed with the service on this bulletin. */
export function mergeShared(base: Edits | null, mine: Edits, theirs: Edits): Partial<Record<ParagraphId, SharedMove>> {
  const moves: Partial<Record<ParagraphId, SharedMove>> = {};
  for (const id of PARAGRAPH_IDS) {
    const m = mine[id]?.text ?? null;
    const r = theirs[id]?.text ?? null;
    if (m === r) continue;
    if (base === null) moves[id] = m === null ? 'take' : r === null ? 'keep' : 'conflict';
    else {
      const b = base[id]?.text ?? null;
      moves[id] = r === b ? 'keep' : m === b ? 'take' : 'conflict';
    }
  }
  return moves;
}

/** The service's edits as sent; anything not a known paragraph with two strings is dropped. */
export function parseSharedEdits(value: unknown): Edits {
  const edits: Edits = {};
  if (!isPlainObject(value)) return edits;
  for (const [id, edit] of Object.entries(value)) {
    if (!isParagraphId(id) || !isPlainObject(edit)) continue;
    const { text, generated } = edit;
    if (typeof text === 'string' && typeof generated === 'string') edits[id] = { text, generated };
  }
  return edits;
}

function baseKey(serviceKey: string): string {
  return `${BASE_PREFIX}:${encodeURIComponent(serviceKey)}`;
}

function readBase(serviceKey: string): Edits | null {
  const raw = readStored(baseKey(serviceKey));
  if (raw === null) return null;
  try {
    return parseSharedEdits(JSON.parse(raw));
  } catch {
    return null;
  }
}

function sameEdits(a: Edits, b: Edits): boolean {
  return PARAGRAPH_IDS.every((id) => (a[id]?.text ?? null) === (b[id]?.text ?? null) && (a[id]?.generated ?? null) === (b[id]?.generated ?? null));
}

/**
 * One exchange with the service: read its copy, merge it into this browser's per paragraph, then
 * send this browser's set (the service's own text where the user has still to choose) when it differs.
 */
export async function syncShared(writes: ServiceWrites, serviceKey: string, storageKey: string): Promise<void> {
  const answer = await writes.getBulletinEdits(serviceKey);
  if (!answer.ok) return;
  const theirs = parseSharedEdits(answer.body.edits);
  const moves = mergeShared(readBase(serviceKey), readEdits(storageKey).edits, theirs);
  for (const [id, move] of Object.entries(moves) as [ParagraphId, SharedMove][]) {
    if (move === 'take') takeShared(storageKey, id, theirs[id] ?? null);
    else if (move === 'conflict') conflictShared(storageKey, id, theirs[id] ?? null);
  }
  const after = readEdits(storageKey);
  const outgoing: Edits = {};
  for (const id of PARAGRAPH_IDS) {
    const edit = id in after.conflicts ? theirs[id] : after.edits[id];
    if (edit) outgoing[id] = { text: edit.text, generated: edit.generated };
  }
  let agreed = theirs;
  if (!sameEdits(outgoing, theirs) && (await writes.putBulletinEdits(serviceKey, outgoing)).ok) agreed = outgoing;
  // A refused base write only makes the next exchange more careful (conflicts instead of silent takes).
  writeStored(baseKey(serviceKey), JSON.stringify(agreed));
}

/** What calls for an exchange when it changes: the edits, and which paragraphs are in conflict (a settled one is sent). */
function markOf(serviceKey: string, { edits, conflicts }: Pick<EditsSnapshot, 'edits' | 'conflicts'>): string {
  return `${serviceKey}\n${JSON.stringify([edits, Object.keys(conflicts)])}`;
}

/** Exchanges a bulletin's edits with the data service on opening, after each edit and after a conflict is settled (see syncShared). */
export function useSharedEdits(
  storageKey: string,
  scopeId: string,
  month: MonthKey,
  locale: Locale,
  snapshot: Pick<EditsSnapshot, 'edits' | 'conflicts'>,
): void {
  const { adapter } = useDataSource();
  const capabilities = useQuery({
    queryKey: queryKeys.capabilities(adapter.id),
    queryFn: ({ signal }) => adapter.getCapabilities!({ signal }),
    enabled: adapter.getCapabilities !== undefined,
  });
  const writes = capabilities.data?.uploads ? adapter.writes : undefined;
  const serviceKey = `${scopeId}:${month}:${locale}`;
  const mark = markOf(serviceKey, snapshot);
  /** One exchange at a time, in order. */
  const queue = useRef<Promise<void>>(Promise.resolve());
  /** The bulletin and its local edits as of the last exchange: no need for another until they change. */
  const synced = useRef<string | null>(null);

  useEffect(() => {
    if (!writes) return;
    if (synced.current === mark) return;
    const opening = !synced.current?.startsWith(`${serviceKey}\n`);
    const timer = setTimeout(
      () => {
        queue.current = queue.current
          .then(() => syncShared(writes, serviceKey, storageKey))
          .catch(() => undefined)
          .then(() => {
            synced.current = markOf(serviceKey, readEdits(storageKey));
          });
      },
      opening ? 0 : SEND_AFTER_MS,
    );
    return () => clearTimeout(timer);
  }, [writes, serviceKey, storageKey, mark]);
}

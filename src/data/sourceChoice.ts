import type { DataAdapter } from '../adapters/types';
import type { OwnDataStore } from '../adapters/file/store';
import { readStored, tabChannel, writeStored, type StorageArea, type WriteOutcome } from './browserStorage';

/**
 * Which source the screens show: the one config.json names, or the staff's own file kept in
 * this browser. The choice is remembered (localStorage: small, read synchronously at boot) with
 * what was imported (file names, when), so that if the dataset itself (IndexedDB) is gone at the
 * next start — the browser evicts site data under storage pressure, staff clear caches — the app
 * can say which data is missing instead of quietly showing other figures. Switching changes the
 * adapter, and with it the first part of every query key, so no cached number of one source is
 * ever shown as the other's.
 */
export type SourceChoice = { kind: 'configured' } | { kind: 'file'; id: string; files?: string[]; loadedAt?: number };

/** Why the screens do not show the source the user chose. */
export type SourceProblem =
  | { kind: 'own-data-missing'; choice: Extract<SourceChoice, { kind: 'file' }> }
  | { kind: 'own-data-unreadable'; choice: Extract<SourceChoice, { kind: 'file' }>; detail: string };

const CHOICE_KEY = 'spd.source.v1';
const CONFIGURED: SourceChoice = { kind: 'configured' };

export function isChoiceKey(key: string): boolean {
  return key === CHOICE_KEY || key === '';
}

export function readSourceChoice(storage?: StorageArea | null): SourceChoice {
  try {
    const raw = storage === undefined ? readStored(CHOICE_KEY) : readStored(CHOICE_KEY, storage);
    if (!raw) return CONFIGURED;
    const value: unknown = JSON.parse(raw);
    if (typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'file') {
      const { id, files, loadedAt } = value as { id?: unknown; files?: unknown; loadedAt?: unknown };
      if (typeof id === 'string' && id !== '') {
        const choice: SourceChoice = { kind: 'file', id };
        if (Array.isArray(files) && files.every((file) => typeof file === 'string')) choice.files = files as string[];
        if (typeof loadedAt === 'number' && Number.isFinite(loadedAt)) choice.loadedAt = loadedAt;
        return choice;
      }
    }
  } catch {
    // Unreadable storage: the configured source, which always works.
  }
  return CONFIGURED;
}

/** Remembers the choice; a refusal (storage full, private mode) is returned, so the caller can say the choice will not survive a reload. */
export function saveSourceChoice(choice: SourceChoice, storage?: StorageArea | null): WriteOutcome {
  const value = choice.kind === 'configured' ? null : JSON.stringify(choice);
  return storage === undefined ? writeStored(CHOICE_KEY, value) : writeStored(CHOICE_KEY, value, storage);
}

/** What another tab did to the stored dataset (IndexedDB is not announced by the storage event). */
export type OwnDataMessage = { type: 'stored'; id: string } | { type: 'removed' };
export const ownDataChannel = tabChannel<OwnDataMessage>('own-data');

/**
 * Stands in for the staff's own dataset while it cannot be shown: nothing is fetched from any
 * other source, so no other figures can appear in its place. Screens are not drawn over it (the
 * app shows why and what to do); a screen that asks anyway gets an error, never numbers.
 */
export function unavailableAdapter(choice: Extract<SourceChoice, { kind: 'file' }>): DataAdapter {
  const fail = () => Promise.reject(new Error('The imported data is no longer stored in this browser.'));
  return {
    // Not the dataset's own id: nothing this stand-in answers is ever cached as that dataset's.
    id: `file-missing:${choice.id}`,
    description: (choice.files ?? []).join(', '),
    type: 'file',
    getOffices: fail,
    getRecords: fail,
    getScheme: fail,
  };
}

export interface RestoredSource {
  adapter: DataAdapter;
  problem: SourceProblem | null;
}

/** The dataset of a file choice, as an adapter, or why it cannot be shown. */
export async function openOwnData(choice: Extract<SourceChoice, { kind: 'file' }>, store?: OwnDataStore): Promise<RestoredSource> {
  try {
    // Only a browser that chose its own file loads the file adapter: everyone else's first screen does without it.
    const own = await import('../adapters/file/storedSource');
    const dataset = await (store ?? own.browserOwnDataStore()).load();
    if (dataset && dataset.id === choice.id) return { adapter: own.createFileAdapter(dataset), problem: null };
    return { adapter: unavailableAdapter(choice), problem: { kind: 'own-data-missing', choice } };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { adapter: unavailableAdapter(choice), problem: { kind: 'own-data-unreadable', choice, detail } };
  }
}

/**
 * At boot: the staff's own dataset when they chose it last time. When it is gone or cannot be
 * read, the choice is kept and the problem returned: the app says so and lets the user re-import
 * or switch to the configured source on purpose. Never throws.
 */
export async function restoreChosenSource(
  configured: DataAdapter,
  { store, storage }: { store?: OwnDataStore; storage?: StorageArea | null } = {},
): Promise<RestoredSource> {
  const choice = readSourceChoice(storage);
  if (choice.kind === 'configured') return { adapter: configured, problem: null };
  return openOwnData(choice, store);
}

import { createStore, del, get, set, type UseStore } from 'idb-keyval';
import { summarizeDataset, type OwnDataset, type OwnDatasetSummary } from './dataset';
import { isRecordColumns } from './recordColumns';

/**
 * Where the staff's own dataset is kept between visits. One dataset at a time: loading another
 * replaces it. The summary is kept apart so the settings page can describe the stored data
 * without reading 100k records.
 */
export interface OwnDataStore {
  load(): Promise<OwnDataset | null>;
  loadSummary(): Promise<OwnDatasetSummary | null>;
  save(dataset: OwnDataset): Promise<OwnDatasetSummary>;
  remove(): Promise<void>;
}

/** The few calls of idb-keyval the store needs; a Map can stand in for it in tests. */
export interface KeyValue {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  del(key: string): Promise<void>;
}

const DATASET_KEY = 'own-dataset.v1';
const SUMMARY_KEY = 'own-dataset-summary.v1';

export function createOwnDataStore(kv: KeyValue): OwnDataStore {
  return {
    async load() {
      const value = await kv.get(DATASET_KEY);
      return isOwnDataset(value) ? value : null;
    },
    async loadSummary() {
      const value = await kv.get(SUMMARY_KEY);
      return isSummary(value) ? value : null;
    },
    async save(dataset) {
      const summary = summarizeDataset(dataset);
      // The dataset first: a summary must never describe data that is not there.
      await kv.set(DATASET_KEY, dataset);
      await kv.set(SUMMARY_KEY, summary);
      return summary;
    },
    async remove() {
      await kv.del(SUMMARY_KEY);
      await kv.del(DATASET_KEY);
    },
  };
}

let browserStore: OwnDataStore | null = null;

/** IndexedDB through idb-keyval, in a database of its own so nothing else is touched. */
export function browserOwnDataStore(): OwnDataStore {
  if (!browserStore) {
    // Opened at first use: a page that never touches own data never opens the database.
    let database: UseStore | null = null;
    const open = () => (database ??= createStore('spd-own-data', 'datasets'));
    browserStore = createOwnDataStore({
      get: (key) => get(key, open()),
      set: (key, value) => set(key, value, open()),
      del: (key) => del(key, open()),
    });
  }
  return browserStore;
}

/**
 * A stored value is trusted only as far as its shape: another version of the app, or a
 * half-written entry, reads as "nothing stored" rather than as broken data.
 */
function isOwnDataset(value: unknown): value is OwnDataset {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<OwnDataset>;
  return (
    candidate.version === 1 &&
    typeof candidate.id === 'string' &&
    Array.isArray(candidate.offices) &&
    isRecordColumns(candidate.records, candidate.offices.length) &&
    typeof candidate.officesQuality === 'object' &&
    typeof candidate.recordsQuality === 'object'
  );
}

function isSummary(value: unknown): value is OwnDatasetSummary {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<OwnDatasetSummary>;
  return typeof candidate.id === 'string' && typeof candidate.officeCount === 'number' && Array.isArray(candidate.files);
}

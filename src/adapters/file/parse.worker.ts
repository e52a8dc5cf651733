import type { QualityIssue } from '../../domain';
import { summarizeDataset, type FileInput, type LoadProgress, type OwnDataset, type OwnDatasetSummary } from './dataset';
import { FileLoadError, toWireError, type WireFileError } from './fileErrors';
import { MAX_FILE_BYTES, MAX_FILE_SIZE_TEXT } from './limits';
import { parseDatasetFiles } from './parseFiles';
import { browserOwnDataStore } from './store';

/**
 * A thin shell around parseDatasetFiles (which tests call directly), so that nothing of an import
 * but its outcome touches the page's thread: the files are read here (Blobs cross for free), parsed
 * and validated here, and — when asked — kept in IndexedDB from here, so the page never copies
 * the dataset into storage itself. The typed arrays of the records are transferred to the page,
 * not copied.
 */
export type WorkerRequest = {
  files: (FileInput | { name: string; blob: Blob })[];
  /** Keep a usable dataset in the browser's own-data store (the page's default store). */
  keep: boolean;
};
/** The page has unpacked a slice of issues and asks for the next (it paces them: see `issues`). */
export type WorkerAck = { type: 'more' };
export type WorkerMessage =
  | { type: 'progress'; progress: LoadProgress }
  /**
   * The dataset without its quality issues, which follow in slices (`issues` messages, then it is
   * complete): 200,000 issue objects in one message held the page ~0.8 s to unpack. Each slice is
   * sent when the page has unpacked the one before (it answers `more`): sent all at once, they
   * queued up and the page unpacked them back to back, with the garbage collector's pauses
   * between, in stretches of up to 0.9 s. `kept`: true stored, false refused by the
   * browser, null not asked (or nothing usable).
   */
  | { type: 'done'; dataset: OwnDataset; summary: OwnDatasetSummary; kept: boolean | null; issues: { offices: number; records: number } }
  | { type: 'issues'; part: 'offices' | 'records'; issues: QualityIssue[] }
  | { type: 'failed'; error: WireFileError };

// The DOM lib types `self` as a window; a dedicated worker's scope has these two members.
const scope = self as unknown as {
  postMessage(message: WorkerMessage, transfer?: Transferable[]): void;
  onmessage: ((event: MessageEvent<WorkerRequest | WorkerAck>) => void) | null;
};

/** Resolved when the page asks for the next slice of issues. */
let nextSlice: (() => void) | null = null;

let lastProgressAt = 0;

function progress(value: LoadProgress) {
  // A few messages a second are enough for a progress bar.
  const now = Date.now();
  if (now - lastProgressAt < 50 && value.fraction > 0 && value.fraction < 1) return;
  lastProgressAt = now;
  scope.postMessage({ type: 'progress', progress: value });
}

async function read(files: WorkerRequest['files']): Promise<FileInput[]> {
  const inputs: FileInput[] = [];
  for (const [position, file] of files.entries()) {
    if (!('blob' in file)) {
      inputs.push(file);
      continue;
    }
    if (file.blob.size > MAX_FILE_BYTES) throw new FileLoadError('too-large', { file: file.name, limit: MAX_FILE_SIZE_TEXT });
    progress({ phase: 'read', file: file.name, fraction: position / files.length });
    inputs.push({ name: file.name, bytes: await file.blob.arrayBuffer() });
  }
  return inputs;
}

async function run(request: WorkerRequest): Promise<void> {
  const dataset = await parseDatasetFiles(await read(request.files), { onProgress: progress });
  let kept: boolean | null = null;
  if (request.keep && dataset.offices.length > 0) {
    progress({ phase: 'store', fraction: 0 });
    try {
      await browserOwnDataStore().save(dataset);
      kept = true;
    } catch {
      // Private mode or a full disk: the page still shows the data, for its own life, and says so.
      kept = false;
    }
  }
  const { records, officesQuality, recordsQuality } = dataset;
  const transfer = [records.office, records.month, records.row, ...Object.values(records.counts)].map((array) => array.buffer);
  const bare: OwnDataset = { ...dataset, officesQuality: { ...officesQuality, issues: [] }, recordsQuality: { ...recordsQuality, issues: [] } };
  const issues = { offices: officesQuality.issues.length, records: recordsQuality.issues.length };
  scope.postMessage({ type: 'done', dataset: bare, summary: summarizeDataset(dataset), kept, issues }, transfer);
  for (const [part, list] of [
    ['offices', officesQuality.issues],
    ['records', recordsQuality.issues],
  ] as const) {
    for (let start = 0; start < list.length; start += ISSUES_PER_MESSAGE) {
      const asked = new Promise<void>((resolve) => {
        nextSlice = resolve;
      });
      scope.postMessage({ type: 'issues', part, issues: list.slice(start, start + ISSUES_PER_MESSAGE) });
      await asked;
    }
  }
}

/** A few milliseconds of unpacking on the page each. */
const ISSUES_PER_MESSAGE = 2_000;

scope.onmessage = (event) => {
  if ('type' in event.data) {
    nextSlice?.();
    nextSlice = null;
    return;
  }
  run(event.data).catch((error: unknown) => scope.postMessage({ type: 'failed', error: toWireError(error) }));
};

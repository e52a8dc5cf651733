import type { FileInput, LoadProgress, OwnDataset } from './dataset';
import { FileLoadError, fromWireError } from './fileErrors';
import { MAX_FILE_BYTES, MAX_FILE_SIZE_TEXT } from './limits';
import { browserOwnDataStore, type OwnDataStore } from './store';
import type { WorkerAck, WorkerMessage, WorkerRequest } from './parse.worker';

/** Files as the picker or a drop gives them; `name` and `size` are read before any byte. */
export interface PickedFile {
  name: string;
  size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export interface LoadOptions {
  onProgress?: (progress: LoadProgress) => void;
  signal?: AbortSignal;
  /**
   * Where the page will keep the dataset. A loader that can keep it there itself (the worker, for
   * the browser's own store) does, and says so through `onKept` (false: the browser refused);
   * otherwise `onKept` is never called and the page stores the dataset.
   */
  keepIn?: OwnDataStore;
  onKept?: (kept: boolean) => void;
}

export type LoadFiles = (files: readonly PickedFile[], options?: LoadOptions) => Promise<OwnDataset>;

function checkSizes(files: readonly PickedFile[]): void {
  if (files.length === 0) throw new FileLoadError('no-files');
  for (const file of files) {
    if (file.size > MAX_FILE_BYTES) throw new FileLoadError('too-large', { file: file.name, limit: MAX_FILE_SIZE_TEXT });
  }
}

async function readAll(files: readonly PickedFile[], onProgress?: (progress: LoadProgress) => void): Promise<FileInput[]> {
  checkSizes(files);
  const inputs: FileInput[] = [];
  for (const [position, file] of files.entries()) {
    onProgress?.({ phase: 'read', file: file.name, fraction: position / files.length });
    inputs.push({ name: file.name, bytes: await file.arrayBuffer() });
  }
  return inputs;
}

/**
 * Reads, parses, validates (and keeps, for the browser's store) in a Web Worker, so a 200,000-row
 * file never holds the page: what reaches the page is the finished dataset, its record columns
 * transferred rather than copied. The parsers (papaparse, read-excel-file) live only in the
 * worker's bundle, fetched on the first load.
 */
export const loadFilesInWorker: LoadFiles = async (files, { onProgress, signal, keepIn, onKept } = {}) => {
  checkSizes(files);
  let worker: Worker;
  try {
    worker = new Worker(new URL('./parse.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return parseHere(await readAll(files, onProgress), onProgress);
  }
  // A File is a handle: the worker reads its bytes. Anything else is read here and transferred.
  const blobs = files.every((file) => file instanceof Blob);
  const request: WorkerRequest = {
    files: blobs ? files.map((file) => ({ name: file.name, blob: file as unknown as Blob })) : await readAll(files, onProgress),
    keep: keepIn !== undefined && keepIn === browserOwnDataStore(),
  };
  try {
    return await new Promise<OwnDataset>((resolve, reject) => {
      const abort = () => reject(signal?.reason ?? new DOMException('aborted', 'AbortError'));
      if (signal?.aborted) return abort();
      signal?.addEventListener('abort', abort, { once: true });
      // The dataset comes first, its quality issues after it in slices: complete when all are in.
      let done: { dataset: OwnDataset; waiting: number } | null = null;
      const finish = () => {
        if (!done || done.waiting > 0) return;
        resolve(done.dataset);
      };
      worker.onmessage = (event: MessageEvent<WorkerMessage>) => {
        const message = event.data;
        if (message.type === 'progress') onProgress?.(message.progress);
        else if (message.type === 'done') {
          if (message.kept !== null) onKept?.(message.kept);
          done = { dataset: message.dataset, waiting: message.issues.offices + message.issues.records };
          finish();
        } else if (message.type === 'issues') {
          if (!done) return;
          const target = message.part === 'offices' ? done.dataset.officesQuality.issues : done.dataset.recordsQuality.issues;
          for (const issue of message.issues) target.push(issue);
          done.waiting -= message.issues.length;
          if (done.waiting > 0) worker.postMessage({ type: 'more' } satisfies WorkerAck);
          finish();
        } else reject(fromWireError(message.error));
      };
      worker.onerror = (event) => {
        event.preventDefault();
        reject(new FileLoadError('worker-failed', { detail: event.message || 'the parser could not start' }));
      };
      const transfer = request.files.flatMap((file) => ('bytes' in file ? [file.bytes] : []));
      worker.postMessage(request, transfer);
    });
  } finally {
    worker.terminate();
  }
};

/** The same work on the calling thread: for tests, and for a browser that cannot start the worker. */
export const loadFilesHere: LoadFiles = async (files, { onProgress } = {}) => parseHere(await readAll(files, onProgress), onProgress);

async function parseHere(inputs: FileInput[], onProgress?: (progress: LoadProgress) => void): Promise<OwnDataset> {
  // Loaded only when needed: the parsers stay out of the main bundle.
  const { parseDatasetFiles } = await import('./parseFiles');
  return parseDatasetFiles(inputs, { onProgress });
}

import type { FileInput, LoadProgress, OwnDataset } from './dataset';
import { FileLoadError, fromWireError } from './fileErrors';
import { MAX_FILE_BYTES, MAX_FILE_SIZE_TEXT } from './limits';
import type { WorkerMessage, WorkerRequest } from './parse.worker';

/** Files as the picker or a drop gives them; `name` and `size` are read before any byte. */
export interface PickedFile {
  name: string;
  size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export type LoadFiles = (
  files: readonly PickedFile[],
  options?: { onProgress?: (progress: LoadProgress) => void; signal?: AbortSignal },
) => Promise<OwnDataset>;

async function readAll(files: readonly PickedFile[], onProgress?: (progress: LoadProgress) => void): Promise<FileInput[]> {
  if (files.length === 0) throw new FileLoadError('no-files');
  const inputs: FileInput[] = [];
  for (const [position, file] of files.entries()) {
    if (file.size > MAX_FILE_BYTES) {
      throw new FileLoadError('too-large', { file: file.name, limit: MAX_FILE_SIZE_TEXT });
    }
    onProgress?.({ phase: 'read', file: file.name, fraction: position / files.length });
    inputs.push({ name: file.name, bytes: await file.arrayBuffer() });
  }
  return inputs;
}

/**
 * Parses in a Web Worker, so 100k rows never freeze the page; the parsers (papaparse,
 * read-excel-file) live only in the worker's bundle, fetched on the first load.
 */
export const loadFilesInWorker: LoadFiles = async (files, { onProgress, signal } = {}) => {
  const inputs = await readAll(files, onProgress);
  let worker: Worker;
  try {
    worker = new Worker(new URL('./parse.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return parseHere(inputs, onProgress);
  }
  try {
    return await new Promise<OwnDataset>((resolve, reject) => {
      const abort = () => reject(signal?.reason ?? new DOMException('aborted', 'AbortError'));
      if (signal?.aborted) return abort();
      signal?.addEventListener('abort', abort, { once: true });
      worker.onmessage = (event: MessageEvent<WorkerMessage>) => {
        const message = event.data;
        if (message.type === 'progress') onProgress?.(message.progress);
        else if (message.type === 'done') resolve(message.dataset);
        else reject(fromWireError(message.error));
      };
      worker.onerror = (event) => {
        event.preventDefault();
        reject(new FileLoadError('worker-failed', { detail: event.message || 'the parser could not start' }));
      };
      const request: WorkerRequest = { files: inputs };
      worker.postMessage(request, inputs.map((input) => input.bytes));
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

import type { FileInput, LoadProgress, OwnDataset } from './dataset';
import { toWireError, type WireFileError } from './fileErrors';
import { parseDatasetFiles } from './parseFiles';

/** A thin shell: all the work is parseDatasetFiles, which tests call directly. */
export type WorkerRequest = { files: FileInput[] };
export type WorkerMessage =
  | { type: 'progress'; progress: LoadProgress }
  | { type: 'done'; dataset: OwnDataset }
  | { type: 'failed'; error: WireFileError };

// The DOM lib types `self` as a window; a dedicated worker's scope has these two members.
const scope = self as unknown as {
  postMessage(message: WorkerMessage): void;
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
};

let lastProgressAt = 0;

scope.onmessage = (event) => {
  parseDatasetFiles(event.data.files, {
    onProgress: (progress) => {
      // A few messages a second are enough for a progress bar.
      const now = Date.now();
      if (now - lastProgressAt < 50 && progress.fraction > 0 && progress.fraction < 1) return;
      lastProgressAt = now;
      scope.postMessage({ type: 'progress', progress });
    },
  }).then(
    (dataset) => scope.postMessage({ type: 'done', dataset }),
    (error: unknown) => scope.postMessage({ type: 'failed', error: toWireError(error) }),
  );
};

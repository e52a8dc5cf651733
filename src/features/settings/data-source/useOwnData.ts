import { startTransition, useCallback, useEffect, useRef, useState } from 'react';
import {
  createFileAdapter,
  summarizeDataset,
  type LoadFiles,
  type LoadProgress,
  type OwnDataStore,
  type OwnDatasetSummary,
  type PickedFile,
} from '../../../adapters/file';
import { persistentStorageState, requestPersistentStorage, type PersistAnswer } from '../../../data/browserStorage';
import { ownDataChannel } from '../../../data/sourceChoice';
import { useSourceSwitch } from '../../../data/sourceSwitch';

export type LoadState =
  | { status: 'idle' }
  | { status: 'loading'; progress: LoadProgress }
  | { status: 'failed'; error: unknown }
  /**
   * `usable` false: not one office passed, so nothing was stored or switched to. `remembered` false:
   * the browser would not store the choice, so a reload will not come back to this data by itself.
   */
  | { status: 'loaded'; summary: OwnDatasetSummary; stored: boolean; usable: boolean; remembered: boolean };

export type StoredState = { status: 'reading' } | { status: 'ready'; summary: OwnDatasetSummary | null } | { status: 'failed'; error: unknown };

export type Message = 'switchedOwn' | 'switchedConfigured' | 'removed' | 'otherTab' | null;

export interface OwnData {
  stored: StoredState;
  load: LoadState;
  message: Message;
  /** What the browser answered when asked to keep the data for good; null until it has. */
  persist: PersistAnswer | null;
  loadFiles(files: readonly PickedFile[]): Promise<void>;
  cancel(): void;
  switchToStored(): Promise<void>;
  backToConfigured(): void;
  remove(): Promise<void>;
}

/**
 * What the 数据来源 section does: parse files (in the worker), keep the dataset in IndexedDB,
 * switch every screen to it; use a stored dataset again, go back to the configured source,
 * remove the stored data. Screens switch through the data layer's SourceSwitch.
 */
export function useOwnData(store: OwnDataStore, loadFilesWith: LoadFiles): OwnData {
  const sourceSwitch = useSourceSwitch();
  const [stored, setStored] = useState<StoredState>({ status: 'reading' });
  const [load, setLoad] = useState<LoadState>({ status: 'idle' });
  const [message, setMessage] = useState<Message>(null);
  const [persist, setPersist] = useState<PersistAnswer | null>(null);
  const running = useRef<AbortController | null>(null);

  useEffect(() => {
    let live = true;
    const read = () =>
      store.loadSummary().then(
        (summary) => live && setStored({ status: 'ready', summary }),
        (error: unknown) => live && setStored({ status: 'failed', error }),
      );
    void read();
    void persistentStorageState().then((answer) => live && setPersist((known) => known ?? answer));
    // Another tab imported or removed data: what is stored here changed too.
    const stopListening = ownDataChannel.listen(() => {
      void read();
      setMessage('otherTab');
    });
    return () => {
      live = false;
      stopListening();
    };
  }, [store]);

  useEffect(() => () => running.current?.abort(), []);

  const loadFiles = useCallback(
    async (files: readonly PickedFile[]) => {
      running.current?.abort();
      const controller = new AbortController();
      running.current = controller;
      const live = () => !controller.signal.aborted;
      setMessage(null);
      setLoad({ status: 'loading', progress: { phase: 'read', fraction: 0 } });
      try {
        // The worker keeps the dataset in the browser's store itself when it can (the page never copies it there).
        let keptByLoader: boolean | null = null;
        const dataset = await loadFilesWith(files, {
          signal: controller.signal,
          onProgress: (progress) => live() && setLoad({ status: 'loading', progress }),
          keepIn: store,
          onKept: (kept) => (keptByLoader = kept),
        });
        if (!live()) return;
        if (dataset.offices.length === 0) {
          setLoad({ status: 'loaded', summary: summarizeDataset(dataset), stored: false, usable: false, remembered: true });
          return;
        }
        let summary = summarizeDataset(dataset);
        let kept = keptByLoader ?? true;
        if (keptByLoader === null) {
          setLoad({ status: 'loading', progress: { phase: 'store', fraction: 0 } });
          try {
            summary = await store.save(dataset);
          } catch {
            // Private mode or a full disk: the data is still shown, for this page's life.
            kept = false;
          }
        }
        if (!live()) return;
        if (kept) {
          startTransition(() => setStored({ status: 'ready', summary }));
          ownDataChannel.post({ type: 'stored', id: dataset.id });
          // Kept for good if the browser agrees; the page says what it answered.
          void requestPersistentStorage().then(setPersist);
        }
        const remembered = sourceSwitch.showOwnData(createFileAdapter(dataset), {
          files: summary.files.map((file) => file.name),
          loadedAt: summary.loadedAt,
        }).ok;
        // The report of a file full of bad rows is a long table: drawn in slices the page can answer between.
        startTransition(() => setLoad({ status: 'loaded', summary, stored: kept, usable: true, remembered }));
      } catch (error) {
        if (live()) setLoad({ status: 'failed', error });
      } finally {
        if (running.current === controller) running.current = null;
      }
    },
    [loadFilesWith, sourceSwitch, store],
  );

  const cancel = useCallback(() => {
    running.current?.abort();
    running.current = null;
    setLoad({ status: 'idle' });
  }, []);

  const switchToStored = useCallback(async () => {
    setMessage(null);
    try {
      const dataset = await store.load();
      if (!dataset) {
        setStored({ status: 'ready', summary: null });
        return;
      }
      sourceSwitch.showOwnData(createFileAdapter(dataset), { files: dataset.files.map((file) => file.name), loadedAt: dataset.loadedAt });
      setMessage('switchedOwn');
    } catch (error) {
      setStored({ status: 'failed', error });
    }
  }, [sourceSwitch, store]);

  const backToConfigured = useCallback(() => {
    sourceSwitch.showConfigured();
    setMessage('switchedConfigured');
  }, [sourceSwitch]);

  const remove = useCallback(async () => {
    try {
      await store.remove();
    } catch (error) {
      setStored({ status: 'failed', error });
      return;
    }
    ownDataChannel.post({ type: 'removed' });
    if (sourceSwitch.choice.kind === 'file') sourceSwitch.showConfigured();
    setStored({ status: 'ready', summary: null });
    setLoad({ status: 'idle' });
    setMessage('removed');
  }, [sourceSwitch, store]);

  return { stored, load, message, persist, loadFiles, cancel, switchToStored, backToConfigured, remove };
}

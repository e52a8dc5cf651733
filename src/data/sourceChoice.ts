import { createContext, createElement, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { AppConfig } from '../adapters/config';
import { createAdapter } from '../adapters/createAdapter';
import type { DataAdapter } from '../adapters/types';
import type { OwnDataStore } from '../adapters/file/store';
import { DataSourceProvider } from './DataSourceContext';

/**
 * Which source the screens show: the one config.json names, or the staff's own file kept in
 * this browser. The choice is remembered (localStorage: small, read synchronously at boot); the
 * dataset itself lives in IndexedDB. Switching changes the adapter, and with it the first part
 * of every query key, so no cached number of one source is ever shown as the other's.
 */
export type SourceChoice = { kind: 'configured' } | { kind: 'file'; id: string };

const CHOICE_KEY = 'spd.source.v1';
const CONFIGURED: SourceChoice = { kind: 'configured' };

type ChoiceStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

function defaultStorage(): ChoiceStorage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

export function readSourceChoice(storage: ChoiceStorage | undefined = defaultStorage()): SourceChoice {
  try {
    const raw = storage?.getItem(CHOICE_KEY);
    if (!raw) return CONFIGURED;
    const value: unknown = JSON.parse(raw);
    if (typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'file') {
      const id = (value as { id?: unknown }).id;
      if (typeof id === 'string' && id !== '') return { kind: 'file', id };
    }
  } catch {
    // Unreadable or blocked storage: the configured source, which always works.
  }
  return CONFIGURED;
}

export function saveSourceChoice(choice: SourceChoice, storage: ChoiceStorage | undefined = defaultStorage()): void {
  try {
    if (choice.kind === 'configured') storage?.removeItem(CHOICE_KEY);
    else storage?.setItem(CHOICE_KEY, JSON.stringify(choice));
  } catch {
    // Private mode or a locked-down kiosk: the choice lasts for this page only.
  }
}

/**
 * At boot: the staff's own dataset when they chose it last time and it is still stored, else
 * the configured source (and the stale choice is forgotten). Never throws: a browser without
 * IndexedDB simply shows the configured source.
 */
export async function restoreChosenAdapter(
  configured: DataAdapter,
  { store, storage = defaultStorage() }: { store?: OwnDataStore; storage?: ChoiceStorage } = {},
): Promise<DataAdapter> {
  const choice = readSourceChoice(storage);
  if (choice.kind === 'configured') return configured;
  try {
    // Only a browser that chose its own file loads the file adapter: everyone else's first screen does without it.
    const own = await import('../adapters/file/storedSource');
    const dataset = await (store ?? own.browserOwnDataStore()).load();
    if (dataset && dataset.id === choice.id) return own.createFileAdapter(dataset);
  } catch {
    // Falls through to the configured source.
  }
  saveSourceChoice(CONFIGURED, storage);
  return configured;
}

export interface SourceSwitch {
  choice: SourceChoice;
  /** Show a dataset the staff just loaded, through its file adapter (store it first, so a reload keeps it). */
  showOwnData(adapter: DataAdapter): void;
  /** Back to the source config.json names; a stored dataset stays for later. */
  showConfigured(): void;
}

const SourceSwitchContext = createContext<SourceSwitch | null>(null);

export function useSourceSwitch(): SourceSwitch {
  const value = useContext(SourceSwitchContext);
  if (!value) throw new Error('useSourceSwitch outside SourceSwitchProvider');
  return value;
}

/**
 * Provides the data source (DataSourceProvider) and the means to switch it. `initial` is the
 * adapter boot chose; the configured one is made from config when first needed.
 */
export function SourceSwitchProvider({
  config,
  initial,
  storage,
  children,
}: {
  config: AppConfig;
  initial: DataAdapter;
  storage?: ChoiceStorage;
  children?: ReactNode;
}) {
  const [adapter, setAdapter] = useState(initial);
  const configured = useMemo(() => (initial.type === 'file' ? createAdapter(config) : initial), [initial, config]);

  const showOwnData = useCallback(
    (own: DataAdapter) => {
      if (own.type !== 'file') return;
      saveSourceChoice({ kind: 'file', id: own.id.slice('file:'.length) }, storage ?? defaultStorage());
      setAdapter((current) => (current.id === own.id ? current : own));
    },
    [storage],
  );
  const showConfigured = useCallback(() => {
    saveSourceChoice(CONFIGURED, storage ?? defaultStorage());
    setAdapter(configured);
  }, [configured, storage]);

  const sourceSwitch = useMemo<SourceSwitch>(
    () => ({
      choice: adapter.type === 'file' ? { kind: 'file', id: adapter.id.slice('file:'.length) } : CONFIGURED,
      showOwnData,
      showConfigured,
    }),
    [adapter, showOwnData, showConfigured],
  );
  const dataSource = useMemo(() => ({ config, adapter }), [config, adapter]);

  // createElement, not JSX: the data layer's files are plain .ts.
  const switchProvider = createElement(SourceSwitchContext.Provider, { value: sourceSwitch }, children);
  return createElement(DataSourceProvider, { value: dataSource, children: switchProvider });
}

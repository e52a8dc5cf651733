import { createContext, createElement, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { AppConfig } from '../adapters/config';
import { createAdapter } from '../adapters/createAdapter';
import type { DataAdapter } from '../adapters/types';
import type { OwnDataStore } from '../adapters/file/store';
import { watchStored, type StorageArea, type WriteOutcome } from './browserStorage';
import { DataSourceProvider } from './DataSourceContext';
import { isChoiceKey, openOwnData, readSourceChoice, saveSourceChoice, type SourceChoice, type SourceProblem } from './sourceChoice';

/** What another tab changed, for the notice every other open tab shows. */
export type SourceNotice = { kind: 'other-tab-own'; files: string[] } | { kind: 'other-tab-configured' } | { kind: 'other-tab-missing' };

export interface SourceSwitch {
  choice: SourceChoice;
  /** Why the chosen source is not on screen (its data is gone or unreadable); null when it is. */
  problem: SourceProblem | null;
  /** A change made in another tab, until dismissed. */
  notice: SourceNotice | null;
  dismissNotice(): void;
  /** The configured source's adapter, for saying what switching to it would show. */
  configured: DataAdapter;
  /**
   * Show a dataset the staff just loaded, through its file adapter (store it first, so a reload
   * keeps it). The outcome says whether the browser will remember the choice after a reload.
   */
  showOwnData(adapter: DataAdapter, about?: { files: string[]; loadedAt: number }): WriteOutcome;
  /** Back to the source config.json names; a stored dataset stays for later. */
  showConfigured(): WriteOutcome;
}

const SourceSwitchContext = createContext<SourceSwitch | null>(null);

export function useSourceSwitch(): SourceSwitch {
  const value = useContext(SourceSwitchContext);
  if (!value) throw new Error('useSourceSwitch outside SourceSwitchProvider');
  return value;
}

/** The switch where there is one (the app), null where a screen is drawn alone (tests). */
export function useOptionalSourceSwitch(): SourceSwitch | null {
  return useContext(SourceSwitchContext);
}

function fileId(adapter: DataAdapter): string {
  return adapter.id.slice('file:'.length);
}

/**
 * Provides the data source (DataSourceProvider) and the means to switch it. `initial` is the
 * adapter boot chose (and `problem` why it is not the chosen one); the configured one is made from
 * config when first needed. A switch made in another tab of this browser (an import, a removal,
 * back to the configured source) is followed here within moments, with a notice saying so.
 */
export function SourceSwitchProvider({
  config,
  initial,
  problem: initialProblem = null,
  storage,
  store,
  children,
}: {
  config: AppConfig;
  initial: DataAdapter;
  problem?: SourceProblem | null;
  storage?: StorageArea;
  store?: OwnDataStore;
  children?: ReactNode;
}) {
  const [state, setState] = useState<{ adapter: DataAdapter; problem: SourceProblem | null; notice: SourceNotice | null }>({
    adapter: initial,
    problem: initialProblem,
    notice: null,
  });
  const configured = useMemo(() => (initial.type === 'file' ? createAdapter(config) : initial), [initial, config]);
  const current = useRef(state);
  current.current = state;

  const showOwnData = useCallback(
    (own: DataAdapter, about?: { files: string[]; loadedAt: number }) => {
      if (own.type !== 'file') return { ok: true } as const;
      const outcome = saveSourceChoice({ kind: 'file', id: fileId(own), ...about }, storage);
      setState((now) => (now.adapter.id === own.id && !now.problem ? now : { adapter: own, problem: null, notice: null }));
      return outcome;
    },
    [storage],
  );
  const showConfigured = useCallback(() => {
    const outcome = saveSourceChoice({ kind: 'configured' }, storage);
    setState({ adapter: configured, problem: null, notice: null });
    return outcome;
  }, [configured, storage]);

  // Another tab switched: follow it. A later switch wins over a dataset still being opened.
  useEffect(() => {
    if (storage) return undefined;
    let latest = 0;
    const follow = async () => {
      const request = ++latest;
      const choice = readSourceChoice();
      const now = current.current;
      if (choice.kind === 'configured') {
        if (now.adapter === configured && !now.problem) return;
        setState({ adapter: configured, problem: null, notice: { kind: 'other-tab-configured' } });
        return;
      }
      if (now.adapter.type === 'file' && fileId(now.adapter) === choice.id && !now.problem) return;
      const opened = await openOwnData(choice, store);
      if (request !== latest) return;
      const notice: SourceNotice = opened.problem ? { kind: 'other-tab-missing' } : { kind: 'other-tab-own', files: choice.files ?? [] };
      setState({ adapter: opened.adapter, problem: opened.problem, notice });
    };
    return watchStored(isChoiceKey, (_key, from) => {
      if (from === 'other-tab') void follow();
    });
  }, [configured, storage, store]);

  const dismissNotice = useCallback(() => setState((now) => (now.notice ? { ...now, notice: null } : now)), []);
  const { adapter, problem, notice } = state;
  const sourceSwitch = useMemo<SourceSwitch>(
    () => ({
      choice: problem ? problem.choice : adapter.type === 'file' ? { kind: 'file', id: fileId(adapter) } : { kind: 'configured' },
      problem,
      notice,
      dismissNotice,
      configured,
      showOwnData,
      showConfigured,
    }),
    [adapter, problem, notice, dismissNotice, configured, showOwnData, showConfigured],
  );
  const dataSource = useMemo(() => ({ config, adapter }), [config, adapter]);

  // createElement, not JSX: the data layer's files are plain .ts.
  const switchProvider = createElement(SourceSwitchContext.Provider, { value: sourceSwitch }, children);
  return createElement(DataSourceProvider, { value: dataSource, children: switchProvider });
}

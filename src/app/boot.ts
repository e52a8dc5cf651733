import { applyUrlOverrides, createAdapter, parseConfig } from '../adapters';
import type { AppConfig } from '../adapters/config';
import type { DataAdapter } from '../adapters/types';
import { prepareStoredScheme } from '../data/schemeStore';
import { restoreChosenSource, type SourceProblem } from '../data/sourceChoice';

export type BootResult =
  | { ok: true; config: AppConfig; adapter: DataAdapter; sourceProblem: SourceProblem | null; configProblems: string[] }
  | { ok: false; stage: 'config-unreachable' | 'config-invalid' | 'mock-worker'; detail: string };

/** config.json sits beside index.html, so one build serves any backend. */
export async function loadConfigPayload(): Promise<unknown> {
  const response = await fetch('config.json', { cache: 'no-store', credentials: 'same-origin' });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.json();
}

export async function boot(search: string): Promise<BootResult> {
  // A scheme stored in this browser is checked before the first figure is drawn; fetched beside the config.
  const storedScheme = prepareStoredScheme().catch(() => undefined);
  let payload: unknown;
  try {
    payload = await loadConfigPayload();
  } catch (error) {
    return { ok: false, stage: 'config-unreachable', detail: error instanceof Error ? error.message : String(error) };
  }
  const parsed = parseConfig(payload);
  if (!parsed.config) return { ok: false, stage: 'config-invalid', detail: parsed.problems.join('; ') };
  const config = applyUrlOverrides(parsed.config, new URLSearchParams(search));

  if (config.dataSource.type === 'mock') {
    try {
      // The mock backend is only for demos: loaded lazily, never part of a real deployment's first screen.
      const { startMockWorker } = await import('../../mocks/browser');
      await startMockWorker({ scenario: config.dataSource.scenario ?? 'normal', seed: config.dataSource.seed, outage: config.dataSource.outage });
    } catch (error) {
      return { ok: false, stage: 'mock-worker', detail: error instanceof Error ? error.message : String(error) };
    }
  }
  // The staff's own file when they chose it last time (or why it cannot be shown); else config.json's source.
  const { adapter, problem } = await restoreChosenSource(createAdapter(config));
  await storedScheme;
  return { ok: true, config, adapter, sourceProblem: problem, configProblems: parsed.problems };
}

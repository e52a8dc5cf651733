import { useMemo } from 'react';
import type { Period, Scheme } from '../domain';
import { buildEngineData, evaluatePeriod, type EngineData, type PeriodEvaluation } from '../engine';
import { useDataset, type DatasetState } from './useDataset';

export interface EngineState extends DatasetState {
  engine: EngineData | undefined;
}

/** The dataset indexed once for the engine; rebuilt only when offices or records change. */
export function useEngineData(): EngineState {
  const state = useDataset();
  const offices = state.dataset?.offices;
  const records = state.dataset?.records;
  const engine = useMemo(() => (offices && records ? buildEngineData(offices, records) : undefined), [offices, records]);
  return { ...state, engine };
}

/** One period's evaluation within a scope, memoised on everything it depends on. */
export function useEvaluation(
  engine: EngineData | undefined,
  scheme: Scheme | undefined,
  period: Period | null,
  scopeId: string | undefined,
): PeriodEvaluation | undefined {
  return useMemo(
    () => (engine && scheme && period ? evaluatePeriod(engine, scheme, period, { scopeId }) : undefined),
    // The period object is rebuilt from the URL on every render; its fields are what matter.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [engine, scheme, period?.kind, period?.from, period?.to, scopeId],
  );
}

import { useMemo } from 'react';
import type { Period, Scheme } from '../domain';
import { evaluatePeriod, latestCompleteMonth, type EngineData, type PeriodEvaluation } from '../engine';
import { useDataset, type DatasetState } from './useDataset';

export interface EngineState extends DatasetState {
  engine: EngineData | undefined;
}

/** The dataset and its records as the engine reads them (indexed once, when they arrive). */
export function useEngineData(): EngineState {
  const state = useDataset();
  return { ...state, engine: state.dataset?.engine };
}

/**
 * One period's evaluation within a scope, memoised on everything it depends on. A quarter, year or
 * range that reaches into the month in progress counts its months up to the last complete one
 * (and is compared like for like); a single month is shown as it is, marked partial.
 */
export function useEvaluation(
  engine: EngineData | undefined,
  scheme: Scheme | undefined,
  period: Period | null,
  scopeId: string | undefined,
): PeriodEvaluation | undefined {
  const through = engine ? (latestCompleteMonth(engine, new Date()) ?? undefined) : undefined;
  return useMemo(
    () => (engine && scheme && period ? evaluatePeriod(engine, scheme, period, { scopeId, through }) : undefined),
    // The period object is rebuilt from the URL on every render; its fields are what matter.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [engine, scheme, period?.kind, period?.from, period?.to, scopeId, through],
  );
}

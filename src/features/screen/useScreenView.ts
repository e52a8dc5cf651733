import { useMemo } from 'react';
import { parsePeriodParam, type MonthKey, type Period } from '../../domain';
import type { EngineData } from '../../engine';
import type { MonthRule } from './params';
import { screenMonth } from './screenPeriod';

export interface ScreenView {
  /** null only when there is no data at all. */
  period: Period | null;
  /** A newer month not shown because it is not fully reported yet (the header says so). */
  pending: MonthKey | null;
  scopeId: string | undefined;
}

/** Months since year 0 of now, so the view is recomputed when the calendar month turns. */
function monthNumber(now: Date): number {
  return now.getFullYear() * 12 + now.getMonth();
}

/**
 * What the screen shows: the scope from its settings (a region of the tree, the root otherwise) and
 * the period of its link, or the month its rule picks (screenPeriod.ts).
 */
export function useScreenView(
  engine: EngineData | undefined,
  scope: string | null,
  month: MonthRule,
  periodParam: string | null,
  now: Date = new Date(),
): ScreenView {
  const scopeId = useMemo(() => {
    if (!engine) return undefined;
    const index = scope === null ? undefined : engine.officeIndex.get(scope);
    const office = index === undefined ? undefined : engine.offices[index];
    return office && office.kind === 'region' ? office.id : engine.rootIds[0];
  }, [engine, scope]);

  const nowMonth = monthNumber(now);
  return useMemo(() => {
    const fromLink = parsePeriodParam(periodParam);
    if (fromLink) return { period: fromLink, pending: null, scopeId };
    if (!engine) return { period: null, pending: null, scopeId };
    const picked = screenMonth(engine, month, scopeId, new Date(Math.floor(nowMonth / 12), nowMonth % 12, 15));
    return { period: picked?.period ?? null, pending: picked?.pending ?? null, scopeId };
  }, [periodParam, engine, month, scopeId, nowMonth]);
}

import type { OfficeEvaluation, PeriodEvaluation } from '../../engine';

export interface UnitVolume {
  officeId: string;
  value: number;
}

export interface VolumeSplit {
  /** The scope's accepted items; null when nobody reported any. */
  total: number | null;
  /** The busiest units, largest first (ties by id). */
  top: UnitVolume[];
  /** Everyone else with a figure, summed; null when there is no one else. */
  rest: { units: number; value: number } | null;
}

/**
 * Where the period's items were accepted, by the units directly under the scope — its counties, its
 * own departments, its townships with their villages — the busiest `top` one by one and the others
 * summed. Units without a figure are left out rather than counted as 0.
 */
export function volumeSplit(evaluation: PeriodEvaluation, top = 8): VolumeSplit {
  const total = evaluation.scope.values.accepted ?? null;
  if (total === null || total <= 0) return { total, top: [], rest: null };
  const units: UnitVolume[] = [];
  const add = (offices: readonly OfficeEvaluation[]) => {
    for (const office of offices) {
      const value = office.values.accepted;
      if (typeof value === 'number' && value > 0) units.push({ officeId: office.officeId, value });
    }
  };
  add(evaluation.rankings.region);
  add(evaluation.rankings.department);
  add(evaluation.rankings.township);
  units.sort((a, b) => b.value - a.value || (a.officeId < b.officeId ? -1 : a.officeId > b.officeId ? 1 : 0));
  const others = units.slice(top);
  return {
    total,
    top: units.slice(0, top),
    rest: others.length > 0 ? { units: others.length, value: others.reduce((sum, unit) => sum + unit.value, 0) } : null,
  };
}

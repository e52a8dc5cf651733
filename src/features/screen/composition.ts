import type { PeriodEvaluation } from '../../engine';

export type SliceGroup = 'office' | 'otherDepartments' | 'townships' | 'remainder';

export interface CompositionSlice {
  /** Unique within the composition: the office id, or the group. */
  key: string;
  group: SliceGroup;
  /** The office's name for an 'office' slice; the screen words the groups. */
  name: string | null;
  value: number;
  /** value / total, from counts. */
  share: number;
}

export interface Composition {
  /** The scope's accepted items; null when nobody reported any. */
  total: number | null;
  slices: CompositionSlice[];
}

/**
 * Where the period's items were accepted: the busiest departments one by one, the other
 * departments together, the townships with their villages together, and whatever the region
 * recorded itself. Offices without a figure are left out rather than counted as 0.
 */
export function volumeComposition(evaluation: PeriodEvaluation, topDepartments = 6): Composition {
  const total = evaluation.scope.values.accepted ?? null;
  if (total === null || total <= 0) return { total, slices: [] };

  const departments = evaluation
    .officesOfKind('department')
    .flatMap((office) => (office.values.accepted === null || office.values.accepted === undefined ? [] : [{ office, value: office.values.accepted }]))
    .sort((a, b) => b.value - a.value || a.office.officeId.localeCompare(b.office.officeId));
  const townships = evaluation
    .officesOfKind('township')
    .reduce((sum, office) => sum + (office.values.accepted ?? 0), 0);

  const slices: CompositionSlice[] = departments
    .slice(0, topDepartments)
    .map(({ office, value }) => ({ key: office.officeId, group: 'office', name: office.name, value, share: value / total }));
  const rest = departments.slice(topDepartments).reduce((sum, entry) => sum + entry.value, 0);
  if (rest > 0) slices.push({ key: 'otherDepartments', group: 'otherDepartments', name: null, value: rest, share: rest / total });
  if (townships > 0) slices.push({ key: 'townships', group: 'townships', name: null, value: townships, share: townships / total });
  const counted = slices.reduce((sum, slice) => sum + slice.value, 0);
  const remainder = total - counted;
  if (remainder > 0) slices.push({ key: 'remainder', group: 'remainder', name: null, value: remainder, share: remainder / total });
  return { total, slices };
}

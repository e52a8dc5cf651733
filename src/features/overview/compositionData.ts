import type { CompositionSlice } from '../../charts/options/composition';
import type { MonthRange } from '../../engine';
import { kindRollup, type EngineData } from '../../engine';

export interface VolumeByKind {
  slices: CompositionSlice[];
  total: number | null;
}

/**
 * Items accepted in the scope by kind of office: departments, and townships with the villages
 * under them (a village's items are its township's too). Whatever the scope's own records add
 * beyond those is shown as "other", so the slices always sum to the scope's total.
 */
export function volumeByKind(
  engine: EngineData,
  scopeId: string,
  months: MonthRange,
  scopeTotal: number | null,
  labels: { department: string; township: string; other: string },
): VolumeByKind {
  if (scopeTotal === null || scopeTotal <= 0) return { slices: [], total: scopeTotal };
  const department = kindRollup(engine, scopeId, 'department', months).counts.accepted ?? 0;
  const township = kindRollup(engine, scopeId, 'township', months).counts.accepted ?? 0;
  const other = Math.max(0, scopeTotal - department - township);
  const parts = [
    { id: 'department', name: labels.department, value: department },
    { id: 'township', name: labels.township, value: township },
    { id: 'other', name: labels.other, value: other },
  ].filter((part) => part.value > 0);
  return { slices: parts.map((part) => ({ ...part, share: part.value / scopeTotal })), total: scopeTotal };
}

import type { EngineData } from '../../engine';

/**
 * Names as a reader can tell them apart: a name that repeats among the offices shown (every
 * county of a prefecture has a 城东街道) gets its parent's name added.
 */
export function displayNames(
  engine: EngineData,
  offices: readonly { officeId: string; name: string; parentId: string | null }[],
  withParent: (name: string, parent: string) => string,
): Map<string, string> {
  const counts = new Map<string, number>();
  for (const office of offices) counts.set(office.name, (counts.get(office.name) ?? 0) + 1);
  const names = new Map<string, string>();
  for (const office of offices) {
    const parentIndex = office.parentId === null ? undefined : engine.officeIndex.get(office.parentId);
    const parent = parentIndex === undefined ? undefined : engine.offices[parentIndex];
    names.set(office.officeId, (counts.get(office.name) ?? 0) > 1 && parent ? withParent(office.name, parent.name) : office.name);
  }
  return names;
}

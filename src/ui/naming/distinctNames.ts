import type { EngineData } from '../../engine';

/** The region an office belongs to (its nearest region ancestor), or null at the top. */
function regionName(engine: EngineData, parentId: string | null): string | null {
  let id = parentId;
  while (id !== null) {
    const index = engine.officeIndex.get(id);
    const office = index === undefined ? undefined : engine.offices[index];
    if (!office) return null;
    if (office.kind === 'region') return office.name;
    id = office.parentId;
  }
  return null;
}

/**
 * Names as a reader can tell them apart: a prefecture has thirteen 城东街道, so a name that repeats
 * in the list gets its county added: 城东街道（青岚县）.
 */
export function distinctNames(engine: EngineData, offices: readonly { officeId: string; name: string; parentId: string | null }[]): Map<string, string> {
  const counts = new Map<string, number>();
  for (const office of offices) counts.set(office.name, (counts.get(office.name) ?? 0) + 1);
  const names = new Map<string, string>();
  for (const office of offices) {
    const region = (counts.get(office.name) ?? 0) > 1 ? regionName(engine, office.parentId) : null;
    names.set(office.officeId, region ? `${office.name}（${region}）` : office.name);
  }
  return names;
}

import type { EngineData } from '../../engine';

export interface NamedOffice {
  officeId: string;
  name: string;
  parentId: string | null;
}

/** How a qualified name reads: 城东街道（青岚县） in Chinese, 城东街道 (青岚县) in English. */
export type Qualify = (name: string, qualifier: string) => string;

function officeOf(engine: EngineData, id: string | null) {
  if (id === null) return undefined;
  const index = engine.officeIndex.get(id);
  return index === undefined ? undefined : engine.offices[index];
}

/** The office's nearest region above it (its county), or null at the top. */
export function regionOf(engine: EngineData, parentId: string | null): string | null {
  for (let office = officeOf(engine, parentId); office; office = officeOf(engine, office.parentId)) {
    if (office.kind === 'region') return office.name;
  }
  return null;
}

function repeated(labels: Iterable<string>): Set<string> {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const label of labels) (seen.has(label) ? twice : seen).add(label);
  return twice;
}

/**
 * Names as a reader can tell them apart among the offices shown together: a prefecture has thirteen
 * 城东街道, so a name that repeats gets its county (城东街道（青岚县）); where that still repeats (two
 * 东村 in one county), its parent (东村（城关镇）). A name that does not repeat stays as it is. The
 * one naming function of the product: screens, charts, tooltips, the big screen, the bulletin and
 * every export read their names from here.
 */
export function qualifiedNames(engine: EngineData, offices: readonly NamedOffice[], qualify: Qualify): Map<string, string> {
  const names = new Map<string, string>();
  const ambiguous = repeated(offices.map((office) => office.name));
  const byRegion = new Map<string, string>();
  for (const office of offices) {
    if (!ambiguous.has(office.name)) {
      names.set(office.officeId, office.name);
      continue;
    }
    const region = regionOf(engine, office.parentId);
    byRegion.set(office.officeId, region ? qualify(office.name, region) : office.name);
  }
  const stillAmbiguous = repeated(byRegion.values());
  const byId = stillAmbiguous.size > 0 ? new Map(offices.map((office) => [office.officeId, office])) : null;
  for (const [officeId, label] of byRegion) {
    if (!stillAmbiguous.has(label)) {
      names.set(officeId, label);
      continue;
    }
    const office = byId!.get(officeId)!;
    const parent = officeOf(engine, office.parentId);
    names.set(officeId, parent ? qualify(office.name, parent.name) : label);
  }
  return names;
}

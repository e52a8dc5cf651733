import type { BulletinFacts, EngineData } from '../../../engine';
import { qualifiedNames, type NamedOffice, type Qualify } from '../../../ui';
import type { NamedRef, OfficeNaming } from '../narrative';

function officeAt(engine: EngineData, id: string | null) {
  if (id === null) return undefined;
  const index = engine.officeIndex.get(id);
  return index === undefined ? undefined : engine.offices[index];
}

/** Every office a bulletin's facts name at the scope: rankings, cards, 约谈提示, who did not report. */
function mentioned(facts: BulletinFacts): NamedRef[] {
  return [
    ...facts.rankings.region.rows,
    ...facts.rankings.department.rows,
    ...facts.rankings.township.rows,
    ...facts.cards.red,
    ...facts.cards.yellow,
    ...facts.talkFlags,
    ...facts.coverage.missing,
  ];
}

/**
 * How a bulletin names offices, from the engine's tree: the product's one naming function over
 * every office this bulletin (and last month's, which its follow-up names) mentions, so a name
 * that repeats among them (城关镇 of two counties) is qualified with its county everywhere the
 * bulletin says it; and each office's region directly under the scope (its county).
 */
export function documentNaming(engine: EngineData, facts: BulletinFacts, previous: BulletinFacts | null, qualify: Qualify): OfficeNaming {
  const seen = new Map<string, NamedOffice>();
  for (const office of [...mentioned(facts), ...(previous ? mentioned(previous) : [])]) {
    if (seen.has(office.officeId)) continue;
    seen.set(office.officeId, { officeId: office.officeId, name: office.name, parentId: officeAt(engine, office.officeId)?.parentId ?? null });
  }
  const names = qualifiedNames(engine, [...seen.values()], qualify);
  const areas = new Map<string, NamedRef | null>();
  const scopeId = facts.scope.officeId;
  return {
    name: (office) => names.get(office.officeId) ?? office.name,
    area: (officeId) => {
      if (areas.has(officeId)) return areas.get(officeId)!;
      let area: NamedRef | null = null;
      for (let office = officeAt(engine, officeId); office; office = officeAt(engine, office.parentId)) {
        if (office.parentId === scopeId) {
          area = office.kind === 'region' ? { officeId: office.id, name: office.name } : null;
          break;
        }
      }
      areas.set(officeId, area);
      return area;
    },
  };
}

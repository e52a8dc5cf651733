import type { EngineData } from '../../engine';
import { qualifiedNames, type NamedOffice, type Qualify } from './qualifiedNames';

interface Cached {
  qualify: Qualify;
  names: Map<string, string>;
}
const cache = new WeakMap<EngineData, Map<string, Cached>>();

/**
 * Every office's name as a reader of a scope tells them apart: the naming function over all the
 * scope's offices.
 * A screen at a prefecture lists a few of its offices at a time — the cards of the month, the
 * offices found by a search — and a 城东街道 there is one of thirteen even when only one of them
 * has a card, so it is always 城东街道（松源县）. At a county the same office is plain 城东街道.
 * Kept per data and scope; an office outside the scope keeps its own name.
 */
export function scopeNames(engine: EngineData, scopeId: string | undefined, qualify: Qualify): ReadonlyMap<string, string> {
  const scope = scopeId === undefined ? undefined : engine.officeIndex.get(scopeId);
  if (scope === undefined) return new Map();
  let byScope = cache.get(engine);
  if (!byScope) cache.set(engine, (byScope = new Map()));
  const hit = byScope.get(scopeId!);
  if (hit && hit.qualify === qualify) return hit.names;
  const offices: NamedOffice[] = [];
  const end = engine.subtreeEnd[scope]!;
  for (let o = scope + 1; o < end; o++) {
    const office = engine.offices[o]!;
    offices.push({ officeId: office.id, name: office.name, parentId: office.parentId });
  }
  const names = qualifiedNames(engine, offices, qualify);
  byScope.set(scopeId!, { qualify, names });
  return names;
}

/** The office's name at the scope: qualified where it repeats there, its own name otherwise. */
export function nameAt(names: ReadonlyMap<string, string>, engine: EngineData, officeId: string): string {
  const known = names.get(officeId);
  if (known !== undefined) return known;
  const index = engine.officeIndex.get(officeId);
  return index === undefined ? officeId : engine.offices[index]!.name;
}

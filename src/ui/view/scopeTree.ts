import type { Office } from '../../domain';
import { RANKED, type EngineData, type RankedKind } from '../../engine';

/**
 * The region tree as the screens walk it: a scope is one region node; its path from the top is the
 * breadcrumb (青川省 › 云岭市 › 松源县), its child regions open as scopes of their own, and its own
 * departments and the townships directly under it are ranked there. Read from the indexed offices
 * (pre-order: a subtree is the range [i, subtreeEnd[i])), so nothing here walks the whole tree.
 */

const REGION = 0;

function indexOf(engine: EngineData, id: string | null | undefined): number | undefined {
  return id === null || id === undefined ? undefined : engine.officeIndex.get(id);
}

/** The regions from the top of the tree down to the scope, the scope included; empty for an unknown id. */
export function regionPath(engine: EngineData, scopeId: string | undefined): Office[] {
  const path: Office[] = [];
  for (let i = indexOf(engine, scopeId) ?? -1; i >= 0; i = engine.parentIndex[i]!) {
    if (engine.kindCodes[i] === REGION) path.push(engine.offices[i]!);
  }
  return path.reverse();
}

/** The direct children of an office, in tree order (siblings by id). */
function childIndices(engine: EngineData, index: number): number[] {
  const list: number[] = [];
  const end = engine.subtreeEnd[index]!;
  for (let child = index + 1; child < end; child = engine.subtreeEnd[child]!) list.push(child);
  return list;
}

/** The regions directly under a region (a prefecture's counties), in tree order. */
export function childRegions(engine: EngineData, regionId: string | undefined): Office[] {
  const index = indexOf(engine, regionId);
  if (index === undefined) return [];
  return childIndices(engine, index)
    .filter((child) => engine.kindCodes[child] === REGION)
    .map((child) => engine.offices[child]!);
}

/**
 * The kinds ranked at a scope, in the order the screens offer them: its child regions, its own
 * departments, the townships directly under it — each only where the scope has some.
 */
export function scopeKinds(engine: EngineData, scopeId: string | undefined): RankedKind[] {
  const index = indexOf(engine, scopeId);
  if (index === undefined) return [];
  const present = new Set<number>(childIndices(engine, index).map((child) => engine.kindCodes[child]!));
  const code: Record<RankedKind, number> = { region: REGION, department: 1, township: 2 };
  return RANKED.filter((kind) => present.has(code[kind]));
}

/**
 * What a scope shows when the URL names no kind: its child regions where it has some (a city
 * leader's first question is how the counties compare), else its departments.
 */
export function defaultKind(kinds: readonly RankedKind[]): RankedKind {
  if (kinds.includes('region')) return 'region';
  return kinds.includes('department') || kinds.length === 0 ? 'department' : kinds[0]!;
}

/**
 * The scope an office is ranked in: its nearest region above it (a township's county, a county's
 * prefecture); the top region is its own. Its page is read there, so its rank is the one that
 * region publishes; null for an unknown id.
 */
export function homeScope(engine: EngineData, officeId: string): string | null {
  const index = indexOf(engine, officeId);
  if (index === undefined) return null;
  for (let p = engine.parentIndex[index]!; p >= 0; p = engine.parentIndex[p]!) {
    if (engine.kindCodes[p] === REGION) return engine.offices[p]!.id;
  }
  return engine.offices[index]!.id;
}

/**
 * The child region of the scope an office lies in (the county of a township, seen from its
 * prefecture); null for the scope's own offices (市直部门) and for offices outside the scope.
 */
export function childRegionOf(engine: EngineData, scopeId: string, officeId: string): Office | null {
  const scope = indexOf(engine, scopeId);
  let i = indexOf(engine, officeId);
  if (scope === undefined || i === undefined || i <= scope || i >= engine.subtreeEnd[scope]!) return null;
  let found: number | null = null;
  for (; i !== scope && i >= 0; i = engine.parentIndex[i]!) if (engine.kindCodes[i] === REGION) found = i;
  return found === null ? null : engine.offices[found]!;
}

/**
 * The query of a link to an office's page: the period shown, and the office's own scope (homeScope),
 * so its page gives the rank its region publishes whichever screen it was opened from.
 */
export function officeLinkParams(engine: EngineData, officeId: string, period: string | null): Record<string, string | null> {
  const home = homeScope(engine, officeId);
  return { period, scope: home === null || home === engine.rootIds[0] ? null : home };
}

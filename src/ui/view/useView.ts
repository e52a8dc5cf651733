import { useCallback, useMemo } from 'react';
import { monthPeriod, parsePeriodParam, periodToParam, type Office, type Period } from '../../domain';
import { latestCompleteMonth, type EngineData, type RankedKind } from '../../engine';
import { useHashLocation, useSetParams } from '../router';
import { childRegions, defaultKind, regionPath, scopeKinds } from './scopeTree';
import { scopeChange } from './scopeParams';

export type { RankedKind };

/** What a screen shows, read from the URL so back/forward and a pasted link restore it. */
export interface View {
  /** null only when there is no data at all. */
  period: Period | null;
  /** The region evaluated and ranked (the root by default). */
  scopeId: string | undefined;
  /** The regions from the top of the tree down to the scope (the breadcrumb). */
  scopePath: readonly Office[];
  /** The regions directly under the scope (a prefecture's counties); empty for a county. */
  childRegions: readonly Office[];
  /** The kind shown: the URL's where the scope ranks it, else the scope's default (defaultKind). */
  kind: RankedKind;
  /** The kinds ranked at this scope: child regions, own departments, townships directly under it. */
  kinds: readonly RankedKind[];
  /** Every region of the tree (for a scope picker). */
  regions: readonly Office[];
  setPeriod: (period: Period) => void;
  setScope: (scopeId: string) => void;
  setKind: (kind: RankedKind) => void;
}

function isRankedKind(value: string | null, kinds: readonly RankedKind[]): value is RankedKind {
  return value !== null && (kinds as readonly string[]).includes(value);
}

/** The kind a URL parameter names at a scope, falling back to the scope's default. */
export function resolveKind(param: string | null, kinds: readonly RankedKind[]): RankedKind {
  return isRankedKind(param, kinds) ? param : defaultKind(kinds);
}

export function useView(engine: EngineData | undefined, now: Date = new Date()): View {
  const { params } = useHashLocation();
  const setParams = useSetParams();
  const periodParam = params.get('period');
  const scopeParam = params.get('scope');
  const kindParam = params.get('kind');
  const nowMonth = now.getFullYear() * 12 + now.getMonth();

  const regions = useMemo(() => (engine ? engine.offices.filter((office) => office.kind === 'region') : []), [engine]);

  const period = useMemo(() => {
    const fromUrl = parsePeriodParam(periodParam);
    if (fromUrl) return fromUrl;
    if (!engine) return null;
    // Screens open on the last complete month that has data, never the current month.
    const latest = latestCompleteMonth(engine, new Date(Math.floor(nowMonth / 12), nowMonth % 12, 15));
    return latest ? monthPeriod(latest) : null;
  }, [periodParam, engine, nowMonth]);

  const scopeId = useMemo(() => {
    if (!engine) return undefined;
    const candidate = scopeParam && engine.officeIndex.has(scopeParam) ? scopeParam : null;
    const office = candidate ? engine.offices[engine.officeIndex.get(candidate)!] : undefined;
    return office && office.kind === 'region' ? office.id : engine.rootIds[0];
  }, [engine, scopeParam]);

  const tree = useMemo(
    () =>
      engine
        ? { path: regionPath(engine, scopeId), children: childRegions(engine, scopeId), kinds: scopeKinds(engine, scopeId) }
        : { path: [], children: [], kinds: [] as RankedKind[] },
    [engine, scopeId],
  );
  const kind = resolveKind(kindParam, tree.kinds);
  const root = engine?.rootIds[0];

  const setPeriod = useCallback((next: Period) => setParams({ period: periodToParam(next) }), [setParams]);
  const setScope = useCallback((next: string) => setParams(scopeChange(next, root)), [setParams, root]);
  const setKind = useCallback((next: RankedKind) => setParams({ kind: next === defaultKind(tree.kinds) ? null : next, page: null }), [setParams, tree.kinds]);

  return {
    period,
    scopeId,
    scopePath: tree.path,
    childRegions: tree.children,
    kind,
    kinds: tree.kinds,
    regions,
    setPeriod,
    setScope,
    setKind,
  };
}

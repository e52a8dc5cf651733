import { useMemo } from 'react';
import {
  RANKED_KINDS,
  monthPeriod,
  parsePeriodParam,
  periodToParam,
  type Office,
  type OfficeKind,
  type Period,
} from '../../domain';
import { latestCompleteMonth, type EngineData } from '../../engine';
import { useHashLocation, useSetParams } from '../router';

export type RankedKind = 'department' | 'township';

/** What a screen shows, read from the URL so back/forward and a pasted link restore it. */
export interface View {
  /** null only when there is no data at all. */
  period: Period | null;
  /** The region evaluated and ranked (the root by default). */
  scopeId: string | undefined;
  kind: RankedKind;
  regions: readonly Office[];
  setPeriod: (period: Period) => void;
  setScope: (scopeId: string) => void;
  setKind: (kind: RankedKind) => void;
}

function isRankedKind(value: string | null): value is RankedKind {
  return value !== null && (RANKED_KINDS as readonly string[]).includes(value);
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

  return {
    period,
    scopeId,
    kind: isRankedKind(kindParam) ? kindParam : 'department',
    regions,
    setPeriod: (next) => setParams({ period: periodToParam(next) }),
    setScope: (next) => setParams({ scope: next === engine?.rootIds[0] ? null : next }),
    setKind: (next: OfficeKind) => setParams({ kind: next === 'department' ? null : next }),
  };
}

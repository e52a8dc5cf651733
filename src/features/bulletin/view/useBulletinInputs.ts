import { useMemo } from 'react';
import { addMonths, compareMonths, type Scheme } from '../../../domain';
import type { BulletinFacts, EngineData } from '../../../engine';
import { bulletinFacts } from '../../../engine/bulletin';
import { useQualify } from '../../../ui';
import { withIssuer, type BulletinFormat } from '../../../data/bulletinFormat';
import type { DocumentFormat } from '../model/document';
import { documentNaming } from '../model/naming';
import { PLAIN_NAMING, type OfficeNaming } from '../narrative';

export interface BulletinInputs {
  /** Last month's facts at the scope, for what became of its 整改要求; null in the first month of data. */
  previous: BulletinFacts | null;
  /** Each region directly under the scope with its own facts, for its tables in the annex. */
  regions: BulletinFacts[];
  naming: OfficeNaming;
}

/**
 * What the bulletin needs beyond its month's facts, computed once per month and scope: last
 * month's facts, each county's facts (a prefecture's annex), and how offices are named (by the
 * product's naming function, qualified by county where names repeat).
 */
export function useBulletinInputs(facts: BulletinFacts, engine: EngineData | undefined, scheme: Scheme | undefined): BulletinInputs {
  const qualify = useQualify();
  return useMemo(() => {
    if (!engine || !scheme) return { previous: null, regions: [], naming: PLAIN_NAMING };
    const month = addMonths(facts.month, -1);
    const inData = engine.firstMonth !== null && engine.firstMonth !== undefined && compareMonths(month, engine.firstMonth) >= 0;
    const previous = inData ? bulletinFacts(engine, scheme, month, facts.scope.officeId) : null;
    const regions = facts.rankings.region.rows.map((row) => bulletinFacts(engine, scheme, facts.month, row.officeId));
    return { previous, regions, naming: documentNaming(engine, facts, previous, qualify) };
  }, [facts, engine, scheme, qualify]);
}

/** The 版头 and 版记 settings made concrete for this bulletin's issuer; null where they are off. */
export function documentFormat(format: BulletinFormat, issuer: string): DocumentFormat {
  return {
    banner: format.banner.enabled ? { mark: withIssuer(format.banner.mark, issuer) } : null,
    record: format.record.enabled ? { copyTo: format.record.copyTo.trim(), printer: withIssuer(format.record.printer, issuer) } : null,
  };
}

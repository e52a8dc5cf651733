import type { OfficeKind } from '../../domain';
import type { PeriodEvaluation } from '../../engine';

export type MissingOffice = ReturnType<PeriodEvaluation['missingOwnRecords']>[number];

export interface KindCoverage {
  kind: OfficeKind;
  /** Offices due to report in the period (one that first reported after it is not due). */
  due: number;
  /** Due offices whose own record is missing for some month of the period. */
  missing: MissingOffice[];
}

export const COVERAGE_KINDS: readonly OfficeKind[] = ['department', 'township', 'village'];

/**
 * Who reported in the period, per kind, counted in offices (the notice above the page counts
 * office-months). An office counts as missing when its own record is, even if the offices under it
 * reported: a township centre that sent nothing is missing although its villages did.
 */
export function coverageByKind(evaluation: PeriodEvaluation): KindCoverage[] {
  const missing = evaluation.missingOwnRecords();
  return COVERAGE_KINDS.map((kind) => ({
    kind,
    due: evaluation.officesOfKind(kind).filter((office) => office.status !== 'not-expected').length,
    missing: missing.filter((office) => office.kind === kind),
  })).filter((coverage) => coverage.due > 0);
}

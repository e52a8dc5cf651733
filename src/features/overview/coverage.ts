import type { OfficeKind } from '../../domain';
import type { OfficeEvaluation, PeriodEvaluation } from '../../engine';

export interface KindCoverage {
  kind: OfficeKind;
  /** Offices due to report in the period (those that first reported after it are not due). */
  due: number;
  /** Reported every month due. */
  complete: number;
  /** Reported some months due, not all. */
  partial: OfficeEvaluation[];
  notReported: OfficeEvaluation[];
}

export const COVERAGE_KINDS: readonly OfficeKind[] = ['department', 'township', 'village'];

/** Who reported in the period, per kind: the offices, not the office-months. */
export function kindCoverage(evaluation: PeriodEvaluation, kind: OfficeKind): KindCoverage {
  const coverage: KindCoverage = { kind, due: 0, complete: 0, partial: [], notReported: [] };
  for (const office of evaluation.officesOfKind(kind)) {
    if (office.status === 'not-expected') continue;
    coverage.due += 1;
    if (office.status === 'complete') coverage.complete += 1;
    else if (office.status === 'partial') coverage.partial.push(office);
    else coverage.notReported.push(office);
  }
  return coverage;
}

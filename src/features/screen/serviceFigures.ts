import type { OfficeEvaluation, PeriodEvaluation } from '../../engine';

/** The units directly under the scope, as its boards rank them: counties, own departments, townships (with their villages). */
export function scopeUnits(evaluation: PeriodEvaluation): OfficeEvaluation[] {
  return [...evaluation.rankings.region, ...evaluation.rankings.department, ...evaluation.rankings.township];
}

export interface BadReviewUnit {
  officeId: string;
  bad: number;
  rectified: number | null;
  /** Past their rectification deadline at the period's end (差评超期未整改); null when not sent. */
  overdue: number | null;
}

function count(value: number | null | undefined): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

function byIdThen<T extends { officeId: string }>(a: T, b: T): number {
  return a.officeId < b.officeId ? -1 : a.officeId > b.officeId ? 1 : 0;
}

/** The units with the most bad reviews in the period (差评最多), most first; none without a bad review. */
export function badReviewUnits(evaluation: PeriodEvaluation, top = 6): BadReviewUnit[] {
  return scopeUnits(evaluation)
    .flatMap((office) => {
      const bad = count(office.values.badReviews);
      if (bad === null || bad <= 0) return [];
      return [{ officeId: office.officeId, bad, rectified: count(office.values.badReviewsRectified), overdue: count(office.values.badReviewsOverdue) }];
    })
    .sort((a, b) => b.bad - a.bad || (b.overdue ?? 0) - (a.overdue ?? 0) || byIdThen(a, b))
    .slice(0, top);
}

/**
 * Hotline tickets closed late: closed (热线办结数, or the tickets where the source does not send it,
 * as the on-time rate's denominator does) less closed on time. Null when either is missing.
 */
export function lateTickets(office: Pick<OfficeEvaluation, 'counts'>): number | null {
  const closed = count(office.counts.hotlineCompleted) ?? count(office.counts.hotlineTickets);
  const onTime = count(office.counts.hotlineOnTime);
  if (closed === null || onTime === null) return null;
  return Math.max(0, closed - onTime);
}

export interface LateTicketUnit {
  officeId: string;
  late: number;
  tickets: number | null;
  onTimeRate: number | null;
}

/** The units with the most tickets closed late (超时办结工单最多), most first; none without one. */
export function lateTicketUnits(evaluation: PeriodEvaluation, top = 6): LateTicketUnit[] {
  return scopeUnits(evaluation)
    .flatMap((office) => {
      const late = lateTickets(office);
      if (late === null || late <= 0) return [];
      return [{ officeId: office.officeId, late, tickets: count(office.values.hotlineTickets), onTimeRate: count(office.values.hotlineOnTimeRate) }];
    })
    .sort((a, b) => b.late - a.late || byIdThen(a, b))
    .slice(0, top);
}

/**
 * Raw monthly counts, in the order of the data contract (docs/data-contract.md). The first twenty
 * are contract v1; the rest came with v1.1 and are all optional.
 */
export const COUNT_FIELDS = [
  'accepted',
  'completed',
  'completedOnTime',
  'overdue',
  'nearDeadline',
  'onlineAccepted',
  'fullyOnline',
  'reviews',
  'activeReviews',
  'goodReviews',
  'badReviews',
  'badReviewsRectified',
  'hotlineTickets',
  'hotlineResponded',
  'hotlineOnTime',
  'hotlineResolved',
  'hotlineRevisited',
  'hotlineSatisfied',
  'disclosures',
  'disclosuresAdopted',
  // contract v1.1
  'overdueOpen',
  'carriedOver',
  'reviewsVerySatisfied',
  'reviewsSatisfied',
  'reviewsBasicallySatisfied',
  'reviewsDissatisfied',
  'reviewsVeryDissatisfied',
  'badReviewsOverdue',
  'hotlineCompleted',
] as const;
export type CountField = (typeof COUNT_FIELDS)[number];

/** Absent means "not reported", which is never the same as 0. */
export type Counts = Partial<Record<CountField, number>>;

export function isCountField(value: unknown): value is CountField {
  return typeof value === 'string' && (COUNT_FIELDS as readonly string[]).includes(value);
}

/**
 * How a count behaves over a period of several months.
 * - flow: what happened in the month (受理, 办结, reviews, tickets): a period sums its months.
 * - closing: a level at the month's end (临期在办, 月末超期未办结): a period takes its last month.
 * - opening: a level at the month's start (上月结转在办): a period takes its first month.
 */
export type FieldNature = 'flow' | 'closing' | 'opening';

export const FIELD_NATURE: Readonly<Record<CountField, FieldNature>> = {
  accepted: 'flow',
  completed: 'flow',
  completedOnTime: 'flow',
  overdue: 'flow',
  nearDeadline: 'closing',
  onlineAccepted: 'flow',
  fullyOnline: 'flow',
  reviews: 'flow',
  activeReviews: 'flow',
  goodReviews: 'flow',
  badReviews: 'flow',
  badReviewsRectified: 'flow',
  hotlineTickets: 'flow',
  hotlineResponded: 'flow',
  hotlineOnTime: 'flow',
  hotlineResolved: 'flow',
  hotlineRevisited: 'flow',
  hotlineSatisfied: 'flow',
  disclosures: 'flow',
  disclosuresAdopted: 'flow',
  overdueOpen: 'closing',
  carriedOver: 'opening',
  reviewsVerySatisfied: 'flow',
  reviewsSatisfied: 'flow',
  reviewsBasicallySatisfied: 'flow',
  reviewsDissatisfied: 'flow',
  reviewsVeryDissatisfied: 'flow',
  badReviewsOverdue: 'closing',
  hotlineCompleted: 'flow',
};

/** The five satisfaction levels of GB/T 39046, best first. A record sends all five or none. */
export const REVIEW_LEVELS = [
  'reviewsVerySatisfied',
  'reviewsSatisfied',
  'reviewsBasicallySatisfied',
  'reviewsDissatisfied',
  'reviewsVeryDissatisfied',
] as const satisfies readonly CountField[];
export type ReviewLevel = (typeof REVIEW_LEVELS)[number];

export function isReviewLevel(value: unknown): value is ReviewLevel {
  return typeof value === 'string' && (REVIEW_LEVELS as readonly string[]).includes(value);
}

/** Which levels are 好评 and which 差评: a scheme's choice; by default the national practice. */
export interface ReviewLevels {
  good: ReviewLevel[];
  bad: ReviewLevel[];
}

/** 好评 = 非常满意 + 满意 + 基本满意, 差评 = 不满意 + 非常不满意 (the national 好差评 practice). */
export const NATIONAL_REVIEW_LEVELS: ReviewLevels = {
  good: ['reviewsVerySatisfied', 'reviewsSatisfied', 'reviewsBasicallySatisfied'],
  bad: ['reviewsDissatisfied', 'reviewsVeryDissatisfied'],
};

/** The record sent the five levels (validation lets a record through only with all five or none). */
export function hasReviewLevels(counts: Counts): boolean {
  return counts.reviewsVerySatisfied !== undefined;
}

/**
 * 好评 and 差评 as a record states them: from the five levels when it sent them (under `levels`),
 * else its goodReviews / badReviews fields.
 */
export function effectiveReviews(counts: Counts, levels: ReviewLevels = NATIONAL_REVIEW_LEVELS): { good?: number; bad?: number } {
  if (!hasReviewLevels(counts)) return { good: counts.goodReviews, bad: counts.badReviews };
  const sum = (fields: readonly ReviewLevel[]) => fields.reduce((total, field) => total + (counts[field] ?? 0), 0);
  return { good: sum(levels.good), bad: sum(levels.bad) };
}

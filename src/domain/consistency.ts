import { effectiveReviews, hasReviewLevels, type CountField, type Counts } from './counts';

/**
 * A relation that holds in real data between sums of fields of one record.
 * - 'lte': Σ parts ≤ Σ whole (on-time cannot exceed completed).
 * - 'eq': Σ parts = Σ whole (on-time + overdue = completed).
 * A 'reject' rule leaves a row that breaks it out of every figure; a 'note' rule keeps the row and
 * reports the break. Every rule on contract v1 fields alone that came with v1.1 is a note, so a v1
 * payload that was valid stays valid.
 */
export interface ConsistencyRule {
  id: string;
  parts: readonly CountField[];
  relation: 'lte' | 'eq';
  whole: readonly CountField[];
  severity: 'reject' | 'note';
}

function lte(id: string, parts: readonly CountField[], whole: readonly CountField[], severity: ConsistencyRule['severity'] = 'reject'): ConsistencyRule {
  return { id, parts, relation: 'lte', whole, severity };
}

/**
 * completed may exceed accepted (items accepted in earlier months), so there is no rule for it;
 * with carriedOver sent, it may not exceed what was there to complete (accepted + carried over).
 */
export const CONSISTENCY_RULES: readonly ConsistencyRule[] = [
  lte('on-time-within-completed', ['completedOnTime'], ['completed']),
  lte('online-within-accepted', ['onlineAccepted'], ['accepted']),
  lte('fully-online-within-online', ['fullyOnline'], ['onlineAccepted']),
  lte('active-within-reviews', ['activeReviews'], ['reviews']),
  // Before good + bad ≤ reviews: where the levels are sent, 好评 and 差评 are their sums (see sumOf),
  // so both rules break together and the one the source actually sent is the one to name.
  lte(
    'levels-within-reviews',
    ['reviewsVerySatisfied', 'reviewsSatisfied', 'reviewsBasicallySatisfied', 'reviewsDissatisfied', 'reviewsVeryDissatisfied'],
    ['reviews'],
  ),
  lte('good-bad-within-reviews', ['goodReviews', 'badReviews'], ['reviews']),
  lte('rectified-within-bad', ['badReviewsRectified'], ['badReviews']),
  lte('responded-within-tickets', ['hotlineResponded'], ['hotlineTickets']),
  lte('hotline-on-time-within-tickets', ['hotlineOnTime'], ['hotlineTickets']),
  lte('resolved-within-tickets', ['hotlineResolved'], ['hotlineTickets']),
  lte('revisited-within-tickets', ['hotlineRevisited'], ['hotlineTickets']),
  lte('satisfied-within-tickets', ['hotlineSatisfied'], ['hotlineTickets']),
  lte('satisfied-within-revisited', ['hotlineSatisfied'], ['hotlineRevisited']),
  lte('adopted-within-disclosures', ['disclosuresAdopted'], ['disclosures']),
  // contract v1.1
  lte('completed-within-due', ['completed'], ['accepted', 'carriedOver']),
  lte('hotline-completed-within-tickets', ['hotlineCompleted'], ['hotlineTickets']),
  lte('hotline-on-time-within-completed', ['hotlineOnTime'], ['hotlineCompleted']),
  { id: 'on-time-plus-overdue-is-completed', parts: ['completedOnTime', 'overdue'], relation: 'eq', whole: ['completed'], severity: 'note' },
];

/** The review-level rules: the stated 好评/差评 and the five levels (national practice) must agree. */
export const REVIEW_LEVEL_RULES = ['good-reviews-match-levels', 'bad-reviews-match-levels'] as const;
export type ReviewLevelRuleId = (typeof REVIEW_LEVEL_RULES)[number];

export interface BrokenRule {
  rule: ConsistencyRule;
  partsSum: number;
  wholeSum: number;
}

/**
 * Σ of fields as the rules read them, or null when one is absent: where the record sent the five
 * review levels, 好评 and 差评 are theirs (national practice), so "rectified ≤ bad" holds against
 * the levels too. Read without copying the record: validation runs this on every row.
 */
function sumOf(counts: Counts, fields: readonly CountField[], levels: boolean): number | null {
  let sum = 0;
  for (const field of fields) {
    let value: number | undefined;
    if (levels && field === 'goodReviews') value = counts.reviewsVerySatisfied! + counts.reviewsSatisfied! + counts.reviewsBasicallySatisfied!;
    else if (levels && field === 'badReviews') value = counts.reviewsDissatisfied! + counts.reviewsVeryDissatisfied!;
    else value = counts[field];
    if (value === undefined) return null;
    sum += value;
  }
  return sum;
}

const RULES_OF: Record<ConsistencyRule['severity'], readonly ConsistencyRule[]> = {
  reject: CONSISTENCY_RULES.filter((rule) => rule.severity === 'reject'),
  note: CONSISTENCY_RULES.filter((rule) => rule.severity === 'note'),
};

/** The rule broken with its two sums, or null: a clean row (nearly every row) allocates nothing. */
function breaks(rule: ConsistencyRule, counts: Counts, levels: boolean): BrokenRule | null {
  const partsSum = sumOf(counts, rule.parts, levels);
  const wholeSum = sumOf(counts, rule.whole, levels);
  if (partsSum === null || wholeSum === null) return null;
  return (rule.relation === 'lte' ? partsSum > wholeSum : partsSum !== wholeSum) ? { rule, partsSum, wholeSum } : null;
}

/** Every rule of `severity` the record breaks, in rule order. A rule with an absent field is not checked. */
export function brokenConsistencyRules(counts: Counts, severity: ConsistencyRule['severity']): BrokenRule[] {
  const levels = hasReviewLevels(counts);
  const broken: BrokenRule[] = [];
  for (const rule of CONSISTENCY_RULES) {
    if (rule.severity !== severity) continue;
    const found = breaks(rule, counts, levels);
    if (found) broken.push(found);
  }
  return broken;
}

/** The first rule of `severity` (by default one that leaves the row out) the row breaks, or null. */
export function brokenConsistencyRule(counts: Counts, severity: ConsistencyRule['severity'] = 'reject'): BrokenRule | null {
  const levels = hasReviewLevels(counts);
  for (const rule of RULES_OF[severity]) {
    const found = breaks(rule, counts, levels);
    if (found) return found;
  }
  return null;
}

/**
 * Where a record sends both the five levels and goodReviews / badReviews, whether they agree under
 * the national practice. The levels win; a disagreement is a note in the quality report.
 */
export function reviewLevelDisagreements(counts: Counts): { id: ReviewLevelRuleId; stated: number; fromLevels: number }[] {
  if (!hasReviewLevels(counts)) return [];
  const { good, bad } = effectiveReviews(counts);
  const found: { id: ReviewLevelRuleId; stated: number; fromLevels: number }[] = [];
  if (counts.goodReviews !== undefined && counts.goodReviews !== good) {
    found.push({ id: 'good-reviews-match-levels', stated: counts.goodReviews, fromLevels: good! });
  }
  if (counts.badReviews !== undefined && counts.badReviews !== bad) {
    found.push({ id: 'bad-reviews-match-levels', stated: counts.badReviews, fromLevels: bad! });
  }
  return found;
}

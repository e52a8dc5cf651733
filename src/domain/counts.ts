/** Raw monthly counts, in the order of the data contract (docs/data-contract.md). */
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
] as const;
export type CountField = (typeof COUNT_FIELDS)[number];

/** Absent means "not reported", which is never the same as 0. */
export type Counts = Partial<Record<CountField, number>>;

/**
 * Consistency that holds in real data: the sum of `parts` never exceeds `whole`.
 * completed may exceed accepted (items accepted in earlier months), so there is no rule for it.
 */
export interface ConsistencyRule {
  parts: readonly CountField[];
  whole: CountField;
}

export const CONSISTENCY_RULES: readonly ConsistencyRule[] = [
  { parts: ['completedOnTime'], whole: 'completed' },
  { parts: ['onlineAccepted'], whole: 'accepted' },
  { parts: ['fullyOnline'], whole: 'onlineAccepted' },
  { parts: ['activeReviews'], whole: 'reviews' },
  { parts: ['goodReviews', 'badReviews'], whole: 'reviews' },
  { parts: ['badReviewsRectified'], whole: 'badReviews' },
  { parts: ['hotlineResponded'], whole: 'hotlineTickets' },
  { parts: ['hotlineOnTime'], whole: 'hotlineTickets' },
  { parts: ['hotlineResolved'], whole: 'hotlineTickets' },
  { parts: ['hotlineRevisited'], whole: 'hotlineTickets' },
  { parts: ['hotlineSatisfied'], whole: 'hotlineTickets' },
  { parts: ['hotlineSatisfied'], whole: 'hotlineRevisited' },
  { parts: ['disclosuresAdopted'], whole: 'disclosures' },
];

/** The first rule a row breaks, or null. Rules with an absent field are not checked. */
export function brokenConsistencyRule(counts: Counts): ConsistencyRule | null {
  for (const rule of CONSISTENCY_RULES) {
    const whole = counts[rule.whole];
    if (whole === undefined) continue;
    let sum = 0;
    let complete = true;
    for (const part of rule.parts) {
      const value = counts[part];
      if (value === undefined) {
        complete = false;
        break;
      }
      sum += value;
    }
    if (complete && sum > whole) return rule;
  }
  return null;
}

import { CONSISTENCY_RULES, REVIEW_LEVEL_RULES, REVIEW_LEVELS, type CountField, type MonthlyRecord, type QualityReason } from '../src/domain';
import type { Dataset } from './generator';

/**
 * A clean row of the base data served changed, in its place: it breaks one consistency rule (or
 * sends some of the five review levels only). A row that breaks a 'reject' rule is left out, so
 * the office has no data that month; one that breaks a 'note' rule is used, with a note.
 */
export interface RuleBreaker {
  reason: QualityReason;
  field: CountField;
  /** The rule a validator names (params.rule); absent for the partial levels. */
  rule?: string;
  severity: 'rejected' | 'note';
  /** The clean row it replaces, and the row served instead. */
  clean: MonthlyRecord;
  row: MonthlyRecord;
  note: string;
}

type Row = MonthlyRecord;
type Patch = (row: Row) => Partial<Record<CountField, number | undefined>>;

interface Break {
  rule?: string;
  reason?: QualityReason;
  field: CountField;
  severity?: RuleBreaker['severity'];
  /** The clean row this break can be made from without breaking anything else. */
  fits?: (row: Row) => boolean;
  patch: Patch;
  note: string;
}

const n = (value: number | undefined) => value ?? 0;
const levelSum = (row: Row) => REVIEW_LEVELS.reduce((total, level) => total + n(row[level]), 0);
const noLevels = Object.fromEntries(REVIEW_LEVELS.map((level) => [level, undefined])) as Partial<Record<CountField, undefined>>;

/**
 * One row per rule, in CONSISTENCY_RULES order, each made to break that rule and nothing that
 * comes before it (a validator names the first rule a row breaks). Where the five levels are
 * sent, 好评 and 差评 are theirs: good + bad > reviews can only be named on a row without levels.
 */
const BREAKS: readonly Break[] = [
  { rule: 'on-time-within-completed', field: 'completedOnTime', patch: (r) => ({ completedOnTime: n(r.completed) + 1 }), note: 'completedOnTime > completed' },
  { rule: 'online-within-accepted', field: 'onlineAccepted', patch: (r) => ({ onlineAccepted: n(r.accepted) + 5 }), note: 'onlineAccepted > accepted' },
  { rule: 'fully-online-within-online', field: 'fullyOnline', patch: (r) => ({ fullyOnline: n(r.onlineAccepted) + 3 }), note: 'fullyOnline > onlineAccepted' },
  { rule: 'active-within-reviews', field: 'activeReviews', patch: (r) => ({ activeReviews: n(r.reviews) + 2 }), note: 'activeReviews > reviews' },
  {
    rule: 'levels-within-reviews',
    field: 'reviewsVerySatisfied',
    patch: (r) => ({ reviewsVerySatisfied: n(r.reviewsVerySatisfied) + n(r.reviews) - levelSum(r) + 4 }),
    note: 'the five review levels add up to more than reviews',
  },
  {
    rule: 'good-bad-within-reviews',
    field: 'goodReviews',
    patch: (r) => ({ ...noLevels, goodReviews: n(r.reviews) - n(r.badReviews) + 3 }),
    note: 'goodReviews + badReviews > reviews, on a row without the five levels (as a v1 source sends it)',
  },
  {
    rule: 'rectified-within-bad',
    field: 'badReviewsRectified',
    patch: (r) => ({ badReviewsRectified: n(r.badReviews) + 1 }),
    note: 'badReviewsRectified > badReviews',
  },
  {
    rule: 'responded-within-tickets',
    field: 'hotlineResponded',
    patch: (r) => ({ hotlineResponded: n(r.hotlineTickets) + 1 }),
    note: 'hotlineResponded > hotlineTickets',
  },
  {
    rule: 'hotline-on-time-within-tickets',
    field: 'hotlineOnTime',
    patch: (r) => ({ hotlineOnTime: n(r.hotlineTickets) + 1 }),
    note: 'hotlineOnTime > hotlineTickets',
  },
  {
    rule: 'resolved-within-tickets',
    field: 'hotlineResolved',
    patch: (r) => ({ hotlineResolved: n(r.hotlineTickets) + 1 }),
    note: 'hotlineResolved > hotlineTickets',
  },
  {
    rule: 'revisited-within-tickets',
    field: 'hotlineRevisited',
    patch: (r) => ({ hotlineRevisited: n(r.hotlineTickets) + 1 }),
    note: 'hotlineRevisited > hotlineTickets',
  },
  {
    rule: 'satisfied-within-tickets',
    field: 'hotlineSatisfied',
    patch: (r) => ({ hotlineSatisfied: n(r.hotlineTickets) + 1 }),
    note: 'hotlineSatisfied > hotlineTickets',
  },
  {
    rule: 'satisfied-within-revisited',
    field: 'hotlineSatisfied',
    fits: (r) => n(r.hotlineRevisited) < n(r.hotlineTickets),
    patch: (r) => ({ hotlineSatisfied: n(r.hotlineRevisited) + 1 }),
    note: 'hotlineSatisfied > hotlineRevisited (but within the tickets)',
  },
  {
    rule: 'adopted-within-disclosures',
    field: 'disclosuresAdopted',
    patch: (r) => ({ disclosuresAdopted: n(r.disclosures) + 1 }),
    note: 'disclosuresAdopted > disclosures',
  },
  {
    rule: 'completed-within-due',
    field: 'completed',
    patch: (r) => ({ completed: n(r.accepted) + n(r.carriedOver) + 5, completedOnTime: n(r.accepted) + n(r.carriedOver) + 5 - n(r.overdue) }),
    note: 'completed > accepted + carriedOver',
  },
  {
    rule: 'hotline-completed-within-tickets',
    field: 'hotlineCompleted',
    patch: (r) => ({ hotlineCompleted: n(r.hotlineTickets) + 2 }),
    note: 'hotlineCompleted > hotlineTickets',
  },
  {
    rule: 'hotline-on-time-within-completed',
    field: 'hotlineOnTime',
    fits: (r) => n(r.hotlineOnTime) >= 2,
    patch: (r) => ({ hotlineCompleted: n(r.hotlineOnTime) - 1 }),
    note: 'hotlineOnTime > hotlineCompleted (both within the tickets)',
  },
  {
    rule: 'on-time-plus-overdue-is-completed',
    field: 'completedOnTime',
    severity: 'note',
    fits: (r) => n(r.completedOnTime) >= 2,
    patch: (r) => ({ completedOnTime: n(r.completedOnTime) - 2 }),
    note: 'completedOnTime + overdue = completed − 2: a note, the row is used',
  },
  {
    rule: 'good-reviews-match-levels',
    field: 'goodReviews',
    severity: 'note',
    fits: (r) => n(r.reviewsBasicallySatisfied) > 0,
    patch: (r) => ({ goodReviews: n(r.goodReviews) - n(r.reviewsBasicallySatisfied) }),
    note: 'goodReviews leaves 基本满意 out, against the national practice of its levels: a note, the row is used',
  },
  {
    rule: 'bad-reviews-match-levels',
    field: 'badReviews',
    severity: 'note',
    patch: (r) => ({ badReviews: n(r.badReviews) + 1 }),
    note: 'badReviews one above 不满意 + 非常不满意: a note, the row is used',
  },
  {
    reason: 'missing-field',
    field: 'reviewsSatisfied',
    patch: () => ({ reviewsSatisfied: undefined }),
    note: 'four of the five review levels: they come together or not at all',
  },
];

/** Every rule of the domain is broken by one row here; the tests hold the list to the rules. */
export const BROKEN_RULE_IDS: readonly string[] = BREAKS.flatMap((item) => (item.rule ? [item.rule] : []));
export const RULE_IDS: readonly string[] = [...CONSISTENCY_RULES.map((rule) => rule.id), ...REVIEW_LEVEL_RULES];

/** The row with `patch` applied, keys in the clean row's order; a key patched to undefined is not sent. */
function patched(clean: Row, patch: Partial<Record<CountField, number | undefined>>): Row {
  const row: Row = { officeId: clean.officeId, month: clean.month };
  for (const [key, value] of Object.entries({ ...clean, ...patch })) {
    if (value !== undefined && key !== 'officeId' && key !== 'month') row[key as CountField] = value as number;
  }
  return row;
}

/**
 * Department rows of the period's first year, one month and one department at a time along
 * diagonals, so no office and no month loses more than a row or two: the hostile demo still reads.
 */
function candidates(base: Dataset): Row[] {
  const departments = base.offices.filter((office) => office.kind === 'department').map((office) => office.id);
  const months = base.months.slice(0, 12);
  const byKey = new Map(base.records.map((record) => [`${record.officeId}|${record.month}`, record]));
  const out: Row[] = [];
  for (let offset = 0; offset < departments.length; offset++) {
    months.forEach((month, m) => {
      const record = byKey.get(`${departments[(m + offset) % departments.length]}|${month}`);
      if (record && record.hotlineTickets !== undefined && n(record.hotlineTickets) >= 5) out.push(record);
    });
  }
  return out;
}

export function ruleBreakers(base: Dataset): RuleBreaker[] {
  const pool = candidates(base);
  const used = new Set<Row>();
  return BREAKS.map((item) => {
    const clean = pool.find((row) => !used.has(row) && (item.fits?.(row) ?? true));
    if (!clean) throw new RangeError(`no clean row to break ${item.rule ?? item.reason}: use a longer period`);
    used.add(clean);
    return {
      reason: item.reason ?? 'inconsistent',
      field: item.field,
      ...(item.rule === undefined ? {} : { rule: item.rule }),
      severity: item.severity ?? 'rejected',
      clean,
      row: patched(clean, item.patch(clean)),
      note: item.note,
    };
  });
}

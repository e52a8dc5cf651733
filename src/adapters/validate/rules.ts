import {
  brokenConsistencyRule,
  brokenConsistencyRules,
  effectiveReviews,
  hasReviewLevels,
  REVIEW_LEVELS,
  reviewLevelDisagreements,
  NATIONAL_REVIEW_LEVELS,
  type BrokenRule,
  type CountField,
  type Counts,
  type QualityIssue,
  type QualityParams,
} from '../../domain';

/** What a rule between the counts of one row has to say about it; the caller adds where it is. */
export type RuleProblem = Omit<QualityIssue, 'source' | 'row' | 'officeId' | 'month'>;

/**
 * The five review levels come together or not at all: with some of them only, 好评 and 差评
 * cannot be told from the levels, nor from goodReviews / badReviews without guessing which wins.
 * Reads the raw row after its counts were checked (null and absent both mean "not sent").
 */
export function partialReviewLevels(raw: Readonly<Record<string, unknown>>): RuleProblem | null {
  let count = 0;
  for (const level of REVIEW_LEVELS) if (raw[level] !== undefined && raw[level] !== null) count++;
  if (count === 0 || count === REVIEW_LEVELS.length) return null;
  const sent = REVIEW_LEVELS.filter((level) => raw[level] !== undefined && raw[level] !== null);
  const missing = REVIEW_LEVELS.find((level) => !sent.includes(level))!;
  return {
    field: missing,
    reason: 'missing-field',
    detail: `no ${missing}: the five review levels come together (all five or none), this row sends ${sent.length}`,
    params: { variant: 'review-levels', sent: sent.length },
  };
}

/** The first rule that leaves the row out, worded; null when the row keeps every such rule. */
export function rejectingRule(counts: Counts): RuleProblem | null {
  const broken = brokenConsistencyRule(counts);
  return broken ? ruleProblem(broken, counts) : null;
}

/**
 * What the row is used with but must be told: 'note' rules it breaks (on-time + overdue ≠
 * completed), and 好评 / 差评 sent beside the five levels that disagree with them (the levels win).
 */
export function ruleNotes(counts: Counts): RuleProblem[] {
  // Nearly every row has nothing to say: checked without building the lists below.
  if (!brokenConsistencyRule(counts, 'note') && reviewLevelDisagreements(counts).length === 0) return [];
  const notes: RuleProblem[] = brokenConsistencyRules(counts, 'note').map((broken) => ({ severity: 'note', ...ruleProblem(broken, counts) }));
  // reviewLevelDisagreements reads the levels under the national practice, as `levels` below does.
  for (const { id, stated } of reviewLevelDisagreements(counts)) {
    const field: CountField = id === 'good-reviews-match-levels' ? 'goodReviews' : 'badReviews';
    const levels = id === 'good-reviews-match-levels' ? NATIONAL_REVIEW_LEVELS.good : NATIONAL_REVIEW_LEVELS.bad;
    const stateSide = side([field], { [field]: stated });
    const levelSide = side(levels, counts);
    notes.push({
      severity: 'note',
      field,
      reason: 'inconsistent',
      detail: `${stateSide.text} differs from the five levels, ${levelSide.text}: the levels are used`,
      params: sideParams(id, stateSide, levelSide),
    });
  }
  return notes;
}

interface Side {
  fields: string;
  values: string;
  sum: number;
  /** English, for logs and as the fallback: "goodReviews (1000) + badReviews (100) = 1100". */
  text: string;
}

/**
 * Counts as the rules read them (src/domain/consistency.ts): where the five levels were sent,
 * 好评 and 差评 are theirs, so the numbers shown add up to the sums the rule compared.
 */
function asRulesRead(counts: Counts): Counts {
  if (!hasReviewLevels(counts)) return counts;
  const { good, bad } = effectiveReviews(counts);
  return { ...counts, goodReviews: good, badReviews: bad };
}

function side(fields: readonly CountField[], counts: Counts): Side {
  const values = fields.map((field) => counts[field] ?? 0);
  const sum = values.reduce((total, value) => total + value, 0);
  const terms = fields.map((field, i) => `${field} (${values[i]})`).join(' + ');
  return { fields: fields.join('+'), values: values.join('+'), sum, text: fields.length > 1 ? `${terms} = ${sum}` : terms };
}

/** Plain data for the dictionaries: the rule's id, each side's fields and values joined by '+', and its sum. */
function sideParams(rule: string, parts: Side, whole: Side, variant?: string): QualityParams {
  return {
    ...(variant === undefined ? {} : { variant }),
    rule,
    parts: parts.fields,
    partValues: parts.values,
    partsSum: parts.sum,
    whole: whole.fields,
    wholeValues: whole.values,
    wholeSum: whole.sum,
  };
}

function ruleProblem({ rule, partsSum, wholeSum }: BrokenRule, counts: Counts): RuleProblem {
  const read = asRulesRead(counts);
  const parts = { ...side(rule.parts, read), sum: partsSum };
  const whole = { ...side(rule.whole, read), sum: wholeSum };
  const eq = rule.relation === 'eq';
  return {
    field: rule.parts[0],
    reason: 'inconsistent',
    detail: `${parts.text} ${eq ? 'differs from' : 'exceeds'} ${whole.text}`,
    // 'not-equal' picks the sentence for an equality when a rule has no sentence of its own.
    params: sideParams(rule.id, parts, whole, eq ? 'not-equal' : undefined),
  };
}

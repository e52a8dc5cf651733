import { CARD_LEVELS, COMPARISONS, CONSISTENCY_RULES, isRate, parseTerm, type CardLevel, type CardRule, type Comparison, type Indicator } from '../../domain';
import { checkRange } from './range';
import { isBag, join, readKinds, readNumber, readText, type Add } from './read';

export function readCardRule(item: unknown, base: string, definitions: ReadonlyMap<string, Indicator>, add: Add): CardRule | null {
  if (!isBag(item)) {
    add(base, 'not-an-object');
    return null;
  }
  const id = readText(item, 'id', base, add);
  let subject: Indicator | null = null;
  if (!('subject' in item)) add(join(base, 'subject'), 'missing-field', { field: join(base, 'subject') });
  else {
    subject = definitions.get(String(item.subject)) ?? null;
    if (!subject) add(join(base, 'subject'), 'unknown-indicator', { indicatorId: String(item.subject) });
  }
  const threshold = readNumber(item, 'threshold', base, add);
  const message = readText(item, 'message', base, add, 'warning');
  const appliesTo = readKinds(item, base, add);
  let comparison: Comparison | null = null;
  if (!('comparison' in item)) add(join(base, 'comparison'), 'missing-field', { field: join(base, 'comparison') });
  else if (!(COMPARISONS as readonly unknown[]).includes(item.comparison))
    add(join(base, 'comparison'), 'unknown-comparison', { value: String(item.comparison) });
  else comparison = item.comparison as Comparison;
  let level: CardLevel | null = null;
  if (!('level' in item)) add(join(base, 'level'), 'missing-field', { field: join(base, 'level') });
  else if (!(CARD_LEVELS as readonly unknown[]).includes(item.level)) add(join(base, 'level'), 'unknown-level', { value: String(item.level) });
  else level = item.level as CardLevel;

  if (subject && threshold !== null) {
    checkRange(subject, threshold, join(base, 'threshold'), add);
    if (comparison) {
      const reach = reachOf(subject);
      const ruleId = id ?? '';
      if (never(comparison, threshold, reach)) add(base, 'rule-never-fires', { ruleId });
      else if (always(comparison, threshold, reach)) add(base, 'rule-always-fires', { ruleId });
    }
  }
  if (id === null || !subject || threshold === null || !comparison || !level || !appliesTo) return null;
  return { id, subject: subject.id, comparison, threshold, level, message: message ?? '', appliesTo };
}

/** The values an indicator can take in consistent data: counts from 0 up, rates bounded by a consistency rule up to 1. */
function reachOf(indicator: Indicator): { min: number; max: number } {
  const formula = indicator.formula;
  if (formula.type === 'difference') return { min: -Infinity, max: Infinity };
  if (formula.type === 'count' || !isRate(indicator)) return { min: 0, max: Infinity };
  return { min: 0, max: atMostOne(formula.numerator, formula.denominator) ? 1 : Infinity };
}

const names = (sum: readonly string[]) => sum.map((term) => parseTerm(term)?.names.join('|') ?? term);

/** A rule that rejects rows with numerator > denominator bounds the ratio by 1 (completed can exceed accepted; on-time cannot exceed completed). */
function atMostOne(numerator: readonly string[], denominator: readonly string[]): boolean {
  // An optional or "first of" denominator may lose a term in some records: no bound then.
  if (
    denominator.some((term) => {
      const parsed = parseTerm(term);
      return !parsed || parsed.optional || parsed.names.length > 1;
    })
  )
    return false;
  const parts = names(numerator);
  const whole = names(denominator);
  return CONSISTENCY_RULES.some(
    (rule) =>
      rule.severity === 'reject' &&
      rule.relation === 'lte' &&
      parts.every((part) => rule.parts.includes(part as never)) &&
      whole.length === rule.whole.length &&
      whole.every((field) => rule.whole.includes(field as never)),
  );
}

function never(comparison: Comparison, t: number, reach: { min: number; max: number }): boolean {
  switch (comparison) {
    case 'lt':
      return t <= reach.min;
    case 'lte':
      return t < reach.min;
    case 'gt':
      return t >= reach.max;
    case 'gte':
      return t > reach.max;
  }
}

function always(comparison: Comparison, t: number, reach: { min: number; max: number }): boolean {
  switch (comparison) {
    case 'lt':
      return t > reach.max;
    case 'lte':
      return t >= reach.max;
    case 'gt':
      return t < reach.min;
    case 'gte':
      return t <= reach.min;
  }
}

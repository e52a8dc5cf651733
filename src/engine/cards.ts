import {
  compare,
  indicatorById,
  monthFromIndex,
  type Card,
  type CardRule,
  type Indicator,
  type Scheme,
} from '../domain';
import { FIELD_INDEX, type EngineData } from './engine-data';
import { formulaValue } from './indicator-value';
import { sumRanges, valueColumn, type MonthSpan, type RollUp } from './rollup';
import { kindMask } from './score';

interface CompiledRule {
  rule: CardRule;
  indicator: Indicator;
  kindMask: number;
  order: number;
}

function compileRules(scheme: Scheme): CompiledRule[] {
  return scheme.cardRules.map((rule, order) => ({
    rule,
    indicator: indicatorById(rule.subject),
    kindMask: kindMask(rule.appliesTo),
    order,
  }));
}

/** One office's value (its whole subtree) over any span, computed straight from the raw counts. */
export function officeValueOver(data: EngineData, indicator: Indicator, office: number, span: MonthSpan): number | null {
  const ranges = [[office, data.subtreeEnd[office]!] as const];
  return formulaValue(indicator.formula, (field) => {
    const value = sumRanges(data, FIELD_INDEX[field], ranges, span);
    return value === value ? value : undefined;
  });
}

/**
 * How long a rule has been firing for an office: walk back whole spans of the period's length
 * (month by month for a month) while the rule still fires, stopping at a span with no value,
 * because missing data neither continues nor breaks a run we can vouch for.
 */
export function cardRun(
  data: EngineData,
  rule: CardRule,
  indicator: Indicator,
  office: number,
  span: MonthSpan,
): { since: string; consecutiveMonths: number } {
  const length = span.to - span.from + 1;
  let spans = 1;
  for (let back = length; span.to - back >= 0; back += length) {
    const value = officeValueOver(data, indicator, office, { from: span.from - back, to: span.to - back });
    if (value === null || !compare(value, rule.comparison, rule.threshold)) break;
    spans++;
  }
  return {
    since: monthFromIndex(data.baseMonthIndex + span.from - (spans - 1) * length),
    consecutiveMonths: spans * length,
  };
}

const LEVEL_ORDER = { red: 0, yellow: 1 } as const;

/**
 * Every card of the period for the offices of a roll-up, red first, then in the scheme's rule
 * order, then by office id. A yellow card is dropped where a red card of the same office fires on
 * the same subject: the warning line is implied by the red line, and the bulletin names it once.
 */
export function periodCards(data: EngineData, scheme: Scheme, roll: RollUp): Card[] {
  const month = monthFromIndex(data.baseMonthIndex + roll.span.to);
  const fired: { compiled: CompiledRule; office: number; actual: number }[] = [];
  for (const compiled of compileRules(scheme)) {
    const column = valueColumn(roll, compiled.indicator);
    const { comparison, threshold } = compiled.rule;
    for (let local = 0; local < column.length; local++) {
      const office = roll.start + local;
      if (!(compiled.kindMask & (1 << data.kindCodes[office]!))) continue;
      const actual = column[local]!;
      if (actual === actual && compare(actual, comparison, threshold)) fired.push({ compiled, office, actual });
    }
  }
  const redSubjects = new Set(
    fired.filter((card) => card.compiled.rule.level === 'red').map((card) => `${card.office}\u0000${card.compiled.rule.subject}`),
  );
  const kept = fired.filter(
    (card) => card.compiled.rule.level === 'red' || !redSubjects.has(`${card.office}\u0000${card.compiled.rule.subject}`),
  );
  kept.sort((a, b) => {
    const byLevel = LEVEL_ORDER[a.compiled.rule.level] - LEVEL_ORDER[b.compiled.rule.level];
    if (byLevel !== 0) return byLevel;
    if (a.compiled.order !== b.compiled.order) return a.compiled.order - b.compiled.order;
    const idA = data.offices[a.office]!.id;
    const idB = data.offices[b.office]!.id;
    return idA < idB ? -1 : idA > idB ? 1 : 0;
  });
  return kept.map(({ compiled, office, actual }) => {
    const run = cardRun(data, compiled.rule, compiled.indicator, office, roll.span);
    return {
      officeId: data.offices[office]!.id,
      ruleId: compiled.rule.id,
      level: compiled.rule.level,
      subject: compiled.rule.subject,
      comparison: compiled.rule.comparison,
      threshold: compiled.rule.threshold,
      actual,
      message: compiled.rule.message,
      month,
      since: run.since,
      consecutiveMonths: run.consecutiveMonths,
    };
  });
}

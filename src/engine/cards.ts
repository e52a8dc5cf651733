import {
  OFFICE_KINDS,
  compare,
  indicatorById,
  monthFromIndex,
  type Card,
  type CardRule,
  type Scheme,
} from '../domain';
import { KIND_CODE, officesOfKindIn, type EngineData } from './engine-data';
import { compileFormula, subtreeInto, subtreeScratch, valueAt, type CompiledFormula, type MonthSpan, type RollUp } from './rollup';

interface CompiledRule {
  rule: CardRule;
  formula: CompiledFormula;
  order: number;
}

/**
 * How long a rule has been firing for an office: walk back whole spans of the period's length
 * (month by month for a month) while the rule still fires, stopping at a span with no value,
 * because missing data neither continues nor breaks a run we can vouch for.
 */
export function cardRun(
  data: EngineData,
  rule: CardRule,
  formula: CompiledFormula,
  office: number,
  span: MonthSpan,
  scratch: RollUp = subtreeScratch(data),
): { since: string; consecutiveMonths: number } {
  const length = span.to - span.from + 1;
  let spans = 1;
  for (let back = length; span.to - back >= 0; back += length) {
    const value = valueAt(subtreeInto(data, office, { from: span.from - back, to: span.to - back }, scratch), 0, formula);
    if (value !== value || !compare(value, rule.comparison, rule.threshold)) break;
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
  const rules: CompiledRule[] = scheme.cardRules.map((rule, order) => ({
    rule,
    formula: compileFormula(data.pairLayout, indicatorById(rule.subject).formula),
    order,
  }));
  const fired: { compiled: CompiledRule; office: number; actual: number }[] = [];
  for (const compiled of rules) {
    const { comparison, threshold, appliesTo } = compiled.rule;
    for (const kind of OFFICE_KINDS) {
      if (!appliesTo.includes(kind)) continue;
      const list = officesOfKindIn(data, KIND_CODE[kind], roll.start, roll.end);
      for (let i = 0; i < list.length; i++) {
        const office = list[i]!;
        const actual = valueAt(roll, office - roll.start, compiled.formula);
        if (actual === actual && compare(actual, comparison, threshold)) fired.push({ compiled, office, actual });
      }
    }
  }
  // office × subject, as one number: a red card hides the yellow card of the same subject.
  const subjects = new Map(rules.map((compiled) => [compiled.rule.subject, 0]));
  [...subjects.keys()].forEach((subject, i) => subjects.set(subject, i));
  const key = (card: (typeof fired)[number]) => card.office * subjects.size + subjects.get(card.compiled.rule.subject)!;
  const redSubjects = new Set(fired.filter((card) => card.compiled.rule.level === 'red').map(key));
  const kept = fired.filter((card) => card.compiled.rule.level === 'red' || !redSubjects.has(key(card)));
  kept.sort(
    (a, b) =>
      LEVEL_ORDER[a.compiled.rule.level] - LEVEL_ORDER[b.compiled.rule.level] ||
      a.compiled.order - b.compiled.order ||
      data.idOrder[a.office]! - data.idOrder[b.office]!,
  );
  const scratch = subtreeScratch(data);
  return kept.map(({ compiled, office, actual }) => {
    const run = cardRun(data, compiled.rule, compiled.formula, office, roll.span, scratch);
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

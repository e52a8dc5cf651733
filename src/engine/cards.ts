import { OFFICE_KINDS, compare, monthFromIndex, type Card, type CardRule, type Indicator } from '../domain';
import { FormulaKind } from './layout/terms';
import { formulaOf, type CompiledFormula, type SchemeLayout } from './layout/schemeLayout';
import { KIND_CODE, officesOfKindIn } from './officeTree';
import { subtreeInto, subtreeScratch, type MonthSpan, type RollUp } from './rollup';
import { denominatorAt, isNoValue, valueAt } from './values';

interface CompiledRule {
  rule: CardRule;
  definition: Indicator;
  formula: CompiledFormula;
  minDenominator: number;
  order: number;
}

/**
 * The rule's subject for one office of a roll-up, NaN when it cannot raise a card: no value, or a
 * rate on a small sample (样本不足: one 基本满意 review out of 40 never gives a red card).
 */
function cardValue(compiled: CompiledRule, roll: RollUp, local: number): number {
  const value = valueAt(roll, local, compiled.formula);
  if (isNoValue(value)) return NaN;
  if (compiled.formula.kind === FormulaKind.ratio && denominatorAt(roll, local, compiled.formula) < compiled.minDenominator) return NaN;
  return value;
}

function fires(compiled: CompiledRule, value: number): boolean {
  return !isNoValue(value) && compare(value, compiled.rule.comparison, compiled.rule.threshold);
}

/**
 * How long a rule has been firing for an office: walk back whole spans of the period's length
 * (month by month for a month) while the rule still fires, stopping at a span with no value,
 * because missing data neither continues nor breaks a run we can vouch for.
 */
function cardRun(layout: SchemeLayout, compiled: CompiledRule, office: number, span: MonthSpan, scratch: RollUp): { since: string; consecutiveMonths: number } {
  const length = span.to - span.from + 1;
  let spans = 1;
  for (let back = length; span.to - back >= 0; back += length) {
    const roll = subtreeInto(layout, office, { from: span.from - back, to: span.to - back }, scratch);
    if (!fires(compiled, cardValue(compiled, roll, 0))) break;
    spans++;
  }
  return {
    since: monthFromIndex(layout.data.baseMonthIndex + span.from - (spans - 1) * length),
    consecutiveMonths: spans * length,
  };
}

const LEVEL_ORDER = { red: 0, yellow: 1 } as const;

/**
 * Every card of the period for the offices of a roll-up, red first, then in the scheme's rule
 * order, then by office id. A yellow card is dropped where a red card of the same office fires on
 * the same subject: the warning line is implied by the red line, and the bulletin names it once.
 * Rules on an indicator the scheme does not define are skipped (validateScheme reports them).
 */
export function periodCards(layout: SchemeLayout, roll: RollUp): Card[] {
  const data = layout.data;
  const month = monthFromIndex(data.baseMonthIndex + roll.span.to);
  const definitions = new Map<string, Indicator>(layout.definitions.map((definition) => [definition.id, definition]));
  const rules: CompiledRule[] = [];
  layout.scheme.cardRules.forEach((rule, order) => {
    const definition = definitions.get(rule.subject);
    if (definition) rules.push({ rule, definition, formula: formulaOf(layout, rule.subject), minDenominator: definition.minDenominator, order });
  });
  const fired: { compiled: CompiledRule; office: number; actual: number }[] = [];
  for (const compiled of rules) {
    for (const kind of OFFICE_KINDS) {
      if (!compiled.rule.appliesTo.includes(kind)) continue;
      const list = officesOfKindIn(data, KIND_CODE[kind], roll.start, roll.end);
      for (let i = 0; i < list.length; i++) {
        const office = list[i]!;
        const actual = cardValue(compiled, roll, office - roll.start);
        if (fires(compiled, actual)) fired.push({ compiled, office, actual });
      }
    }
  }
  const key = (card: (typeof fired)[number]) => `${card.office}\u0000${card.compiled.rule.subject}`;
  const redSubjects = new Set(fired.filter((card) => card.compiled.rule.level === 'red').map(key));
  const kept = fired.filter((card) => card.compiled.rule.level === 'red' || !redSubjects.has(key(card)));
  kept.sort(
    (a, b) =>
      LEVEL_ORDER[a.compiled.rule.level] - LEVEL_ORDER[b.compiled.rule.level] ||
      a.compiled.order - b.compiled.order ||
      data.idOrder[a.office]! - data.idOrder[b.office]!,
  );
  const scratch = subtreeScratch(layout);
  return kept.map(({ compiled, office, actual }) => {
    const run = cardRun(layout, compiled, office, roll.span, scratch);
    return {
      officeId: data.offices[office]!.id,
      ruleId: compiled.rule.id,
      level: compiled.rule.level,
      subject: compiled.rule.subject,
      indicator: compiled.definition,
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

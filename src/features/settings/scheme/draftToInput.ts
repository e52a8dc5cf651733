import { BUILT_IN_INDICATORS, type Scheme } from '../../../domain';
import { parseFormulaText } from '../../../domain/formulaText';
import type { FormulaTextResult } from '../../../domain/formulaTextErrors';
import type { DefinitionDraft, SchemeDraft } from './draft';
import { BUILT_IN_BY_ID, draftCatalogue, draftNames, isRateIndicator } from './draftCatalogue';
import type { FormulaNames } from './formulaNames';
import { definitionInput, formulaInput, reviewLevelsInput, schemeAsInput } from './schemeInput';
import { parseTypedNumber, storedValue } from './typedNumbers';

// A draft as the plain object validateScheme reads (the JSON file's shape): what is checked as
// staff type, and what is saved once nothing is wrong.

/** Each row's formula as read from its text, by row key. */
export type ParsedFormulas = ReadonlyMap<string, FormulaTextResult>;

export function parseDraftFormulas(draft: Pick<SchemeDraft, 'definitions'>, names: FormulaNames): ParsedFormulas {
  return new Map(draft.definitions.map((row) => [row.key, parseFormulaText(row.formula, names.toId)]));
}

function rowInput(row: DefinitionDraft, parsed: FormulaTextResult | undefined): Record<string, unknown> {
  const zh = row.zh.trim();
  return {
    id: row.id,
    label: { zh, en: row.en.trim() || zh },
    // A formula that does not read is no formula: its text's errors are said by the editor (check.ts).
    formula: parsed?.ok ? formulaInput(parsed.formula) : null,
    unit: row.unit,
    direction: row.direction,
    category: row.category,
    appliesTo: row.appliesTo,
    minDenominator: row.unit === 'rate' ? storedValue(row.minDenominator, false) : 0,
  };
}

/**
 * The definitions in the order the scheme holds them (validateScheme's): the built-in catalogue,
 * each replaced by the draft's row of its id, then the draft's own. Index i of the result is
 * "definitions[i]" in problems; `rows[i]` is the draft row there, or null for a built-in as is.
 */
export function definitionsInOrder(draft: Pick<SchemeDraft, 'definitions'>): { id: string; row: DefinitionDraft | null }[] {
  const order: { id: string; row: DefinitionDraft | null }[] = BUILT_IN_INDICATORS.map((definition) => ({ id: definition.id, row: null }));
  const at = new Map(order.map((item, i) => [item.id, i]));
  for (const row of draft.definitions) {
    const i = at.get(row.id);
    // Two rows with one id: validateScheme reads both (and says so); the later one wins.
    if (i !== undefined && order[i]!.row === null) order[i] = { id: row.id, row };
    else {
      at.set(row.id, order.length);
      order.push({ id: row.id, row });
    }
  }
  return order;
}

/** The plain object validateScheme checks: the same shape as the JSON staff import and export. */
export function draftToInput(
  draft: SchemeDraft,
  names: FormulaNames = draftNames(draft),
  parsed: ParsedFormulas = parseDraftFormulas(draft, names),
): Record<string, unknown> {
  const catalogue = draftCatalogue(draft);
  const months = parseTypedNumber(draft.talkAfterMonths);
  return {
    version: 2,
    id: draft.id,
    name: draft.name,
    rules: { missingData: draft.missingData, talkAfterMonths: months ?? draft.talkAfterMonths },
    reviewLevels: reviewLevelsInput(draft.reviewLevels),
    indicators: draft.indicators.map((item) => {
      const rate = isRateIndicator(item.indicatorId, catalogue);
      return {
        indicatorId: item.indicatorId,
        weight: storedValue(item.weight, false),
        floor: storedValue(item.floor, rate),
        target: storedValue(item.target, rate),
        appliesTo: item.appliesTo,
      };
    }),
    cardRules: draft.cardRules.map((rule) => ({
      id: rule.id,
      subject: rule.subject,
      comparison: rule.comparison,
      threshold: storedValue(rule.threshold, isRateIndicator(rule.subject, catalogue)),
      level: rule.level,
      message: rule.message,
      appliesTo: rule.appliesTo,
    })),
    definitions: definitionsInOrder(draft).map(({ id, row }) => (row ? rowInput(row, parsed.get(row.key)) : definitionInput(BUILT_IN_BY_ID.get(id)!))),
  };
}

/** Whether the draft says the same as a scheme (row keys, number spelling and formula spacing aside). */
export function draftMatches(draft: SchemeDraft, scheme: Scheme, names: FormulaNames = draftNames(draft)): boolean {
  return JSON.stringify(draftToInput(draft, names)) === JSON.stringify(schemeAsInput(scheme));
}

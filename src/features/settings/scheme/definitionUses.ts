import { BUILT_IN_INDICATORS } from '../../../domain';
import type { Translate } from '../../../ui';
import type { SchemeDraft } from './draft';
import { definitionsInOrder, type ParsedFormulas } from './draftToInput';

// What the definitions section shows beside each definition: where it stands among the scheme's
// definitions, where it is used, and which definitions a formula may add.

/** Built-in counts and sums: what a formula may add besides the fields. */
const BUILT_IN_COUNTS = new Set(BUILT_IN_INDICATORS.filter((definition) => definition.formula.type === 'count').map((definition) => definition.id));

/** Each row's place among the scheme's definitions (its problems' "definitions[i]"), by row key. */
export function definitionPlaces(draft: Pick<SchemeDraft, 'definitions'>): Map<string, number> {
  const places = new Map<string, number>();
  definitionsInOrder(draft).forEach(({ row }, i) => row && places.set(row.key, i));
  return places;
}

/** Where each indicator is scored or carded ("第1项计分指标"), by id: a definition in use cannot be removed. */
export function definitionUses(draft: Pick<SchemeDraft, 'indicators' | 'cardRules'>, t: Translate): Map<string, string[]> {
  const uses = new Map<string, string[]>();
  const use = (id: string, place: string) => uses.set(id, [...(uses.get(id) ?? []), place]);
  draft.indicators.forEach((item, i) => use(item.indicatorId, t('settings.where.indicatorUnnamed', { n: i + 1 })));
  draft.cardRules.forEach((rule, i) => use(rule.subject, t('settings.where.ruleUnnamed', { n: i + 1 })));
  return uses;
}

/** The ids of the counts and sums a formula may add (ratios and differences cannot be added), in the scheme's order. */
export function summableIds(draft: Pick<SchemeDraft, 'definitions'>, parsed: ParsedFormulas): string[] {
  return definitionsInOrder(draft)
    .filter(({ id, row }) => {
      if (!row) return BUILT_IN_COUNTS.has(id);
      const formula = parsed.get(row.key);
      return formula?.ok === true && formula.formula.type === 'count';
    })
    .map(({ id }) => id);
}

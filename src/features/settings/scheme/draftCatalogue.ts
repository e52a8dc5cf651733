import {
  BUILT_IN_INDICATORS,
  type Direction,
  type Indicator,
  type IndicatorCategory,
  type IndicatorId,
  type IndicatorUnit,
  type Locale,
  type OfficeKind,
} from '../../../domain';
import type { DefinitionDraft, SchemeDraft } from './draft';
import { formulaNames, type FormulaNames } from './formulaNames';

// The definitions in force in a draft: the built-in catalogue with the draft's own on top.

/** What the editor needs to know of an indicator the draft can score or card: not its formula. */
export interface CatalogueEntry {
  id: IndicatorId;
  label: { zh: string; en: string };
  unit: IndicatorUnit;
  direction: Direction;
  category: IndicatorCategory;
  appliesTo: readonly OfficeKind[];
  /** built-in: as the catalogue has it; modified: a built-in whose 口径 the draft changes; own: the scheme's. */
  origin: 'built-in' | 'modified' | 'own';
}

export interface Catalogue {
  entries: readonly CatalogueEntry[];
  byId: ReadonlyMap<IndicatorId, CatalogueEntry>;
}

function catalogueOf(entries: CatalogueEntry[]): Catalogue {
  return { entries, byId: new Map(entries.map((entry) => [entry.id, entry])) };
}

/** The built-in definitions by id: what a draft's row of the same id changes. */
export const BUILT_IN_BY_ID = new Map<string, Indicator>(BUILT_IN_INDICATORS.map((definition) => [definition.id, definition]));

export const BUILT_IN_CATALOGUE: Catalogue = catalogueOf(BUILT_IN_INDICATORS.map((definition) => ({ ...definition, origin: 'built-in' as const })));

function entryOfRow(row: DefinitionDraft): CatalogueEntry {
  const zh = row.zh.trim();
  return {
    id: row.id,
    label: { zh, en: row.en.trim() || zh },
    unit: row.unit,
    direction: row.direction,
    category: row.category,
    appliesTo: row.appliesTo,
    origin: row.builtIn ? 'modified' : 'own',
  };
}

/** The definitions a draft's rows and rules can name, in the order the scheme will hold them. */
export function draftCatalogue(draft: Pick<SchemeDraft, 'definitions'>): Catalogue {
  const byId = new Map<string, CatalogueEntry>(BUILT_IN_CATALOGUE.entries.map((entry) => [entry.id, entry]));
  // A built-in id in a row of the scheme's own (a file's) replaces the built-in one, as validateScheme reads it.
  for (const row of draft.definitions) byId.set(row.id, entryOfRow(row));
  return catalogueOf([...byId.values()]);
}

/** The names of the draft's formulas: the built-in catalogue's and the draft's own. */
export function draftNames(draft: Pick<SchemeDraft, 'definitions'>, locale: Locale = 'zh-CN', aliases: Iterable<readonly [string, string]> = []): FormulaNames {
  return formulaNames(draftCatalogue(draft).entries, locale, aliases);
}

/** Where rates are typed as percentages: the indicator is a rate among the draft's definitions. */
export function isRateIndicator(indicatorId: string, catalogue: Catalogue = BUILT_IN_CATALOGUE): boolean {
  return catalogue.byId.get(indicatorId)?.unit === 'rate';
}

import {
  BUILT_IN_INDICATORS,
  INDICATOR_CATEGORIES,
  MIN_ITEMS,
  MIN_REVIEWS,
  MIN_TICKETS,
  OFFICE_KINDS,
  REVIEW_LEVELS,
  formulaSides,
  type CardLevel,
  type CardRule,
  type Comparison,
  type Direction,
  type Formula,
  type Indicator,
  type IndicatorCategory,
  type IndicatorId,
  type IndicatorUnit,
  type Locale,
  type MissingDataRule,
  type OfficeKind,
  type ReviewLevel,
  type ReviewLevels,
  type Scheme,
  type SchemeIndicator,
} from '../../../domain';
import { parseFormulaText, printFormula, type FormulaTextResult } from '../../../domain/formula-text';
import { formulaNames, type FormulaNames } from './formulaNames';

/**
 * The scheme as the editor holds it: numbers as the text being typed (so "99." or "" can sit
 * in a field while someone types), rates as percentages, formulas as the text staff type
 * (办结件数 / 受理件数), and a stable key per row for React. Nothing here is checked: draftToInput
 * turns it into the plain object validateScheme reads, and the engine's validation (with the
 * formula text's own reading, see check.ts) says what is wrong.
 */
export interface IndicatorDraft {
  key: string;
  indicatorId: string;
  weight: string;
  floor: string;
  target: string;
  appliesTo: OfficeKind[];
}

export interface RuleDraft {
  key: string;
  id: string;
  subject: string;
  comparison: Comparison;
  threshold: string;
  level: CardLevel;
  message: string;
  appliesTo: OfficeKind[];
}

/**
 * An indicator definition the scheme carries: one of its own, or a built-in one whose 口径 it
 * changes (builtIn). Built-in definitions the scheme leaves alone are not in the draft.
 */
export interface DefinitionDraft {
  key: string;
  id: string;
  builtIn: boolean;
  zh: string;
  /** Empty: the Chinese name is used in English too. */
  en: string;
  /** As typed: 评价数 / 办结件数. */
  formula: string;
  unit: IndicatorUnit;
  direction: Direction;
  category: IndicatorCategory;
  appliesTo: OfficeKind[];
  /** Rates only, as typed. */
  minDenominator: string;
}

/** Where a review level counts: 好评, 差评, or neither. */
export type LevelChoice = 'good' | 'bad' | 'neither';

export interface SchemeDraft {
  id: string;
  name: string;
  definitions: DefinitionDraft[];
  reviewLevels: Record<ReviewLevel, LevelChoice>;
  missingData: MissingDataRule;
  /** As typed; 0 = no 约谈提示. */
  talkAfterMonths: string;
  indicators: IndicatorDraft[];
  cardRules: RuleDraft[];
}

// ---------------------------------------------------------------------------------------------
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

const BUILT_IN_BY_ID = new Map<string, Indicator>(BUILT_IN_INDICATORS.map((definition) => [definition.id, definition]));

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

// ---------------------------------------------------------------------------------------------
// Numbers as typed.

/** Twelve significant digits drop float noise: 0.995 × 100 is 99.5, not 99.49999999999999. */
function clean(value: number): number {
  return Number(value.toPrecision(12));
}

export function fractionToPercentText(value: number): string {
  return String(clean(value * 100));
}

/** A number as typed by staff: full-width digits (Chinese input methods), separators, a trailing % are fine. */
export function parseTypedNumber(text: string): number | null {
  const normalized = text
    .replace(/[０-９]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xff10 + 48))
    .replace(/[．。]/g, '.')
    .replace(/[－−]/g, '-')
    .replace(/[,，\s]/g, '')
    .replace(/[%％]$/, '');
  if (normalized === '' || !/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(normalized)) return null;
  const value = Number(normalized);
  return Number.isFinite(value) ? value : null;
}

/**
 * The typed text as the scheme stores it: a fraction for a rate, the number otherwise. Text that
 * is not a number is passed on as it is, so validateScheme reports that field as not a number.
 */
function storedValue(text: string, rate: boolean): number | string {
  const value = parseTypedNumber(text);
  if (value === null) return text;
  return rate ? clean(value / 100) : value;
}

function shownValue(value: number, rate: boolean): string {
  return rate ? fractionToPercentText(value) : String(value);
}

let nextKey = 0;
function newKey(prefix: string): string {
  nextKey += 1;
  return `${prefix}-${nextKey}`;
}

// ---------------------------------------------------------------------------------------------
// Scheme → draft.

const sameKinds = (a: readonly OfficeKind[], b: readonly OfficeKind[]) => a.length === b.length && a.every((kind, i) => kind === b[i]);
const sameSum = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((term, i) => term === b[i]);

function sameFormula(a: Formula, b: Formula): boolean {
  const x = formulaSides(a);
  const y = formulaSides(b);
  return a.type === b.type && x.length === y.length && x.every((sum, i) => sameSum(sum, y[i]!));
}

/** Whether a scheme's definition says the same as the built-in one of its id (so the editor shows it as built-in). */
export function isBuiltInAsIs(definition: Indicator): boolean {
  const builtIn = BUILT_IN_BY_ID.get(definition.id);
  return (
    builtIn !== undefined &&
    builtIn.label.zh === definition.label.zh &&
    builtIn.label.en === definition.label.en &&
    sameFormula(builtIn.formula, definition.formula) &&
    builtIn.unit === definition.unit &&
    builtIn.direction === definition.direction &&
    builtIn.category === definition.category &&
    sameKinds(builtIn.appliesTo, definition.appliesTo) &&
    builtIn.minDenominator === definition.minDenominator
  );
}

function definitionDraft(definition: Indicator, names: FormulaNames): DefinitionDraft {
  return {
    key: newKey('definition'),
    id: definition.id,
    builtIn: BUILT_IN_BY_ID.has(definition.id),
    zh: definition.label.zh,
    en: definition.label.en === definition.label.zh ? '' : definition.label.en,
    formula: printFormula(definition.formula, names.nameOf),
    unit: definition.unit,
    direction: definition.direction,
    category: definition.category,
    appliesTo: [...definition.appliesTo],
    minDenominator: definition.unit === 'rate' ? String(definition.minDenominator) : '',
  };
}

function levelChoices(levels: ReviewLevels): Record<ReviewLevel, LevelChoice> {
  const choices = {} as Record<ReviewLevel, LevelChoice>;
  for (const level of REVIEW_LEVELS) choices[level] = levels.good.includes(level) ? 'good' : levels.bad.includes(level) ? 'bad' : 'neither';
  return choices;
}

export interface DraftOptions {
  /** The language formulas are written in (names in it). */
  locale?: Locale;
  /** Other names staff know a field by (the dictionary's), understood in formulas. */
  aliases?: Iterable<readonly [string, string]>;
}

export function draftFromScheme(scheme: Scheme, options: DraftOptions = {}): SchemeDraft {
  const names = formulaNames(scheme.definitions, options.locale ?? 'zh-CN', options.aliases);
  const definitions = scheme.definitions.filter((definition) => !isBuiltInAsIs(definition)).map((definition) => definitionDraft(definition, names));
  const catalogue = draftCatalogue({ definitions });
  return {
    id: scheme.id,
    name: scheme.name,
    definitions,
    reviewLevels: levelChoices(scheme.reviewLevels),
    missingData: scheme.rules.missingData,
    talkAfterMonths: String(scheme.rules.talkAfterMonths),
    indicators: scheme.indicators.map((item) => {
      const rate = isRateIndicator(item.indicatorId, catalogue);
      return {
        key: newKey('indicator'),
        indicatorId: item.indicatorId,
        weight: String(item.weight),
        floor: shownValue(item.floor, rate),
        target: shownValue(item.target, rate),
        appliesTo: [...item.appliesTo],
      };
    }),
    cardRules: scheme.cardRules.map((rule) => ({
      key: newKey('rule'),
      id: rule.id,
      subject: rule.subject,
      comparison: rule.comparison,
      threshold: shownValue(rule.threshold, isRateIndicator(rule.subject, catalogue)),
      level: rule.level,
      message: rule.message,
      appliesTo: [...rule.appliesTo],
    })),
  };
}

// ---------------------------------------------------------------------------------------------
// Draft → the plain object validateScheme reads (the JSON file's shape).

function definitionInput(definition: Indicator): Record<string, unknown> {
  return {
    id: definition.id,
    label: { zh: definition.label.zh, en: definition.label.en },
    formula: formulaInput(definition.formula),
    unit: definition.unit,
    direction: definition.direction,
    category: definition.category,
    appliesTo: [...definition.appliesTo],
    minDenominator: definition.minDenominator,
  };
}

function formulaInput(formula: Formula): Record<string, unknown> {
  switch (formula.type) {
    case 'count':
      return { type: 'count', terms: [...formula.terms] };
    case 'ratio':
      return { type: 'ratio', numerator: [...formula.numerator], denominator: [...formula.denominator] };
    case 'difference':
      return { type: 'difference', minuend: [...formula.minuend], subtrahend: [...formula.subtrahend] };
  }
}

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

function reviewLevelsInput(choices: Record<ReviewLevel, LevelChoice>): ReviewLevels {
  return { good: REVIEW_LEVELS.filter((level) => choices[level] === 'good'), bad: REVIEW_LEVELS.filter((level) => choices[level] === 'bad') };
}

/** The plain object validateScheme checks: the same shape as the JSON staff import and export. */
export function draftToInput(draft: SchemeDraft, names: FormulaNames = draftNames(draft), parsed: ParsedFormulas = parseDraftFormulas(draft, names)): Record<string, unknown> {
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

// ---------------------------------------------------------------------------------------------
// New rows.

const SCORED_KINDS: OfficeKind[] = ['department', 'township'];

/**
 * A new row for the first indicator the scheme does not score yet, at weight 0 so the weights
 * that already add up to 100 still do; floor and target in the indicator's direction.
 */
export function newIndicatorDraft(draft: SchemeDraft): IndicatorDraft {
  const used = new Set(draft.indicators.map((item) => item.indicatorId));
  const entries = draftCatalogue(draft).entries;
  const indicator = entries.find((candidate) => !used.has(candidate.id)) ?? entries[0]!;
  const rate = indicator.unit === 'rate';
  const [low, high] = rate ? ['90', '100'] : ['0', '10'];
  return {
    key: newKey('indicator'),
    indicatorId: indicator.id,
    weight: '0',
    floor: indicator.direction === 'higher' ? low : high,
    target: indicator.direction === 'higher' ? high : low,
    appliesTo: SCORED_KINDS.filter((kind) => indicator.appliesTo.includes(kind)),
  };
}

/** A new rule with an id no other rule has: overdue items raise a yellow card until edited. */
export function newRuleDraft(draft: SchemeDraft): RuleDraft {
  const ids = new Set(draft.cardRules.map((rule) => rule.id));
  let n = draft.cardRules.length + 1;
  while (ids.has(`rule-${n}`)) n += 1;
  const subject: IndicatorId = 'overdue';
  return {
    key: newKey('rule'),
    id: `rule-${n}`,
    subject,
    comparison: 'gt',
    threshold: '0',
    level: 'yellow',
    message: '',
    appliesTo: [...SCORED_KINDS],
  };
}

/** The default scheme's minimum denominators: 20 reviews, 10 hotline tickets, 10 items (and entries). */
export function defaultMinDenominator(category: IndicatorCategory): number {
  return category === 'reviews' ? MIN_REVIEWS : category === 'hotline' ? MIN_TICKETS : MIN_ITEMS;
}

/**
 * A new indicator of the scheme's own: a rate (the usual kind staff add) with no name or formula
 * yet, for every kind of office, under the default minimum denominator. Its id (used in files and
 * links, never shown alone) is the first "customN" no definition has.
 */
export function newDefinitionDraft(draft: SchemeDraft): DefinitionDraft {
  const ids = new Set(draftCatalogue(draft).entries.map((entry) => entry.id));
  let n = draft.definitions.filter((row) => !row.builtIn).length + 1;
  while (ids.has(`custom${n}`)) n += 1;
  const category: IndicatorCategory = INDICATOR_CATEGORIES[0];
  return {
    key: newKey('definition'),
    id: `custom${n}`,
    builtIn: false,
    zh: '',
    en: '',
    formula: '',
    unit: 'rate',
    direction: 'higher',
    category,
    appliesTo: [...OFFICE_KINDS],
    minDenominator: String(defaultMinDenominator(category)),
  };
}

/** 修改口径: a built-in definition copied into the draft to be changed there. */
export function builtInDefinitionDraft(id: IndicatorId, names: FormulaNames): DefinitionDraft {
  const definition = BUILT_IN_BY_ID.get(id);
  if (!definition) throw new RangeError(`not a built-in indicator: ${id}`);
  return definitionDraft(definition, names);
}

/** The national 好差评 practice: 好评 = 非常满意 + 满意 + 基本满意, 差评 = 不满意 + 非常不满意. */
export function nationalLevelChoices(): Record<ReviewLevel, LevelChoice> {
  return levelChoices({ good: ['reviewsVerySatisfied', 'reviewsSatisfied', 'reviewsBasicallySatisfied'], bad: ['reviewsDissatisfied', 'reviewsVeryDissatisfied'] });
}

/**
 * A row's names changed: formulas of other rows that name it (read with the old names) are
 * written again with the new ones, so a rename never breaks the formulas that use it.
 */
export function renameInFormulas(rows: readonly DefinitionDraft[], renamed: DefinitionDraft, before: FormulaNames, after: FormulaNames): DefinitionDraft[] {
  return rows.map((row) => {
    if (row.key === renamed.key) return renamed;
    const parsed = parseFormulaText(row.formula, before.toId);
    if (!parsed.ok) return row;
    const names = formulaSides(parsed.formula).flatMap((sum) => sum.flatMap((term) => term.replace(/\?$/, '').split('|')));
    return names.includes(renamed.id) ? { ...row, formula: printFormula(parsed.formula, after.nameOf) } : row;
  });
}

// ---------------------------------------------------------------------------------------------
// Comparing and writing schemes.

/** Whether the draft says the same as a scheme (row keys, number spelling and formula spacing aside). */
export function draftMatches(draft: SchemeDraft, scheme: Scheme, names: FormulaNames = draftNames(draft)): boolean {
  return JSON.stringify(draftToInput(draft, names)) === JSON.stringify(schemeAsInput(scheme));
}

/** A scheme in the shape of its JSON file (version 2: every definition it holds, 好评/差评, fairness rules). */
export function schemeAsInput(scheme: Scheme): Record<string, unknown> {
  const indicator = (item: SchemeIndicator) => ({
    indicatorId: item.indicatorId,
    weight: item.weight,
    floor: item.floor,
    target: item.target,
    appliesTo: item.appliesTo,
  });
  const rule = (item: CardRule) => ({
    id: item.id,
    subject: item.subject,
    comparison: item.comparison,
    threshold: item.threshold,
    level: item.level,
    message: item.message,
    appliesTo: item.appliesTo,
  });
  return {
    version: 2,
    id: scheme.id,
    name: scheme.name,
    rules: { missingData: scheme.rules.missingData, talkAfterMonths: scheme.rules.talkAfterMonths },
    reviewLevels: reviewLevelsInput(levelChoices(scheme.reviewLevels)),
    indicators: scheme.indicators.map(indicator),
    cardRules: scheme.cardRules.map(rule),
    definitions: scheme.definitions.map(definitionInput),
  };
}

/** The scheme as a file: pretty JSON in the contract's field order, ending with a newline. */
export function schemeJson(scheme: Scheme): string {
  return `${JSON.stringify(schemeAsInput(scheme), null, 2)}\n`;
}

import { BUILT_IN_INDICATORS, isCountField, isOfficeKind, isReviewLevel, type Locale } from '../../../domain';
import { isMessageKey, type MessageKey, type MessageParams, type Translate } from '../../../ui';
import type { EditorProblem } from './check';
import { fieldLabel } from './formulaNames';

type Bag = Record<string, unknown>;

function isBag(value: unknown): value is Bag {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** "indicators[2].floor" → ['indicators', 2, 'floor']. */
export function pathParts(path: string): (string | number)[] {
  const parts: (string | number)[] = [];
  for (const match of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    if (match[2] !== undefined) parts.push(Number(match[2]));
    else if (match[1] !== undefined) parts.push(match[1]);
  }
  return parts;
}

function at(source: unknown, parts: readonly (string | number)[]): unknown {
  let current: unknown = source;
  for (const part of parts) {
    if (typeof part === 'number') current = Array.isArray(current) ? current[part] : undefined;
    else current = isBag(current) ? current[part] : undefined;
  }
  return current;
}

const BUILT_IN = new Map(BUILT_IN_INDICATORS.map((definition) => [definition.id, definition]));

/** A definition's label as the checked scheme (the editor's or a file's) writes it: its own, else the built-in one. */
function labelIn(source: unknown, id: unknown): { zh: string; en: string } | null {
  if (typeof id !== 'string') return null;
  const definitions = at(source, ['definitions']);
  if (Array.isArray(definitions)) {
    // The last definition of an id is the one in force (as validateScheme reads them).
    for (let i = definitions.length - 1; i >= 0; i--) {
      const item: unknown = definitions[i];
      if (!isBag(item) || item.id !== id || !isBag(item.label)) continue;
      const zh = typeof item.label.zh === 'string' ? item.label.zh.trim() : '';
      const en = typeof item.label.en === 'string' && item.label.en.trim() !== '' ? item.label.en.trim() : zh;
      if (zh !== '') return { zh, en };
    }
  }
  return BUILT_IN.get(id)?.label ?? null;
}

/** An indicator's name in the reader's language, from the scheme checked or the built-in catalogue; null for an id neither knows. */
function knownIndicatorName(id: unknown, locale: Locale, source: unknown): string | null {
  const label = labelIn(source, id);
  return label ? (locale === 'zh-CN' ? label.zh : label.en) : null;
}

/** What a formula names, in words: a field by its name, an indicator by its, anything else as written. */
function termName(name: unknown, locale: Locale, source: unknown): string {
  const text = String(name ?? '');
  if (isCountField(text)) {
    const label = fieldLabel(text);
    return locale === 'zh-CN' ? label.zh : label.en;
  }
  return knownIndicatorName(text, locale, source) ?? text;
}

const FIELD_KEYS: Record<string, MessageKey> = {
  indicatorId: 'settings.where.field.indicatorId',
  weight: 'settings.where.field.weight',
  floor: 'settings.where.field.floor',
  target: 'settings.where.field.target',
  appliesTo: 'settings.where.field.appliesTo',
  id: 'settings.where.field.id',
  subject: 'settings.where.field.subject',
  comparison: 'settings.where.field.comparison',
  threshold: 'settings.where.field.threshold',
  level: 'settings.where.field.level',
  message: 'settings.where.field.message',
  label: 'settings.where.field.label',
  formula: 'settings.where.field.formula',
  unit: 'settings.where.field.unit',
  direction: 'settings.where.field.direction',
  category: 'settings.where.field.category',
  minDenominator: 'settings.where.field.minDenominator',
};

const TOP_KEYS: Record<string, MessageKey> = {
  version: 'settings.where.version',
  id: 'settings.where.schemeId',
  name: 'settings.where.schemeName',
  indicators: 'settings.where.indicators',
  cardRules: 'settings.where.cardRules',
  definitions: 'settings.where.definitions',
  reviewLevels: 'settings.where.reviewLevels',
  rules: 'settings.where.rules',
  'reviewLevels.good': 'settings.where.reviewLevels.good',
  'reviewLevels.bad': 'settings.where.reviewLevels.bad',
  'rules.missingData': 'settings.where.rules.missingData',
  'rules.talkAfterMonths': 'settings.where.rules.talkAfterMonths',
};

/** "第2项自定义指标": the place of an unnamed definition among those that are not built-in. */
function ownNumber(source: unknown, index: number): number {
  const definitions = at(source, ['definitions']);
  if (!Array.isArray(definitions)) return index + 1;
  let n = 0;
  for (let i = 0; i <= index && i < definitions.length; i++) {
    const item: unknown = definitions[i];
    if (!(isBag(item) && typeof item.id === 'string' && BUILT_IN.has(item.id))) n += 1;
  }
  return Math.max(n, 1);
}

/**
 * A problem's path in words a staff member understands, looked up in the scheme being checked:
 * "indicators[2].floor" → "第3项指标（网上办理率）的下限", "cardRules[0]" → "第1条亮牌规则（临期件数）",
 * "definitions[46].formula" → "指标定义（参评率）的公式".
 */
export function describePath(path: string, source: unknown, t: Translate, locale: Locale): string {
  const parts = pathParts(path);
  const [list, index, field] = parts;
  if (parts.length === 0) return t('settings.where.scheme');
  if (typeof list === 'string' && typeof index === 'number' && (list === 'indicators' || list === 'cardRules')) {
    const item = at(source, [list, index]);
    const nameOf = list === 'indicators' ? (isBag(item) ? item.indicatorId : undefined) : isBag(item) ? item.subject : undefined;
    const name = knownIndicatorName(nameOf, locale, source) ?? (list === 'cardRules' && isBag(item) && typeof item.id === 'string' && item.id ? item.id : null);
    const params = { n: index + 1, name: name ?? '' };
    const itemKey: MessageKey =
      list === 'indicators'
        ? name
          ? 'settings.where.indicator'
          : 'settings.where.indicatorUnnamed'
        : name
          ? 'settings.where.rule'
          : 'settings.where.ruleUnnamed';
    const itemText = t(itemKey, params);
    if (typeof field !== 'string') return itemText;
    const fieldKey = FIELD_KEYS[field];
    return t('settings.where.itemField', { item: itemText, field: fieldKey ? t(fieldKey) : field });
  }
  if (list === 'definitions' && typeof index === 'number') {
    const item = at(source, [list, index]);
    const name = isBag(item) ? knownIndicatorName(item.id, locale, { definitions: [item] }) : null;
    const itemText = name ? t('settings.where.definition', { name }) : t('settings.where.definitionUnnamed', { n: ownNumber(source, index) });
    if (typeof field !== 'string') return itemText;
    const fieldKey: MessageKey | undefined = field === 'label' && parts[3] === 'en' ? 'settings.where.field.labelEn' : FIELD_KEYS[field];
    return t('settings.where.itemField', { item: itemText, field: fieldKey ? t(fieldKey) : field });
  }
  if (typeof list === 'string') {
    const key =
      TOP_KEYS[
        parts
          .filter((part) => typeof part === 'string')
          .slice(0, 2)
          .join('.')
      ] ?? TOP_KEYS[list];
    if (key) return t(key);
  }
  return path;
}

/** Problems validateScheme finds across definitions: they name the definition (indicatorId). */
const REFERENCE_CODES: ReadonlySet<string> = new Set(['unknown-term', 'first-of-fields-only', 'not-a-sum', 'formula-cycle']);

/**
 * Where a problem is, in the checked object. validateScheme places the problems it finds across
 * definitions by their place among all the definitions in force (the built-in ones first), which
 * is a file's own place only when the file lists them all; the definition is found by its id.
 */
function placeOf(problem: EditorProblem, source: unknown): string | null {
  const id = problem.params.indicatorId;
  if (!REFERENCE_CODES.has(problem.code) || typeof id !== 'string' || !ROW.test(problem.path)) return problem.path;
  const definitions = at(source, ['definitions']);
  if (Array.isArray(definitions)) {
    for (let i = definitions.length - 1; i >= 0; i--) {
      const item: unknown = definitions[i];
      if (isBag(item) && item.id === id) return problem.path.replace(ROW, `definitions[${i}]`);
    }
  }
  // A built-in definition the file does not list: said by its name.
  return null;
}

const ROW = /^definitions\[\d+\]/;

/** Whether the value at a problem's path is a rate, so the sentence shows it as a percentage. */
function pathIsRate(path: string, source: unknown): boolean {
  const [list, index, field] = pathParts(path);
  if (typeof index !== 'number') return false;
  const item = at(source, [list ?? '', index]);
  if (!isBag(item)) return false;
  if (list === 'indicators' && (field === 'floor' || field === 'target' || field === undefined)) return unitIn(source, item.indicatorId) === 'rate';
  if (list === 'cardRules') return unitIn(source, item.subject) === 'rate';
  return false;
}

function unitIn(source: unknown, id: unknown): unknown {
  if (typeof id !== 'string') return undefined;
  const definitions = at(source, ['definitions']);
  if (Array.isArray(definitions)) {
    for (let i = definitions.length - 1; i >= 0; i--) {
      const item: unknown = definitions[i];
      if (isBag(item) && item.id === id) return item.unit;
    }
  }
  return BUILT_IN.get(id)?.unit;
}

function numberText(value: number, asRate: boolean): string {
  if (!asRate) return String(Number(value.toPrecision(12)));
  return `${Number((value * 100).toPrecision(12))}%`;
}

/**
 * Where the checked scheme came from: the editor, where rates are typed as percentages, or a JSON
 * file, where they are written as fractions (0.95). Values are shown the way they were written.
 */
export type SchemeSource = 'editor' | 'file';

/**
 * One problem (validateScheme's or the editor's) as a sentence, in the UI's language: the place
 * in words, fields and indicators by their names, the values the way staff wrote them. Values
 * that came from the data or a file stay text.
 */
export function schemeProblemSentence(problem: EditorProblem, source: unknown, t: Translate, locale: Locale, context: SchemeSource = 'editor'): string {
  const p = problem.params;
  const asRate = context === 'editor' && pathIsRate(problem.path, source);
  const place = placeOf(problem, source);
  const where =
    place !== null
      ? describePath(place, source, t, locale)
      : t('settings.where.itemField', {
          item: t('settings.where.definition', { name: knownIndicatorName(p.indicatorId, locale, source) ?? String(p.indicatorId) }),
          field: t('settings.where.field.formula'),
        });
  const params: MessageParams = { where };
  for (const [name, value] of Object.entries(p)) params[name] = value;
  for (const name of ['value', 'floor', 'target'] as const) {
    const value = p[name];
    if (typeof value === 'number') params[name] = numberText(value, asRate);
  }
  if (typeof p.weight === 'number') params.weight = numberText(p.weight, false);
  if (typeof p.sum === 'number') params.sum = numberText(p.sum, false);
  if (p.kind !== undefined) params.kind = isOfficeKind(p.kind) ? t(`kind.${p.kind}`) : String(p.kind);
  if (p.indicatorId !== undefined) params.indicator = knownIndicatorName(p.indicatorId, locale, source) ?? String(p.indicatorId);
  if (p.name !== undefined && problem.code !== 'name-taken') params.name = termName(p.name, locale, source);
  if (p.taken !== undefined) params.taken = termName(p.taken, locale, source);
  if (typeof p.cycle === 'string')
    params.cycle = p.cycle
      .split(' → ')
      .map((id) => termName(id, locale, source))
      .join(' → ');
  if (isReviewLevel(p.value) && (problem.code === 'review-level-twice' || problem.code === 'unknown-review-level'))
    params.value = t(`settings.reviewLevel.${p.value}`);
  if (p.expected !== undefined) {
    const key = `settings.expected.${String(p.expected)}`;
    params.expected = isMessageKey(key) ? t(key) : String(p.expected);
  }
  let code: string = problem.code;
  if (problem.code === 'floor-target-order' && p.direction === 'lower') code = 'floor-target-order-lower';
  if (problem.code === 'rate-out-of-range' && context === 'file') code = 'rate-out-of-range-file';
  if (problem.code === 'formula-unknown-name' && typeof p.suggest === 'string' && p.suggest !== '') code = 'formula-unknown-name-suggest';
  const key = `settings.problem.${code}`;
  return isMessageKey(key) ? t(key, params) : `${params.where as string}: ${problem.code}`;
}

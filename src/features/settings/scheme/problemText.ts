import { indicatorById, isIndicatorId, isOfficeKind, isRate, type Locale } from '../../../domain';
import type { SchemeProblem } from '../../../engine';
import { indicatorName, isMessageKey, type MessageKey, type MessageParams, type Translate } from '../../../ui';

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

function knownIndicatorName(id: unknown, locale: Locale): string | null {
  return isIndicatorId(id) ? indicatorName(id, locale) : null;
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
};

const TOP_KEYS: Record<string, MessageKey> = {
  version: 'settings.where.version',
  id: 'settings.where.schemeId',
  name: 'settings.where.schemeName',
  indicators: 'settings.where.indicators',
  cardRules: 'settings.where.cardRules',
};

/**
 * A problem's path in words a staff member understands, looked up in the scheme being checked:
 * "indicators[2].floor" → "第3项指标（网上办理率）的下限", "cardRules[0]" → "第1条亮牌规则（临期件数）".
 */
export function describePath(path: string, source: unknown, t: Translate, locale: Locale): string {
  const parts = pathParts(path);
  const [list, index, field] = parts;
  if (parts.length === 0) return t('settings.where.scheme');
  if (typeof list === 'string' && typeof index === 'number' && (list === 'indicators' || list === 'cardRules')) {
    const item = at(source, [list, index]);
    const nameOf = list === 'indicators' ? (isBag(item) ? item.indicatorId : undefined) : isBag(item) ? item.subject : undefined;
    const name = knownIndicatorName(nameOf, locale) ?? (list === 'cardRules' && isBag(item) && typeof item.id === 'string' && item.id ? item.id : null);
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
  if (typeof list === 'string' && parts.length === 1) {
    const key = TOP_KEYS[list];
    if (key) return t(key);
  }
  return path;
}

/** Whether the value at a problem's path is a rate, so the sentence shows it as a percentage. */
function pathIsRate(path: string, source: unknown): boolean {
  const [list, index, field] = pathParts(path);
  if (typeof index !== 'number') return false;
  const item = at(source, [list ?? '', index]);
  if (!isBag(item)) return false;
  if (list === 'indicators' && (field === 'floor' || field === 'target' || field === undefined)) {
    return isIndicatorId(item.indicatorId) && isRate(indicatorById(item.indicatorId));
  }
  if (list === 'cardRules') return isIndicatorId(item.subject) && isRate(indicatorById(item.subject));
  return false;
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
 * One problem of validateScheme as a sentence, in the UI's language: the place in words and the
 * values the way staff wrote them. Values that came from the data stay text.
 */
export function schemeProblemSentence(
  problem: SchemeProblem,
  source: unknown,
  t: Translate,
  locale: Locale,
  context: SchemeSource = 'editor',
): string {
  const p = problem.params;
  const asRate = context === 'editor' && pathIsRate(problem.path, source);
  const params: MessageParams = { where: describePath(problem.path, source, t, locale) };
  for (const [name, value] of Object.entries(p)) params[name] = value;
  for (const name of ['value', 'floor', 'target'] as const) {
    const value = p[name];
    if (typeof value === 'number') params[name] = numberText(value, asRate);
  }
  if (typeof p.weight === 'number') params.weight = numberText(p.weight, false);
  if (typeof p.sum === 'number') params.sum = numberText(p.sum, false);
  if (p.kind !== undefined) params.kind = isOfficeKind(p.kind) ? t(`kind.${p.kind}`) : String(p.kind);
  if (p.indicatorId !== undefined) params.indicator = knownIndicatorName(p.indicatorId, locale) ?? String(p.indicatorId);
  if (p.expected !== undefined) {
    const key = `settings.expected.${String(p.expected)}`;
    params.expected = isMessageKey(key) ? t(key) : String(p.expected);
  }
  let code: string = problem.code;
  if (problem.code === 'floor-target-order' && p.direction === 'lower') code = 'floor-target-order-lower';
  if (problem.code === 'rate-out-of-range' && context === 'file') code = 'rate-out-of-range-file';
  const key = `settings.problem.${code}`;
  return isMessageKey(key) ? t(key, params) : `${params.where as string}: ${problem.code}`;
}

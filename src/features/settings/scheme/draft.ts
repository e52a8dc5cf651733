import {
  INDICATORS,
  indicatorById,
  isIndicatorId,
  isRate,
  type CardRule,
  type Comparison,
  type CardLevel,
  type IndicatorId,
  type OfficeKind,
  type Scheme,
  type SchemeIndicator,
} from '../../../domain';

/**
 * The scheme as the editor holds it: numbers as the text being typed (so "99." or "" can sit
 * in a field while someone types), rates as percentages, and a stable key per row for React.
 * Nothing here is checked: draftToInput turns it into the plain object validateScheme reads,
 * and the engine's validation says what is wrong.
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

export interface SchemeDraft {
  id: string;
  name: string;
  indicators: IndicatorDraft[];
  cardRules: RuleDraft[];
}

/** Where rates are typed as percentages: the indicator is a known rate. */
export function isRateIndicator(indicatorId: string): boolean {
  return isIndicatorId(indicatorId) && isRate(indicatorById(indicatorId));
}

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

export function draftFromScheme(scheme: Scheme): SchemeDraft {
  return {
    id: scheme.id,
    name: scheme.name,
    indicators: scheme.indicators.map((item) => {
      const rate = isRateIndicator(item.indicatorId);
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
      threshold: shownValue(rule.threshold, isRateIndicator(rule.subject)),
      level: rule.level,
      message: rule.message,
      appliesTo: [...rule.appliesTo],
    })),
  };
}

/** The plain object validateScheme checks: the same shape as the JSON staff import and export. */
export function draftToInput(draft: SchemeDraft): Record<string, unknown> {
  return {
    version: 1,
    id: draft.id,
    name: draft.name,
    indicators: draft.indicators.map((item) => {
      const rate = isRateIndicator(item.indicatorId);
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
      threshold: storedValue(rule.threshold, isRateIndicator(rule.subject)),
      level: rule.level,
      message: rule.message,
      appliesTo: rule.appliesTo,
    })),
  };
}

const SCORED_KINDS: OfficeKind[] = ['department', 'township'];

/**
 * A new row for the first indicator the scheme does not score yet, at weight 0 so the weights
 * that already add up to 100 still do; floor and target in the indicator's direction.
 */
export function newIndicatorDraft(draft: SchemeDraft): IndicatorDraft {
  const used = new Set(draft.indicators.map((item) => item.indicatorId));
  const indicator = INDICATORS.find((candidate) => !used.has(candidate.id)) ?? INDICATORS[0]!;
  const rate = isRate(indicator);
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

/** Whether the draft says the same as a scheme (row keys and number spelling aside). */
export function draftMatches(draft: SchemeDraft, scheme: Scheme): boolean {
  return JSON.stringify(draftToInput(draft)) === JSON.stringify(schemeAsInput(scheme));
}

function schemeAsInput(scheme: Scheme): Record<string, unknown> {
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
  return { version: 1, id: scheme.id, name: scheme.name, indicators: scheme.indicators.map(indicator), cardRules: scheme.cardRules.map(rule) };
}

/** The scheme as a file: pretty JSON in the contract's field order, ending with a newline. */
export function schemeJson(scheme: Scheme): string {
  return `${JSON.stringify(schemeAsInput(scheme), null, 2)}\n`;
}

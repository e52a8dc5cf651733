import {
  CARD_LEVELS,
  COMPARISONS,
  CONSISTENCY_RULES,
  OFFICE_KINDS,
  RANKED_KINDS,
  indicatorById,
  isIndicatorId,
  isRate,
  type CardLevel,
  type CardRule,
  type Comparison,
  type CountField,
  type Indicator,
  type OfficeKind,
  type Scheme,
  type SchemeIndicator,
} from '../domain';
import type { SchemeProblem, SchemeProblemCode, SchemeProblemSeverity } from './scheme-problems';

export interface SchemeValidation {
  /** The scheme as read (copied, kinds de-duplicated); null when any problem is an error. */
  scheme: Scheme | null;
  problems: SchemeProblem[];
}

type Bag = Record<string, unknown>;

const WARNINGS: ReadonlySet<SchemeProblemCode> = new Set<SchemeProblemCode>([
  'weights-not-100',
  'kind-not-applicable',
  'kind-not-scored',
  'rule-never-fires',
  'rule-always-fires',
]);

function isBag(value: unknown): value is Bag {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Weights are compared with a little slack: 33.3 + 33.3 + 33.4 is 100 to a person. */
const WEIGHT_TOLERANCE = 1e-9;

/**
 * Checks a scheme (考核方案) that staff edit as JSON or the backend serves: its shape, known
 * indicators, weights, floor/target order against each indicator's direction, kinds, and card
 * rules. Every problem is reported (not only the first), each with a path and a code the UI words.
 */
export function validateScheme(input: unknown): SchemeValidation {
  const problems: SchemeProblem[] = [];
  const add = (path: string, code: SchemeProblemCode, params: SchemeProblem['params'] = {}, severity?: SchemeProblemSeverity) =>
    problems.push({ path, code, severity: severity ?? (WARNINGS.has(code) ? 'warning' : 'error'), params });

  if (!isBag(input)) {
    add('', 'not-an-object');
    return { scheme: null, problems };
  }

  if (!('version' in input)) add('version', 'missing-field', { field: 'version' });
  else if (input.version !== 1) add('version', 'unsupported-version', { version: String(input.version) });
  const id = readText(input, 'id', '', add);
  const name = readText(input, 'name', '', add);

  const indicators: SchemeIndicator[] = [];
  const positions: number[] = [];
  if (!('indicators' in input)) add('indicators', 'missing-field', { field: 'indicators' });
  else if (!Array.isArray(input.indicators)) add('indicators', 'wrong-type', { field: 'indicators', expected: 'array' });
  else if (input.indicators.length === 0) add('indicators', 'no-indicators');
  else input.indicators.forEach((item, i) => {
    const read = readSchemeIndicator(item, `indicators[${i}]`, add);
    if (read) {
      indicators.push(read);
      positions.push(i);
    }
  });
  if (Array.isArray(input.indicators) && input.indicators.length > 0) checkKindsAndWeights(indicators, positions, add);

  const cardRules: CardRule[] = [];
  if (!('cardRules' in input)) add('cardRules', 'missing-field', { field: 'cardRules' });
  else if (!Array.isArray(input.cardRules)) add('cardRules', 'wrong-type', { field: 'cardRules', expected: 'array' });
  else {
    const ids = new Set<string>();
    input.cardRules.forEach((item, i) => {
      const read = readCardRule(item, `cardRules[${i}]`, add);
      if (!read) return;
      if (ids.has(read.id)) add(`cardRules[${i}].id`, 'duplicate-rule-id', { ruleId: read.id });
      ids.add(read.id);
      cardRules.push(read);
    });
  }

  const ok = !problems.some((problem) => problem.severity === 'error');
  return { scheme: ok ? { version: 1, id: id ?? '', name: name ?? '', indicators, cardRules } : null, problems };
}

type Add = (path: string, code: SchemeProblemCode, params?: SchemeProblem['params'], severity?: SchemeProblemSeverity) => void;

function join(base: string, field: string): string {
  return base ? `${base}.${field}` : field;
}

function readText(bag: Bag, field: string, base: string, add: Add, severity?: SchemeProblemSeverity): string | null {
  const path = join(base, field);
  if (!(field in bag)) {
    add(path, 'missing-field', { field: path }, severity);
    return null;
  }
  const value = bag[field];
  if (typeof value !== 'string') {
    add(path, 'wrong-type', { field: path, expected: 'text' });
    return null;
  }
  if (value.trim() === '') add(path, 'empty-text', { field: path }, severity);
  return value;
}

function readNumber(bag: Bag, field: string, base: string, add: Add): number | null {
  const path = join(base, field);
  if (!(field in bag)) {
    add(path, 'missing-field', { field: path });
    return null;
  }
  const value = bag[field];
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    add(path, 'not-finite', { field: path });
    return null;
  }
  return value;
}

function readIndicator(bag: Bag, field: string, base: string, add: Add): Indicator | null {
  const path = join(base, field);
  if (!(field in bag)) {
    add(path, 'missing-field', { field: path });
    return null;
  }
  const value = bag[field];
  if (!isIndicatorId(value)) {
    add(path, 'unknown-indicator', { indicatorId: String(value) });
    return null;
  }
  return indicatorById(value);
}

function readKinds(bag: Bag, base: string, add: Add): OfficeKind[] | null {
  const path = join(base, 'appliesTo');
  if (!('appliesTo' in bag)) {
    add(path, 'missing-field', { field: path });
    return null;
  }
  const value = bag.appliesTo;
  if (!Array.isArray(value)) {
    add(path, 'wrong-type', { field: path, expected: 'array' });
    return null;
  }
  if (value.length === 0) {
    add(path, 'empty-applies-to');
    return null;
  }
  const kinds: OfficeKind[] = [];
  let bad = false;
  value.forEach((kind, i) => {
    if (!(OFFICE_KINDS as readonly unknown[]).includes(kind)) {
      add(`${path}[${i}]`, 'unknown-kind', { kind: String(kind) });
      bad = true;
    } else if (!kinds.includes(kind as OfficeKind)) kinds.push(kind as OfficeKind);
  });
  return bad ? null : kinds;
}

/** Rates are fractions; a value like 95 is almost always someone writing a percentage. */
function checkRange(indicator: Indicator, value: number, path: string, add: Add): void {
  if (isRate(indicator)) {
    if (value < 0 || value > 1) add(path, 'rate-out-of-range', { field: path, value });
  } else if (value < 0) add(path, 'negative-count', { field: path, value });
}

function readSchemeIndicator(item: unknown, base: string, add: Add): SchemeIndicator | null {
  if (!isBag(item)) {
    add(base, 'not-an-object');
    return null;
  }
  const indicator = readIndicator(item, 'indicatorId', base, add);
  const weight = readNumber(item, 'weight', base, add);
  const floor = readNumber(item, 'floor', base, add);
  const target = readNumber(item, 'target', base, add);
  const appliesTo = readKinds(item, base, add);
  if (weight !== null && weight < 0) {
    add(join(base, 'weight'), 'negative-weight', { indicatorId: indicator?.id ?? '', weight });
  }
  if (indicator && floor !== null) checkRange(indicator, floor, join(base, 'floor'), add);
  if (indicator && target !== null) checkRange(indicator, target, join(base, 'target'), add);
  if (indicator && floor !== null && target !== null) {
    if (floor === target) add(join(base, 'target'), 'floor-equals-target', { indicatorId: indicator.id, value: floor });
    else if (indicator.direction === 'higher' ? floor > target : floor < target) {
      add(join(base, 'floor'), 'floor-target-order', { indicatorId: indicator.id, direction: indicator.direction, floor, target });
    }
  }
  if (indicator && appliesTo) {
    for (const kind of appliesTo) {
      if (!indicator.appliesTo.includes(kind)) add(join(base, 'appliesTo'), 'kind-not-applicable', { indicatorId: indicator.id, kind });
    }
  }
  if (!indicator || weight === null || floor === null || target === null || !appliesTo) return null;
  return { indicatorId: indicator.id, weight, floor, target, appliesTo };
}

function checkKindsAndWeights(indicators: SchemeIndicator[], positions: number[], add: Add): void {
  const seen = new Map<string, Set<OfficeKind>>();
  const sums = new Map<OfficeKind, number>();
  indicators.forEach((item, i) => {
    const kinds = seen.get(item.indicatorId) ?? new Set<OfficeKind>();
    for (const kind of item.appliesTo) {
      if (kinds.has(kind)) add(`indicators[${positions[i]}].appliesTo`, 'duplicate-indicator', { indicatorId: item.indicatorId, kind });
      kinds.add(kind);
      sums.set(kind, (sums.get(kind) ?? 0) + Math.max(0, item.weight));
    }
    seen.set(item.indicatorId, kinds);
  });
  for (const [kind, sum] of sums) {
    if (sum <= 0) add('indicators', 'all-weights-zero', { kind });
    else if (Math.abs(sum - 100) > WEIGHT_TOLERANCE) add('indicators', 'weights-not-100', { kind, sum: Math.round(sum * 1e6) / 1e6 });
  }
  for (const kind of RANKED_KINDS) if (!sums.has(kind)) add('indicators', 'kind-not-scored', { kind });
}

function readCardRule(item: unknown, base: string, add: Add): CardRule | null {
  if (!isBag(item)) {
    add(base, 'not-an-object');
    return null;
  }
  const id = readText(item, 'id', base, add);
  const subject = readIndicator(item, 'subject', base, add);
  const threshold = readNumber(item, 'threshold', base, add);
  const message = readText(item, 'message', base, add, 'warning');
  const appliesTo = readKinds(item, base, add);
  let comparison: Comparison | null = null;
  if (!('comparison' in item)) add(join(base, 'comparison'), 'missing-field', { field: join(base, 'comparison') });
  else if (!(COMPARISONS as readonly unknown[]).includes(item.comparison)) {
    add(join(base, 'comparison'), 'unknown-comparison', { value: String(item.comparison) });
  } else comparison = item.comparison as Comparison;
  let level: CardLevel | null = null;
  if (!('level' in item)) add(join(base, 'level'), 'missing-field', { field: join(base, 'level') });
  else if (!(CARD_LEVELS as readonly unknown[]).includes(item.level)) {
    add(join(base, 'level'), 'unknown-level', { value: String(item.level) });
  } else level = item.level as CardLevel;

  if (subject && threshold !== null) {
    checkRange(subject, threshold, join(base, 'threshold'), add);
    if (comparison) {
      const reach = reachOf(subject);
      const ruleId = id ?? '';
      if (never(comparison, threshold, reach)) add(base, 'rule-never-fires', { ruleId });
      else if (always(comparison, threshold, reach)) add(base, 'rule-always-fires', { ruleId });
    }
  }
  if (id === null || !subject || threshold === null || !comparison || !level || !appliesTo) return null;
  return { id, subject: subject.id, comparison, threshold, level, message: message ?? '', appliesTo };
}

/** The values an indicator can take in consistent data: counts from 0 up, most rates up to 1. */
function reachOf(indicator: Indicator): { min: number; max: number } {
  const formula = indicator.formula;
  if (formula.type === 'ratio') return { min: 0, max: atMost(formula.numerator, formula.denominator) ? 1 : Infinity };
  return { min: 0, max: Infinity };
}

/** Whether consistency rules bound `part` by `whole` (completed can exceed accepted; on-time cannot exceed completed). */
function atMost(part: CountField, whole: CountField, depth = 0): boolean {
  if (part === whole) return true;
  if (depth > CONSISTENCY_RULES.length) return false;
  return CONSISTENCY_RULES.some((rule) => rule.parts.includes(part) && atMost(rule.whole, whole, depth + 1));
}

function never(comparison: Comparison, t: number, reach: { min: number; max: number }): boolean {
  switch (comparison) {
    case 'lt':
      return t <= reach.min;
    case 'lte':
      return t < reach.min;
    case 'gt':
      return t >= reach.max;
    case 'gte':
      return t > reach.max;
  }
}

function always(comparison: Comparison, t: number, reach: { min: number; max: number }): boolean {
  switch (comparison) {
    case 'lt':
      return t > reach.max;
    case 'lte':
      return t >= reach.max;
    case 'gt':
      return t < reach.min;
    case 'gte':
      return t <= reach.min;
  }
}

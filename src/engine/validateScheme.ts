import {
  DEFAULT_SCHEME_RULES,
  MISSING_DATA_RULES,
  NATIONAL_REVIEW_LEVELS,
  RANKED_KINDS,
  REVIEW_LEVELS,
  SCHEME_VERSION,
  type CardRule,
  type Indicator,
  type OfficeKind,
  type ReviewLevel,
  type ReviewLevels,
  type Scheme,
  type SchemeIndicator,
  type SchemeRules,
} from '../domain';
import { requirementKey, resolveFormula } from './layout/terms';
import type { SchemeProblem, SchemeProblemCode } from './schemeProblems';
import { readCardRule } from './validate/cardRules';
import { readDefinitions } from './validate/definitions';
import { checkRange } from './validate/range';
import { isBag, join, readArray, readChoice, readKinds, readNumber, readText, type Add, type Bag } from './validate/read';

export interface SchemeValidation {
  /** The scheme as read (copied, kinds de-duplicated, a version 1 scheme as version 2); null when any problem is an error. */
  scheme: Scheme | null;
  problems: SchemeProblem[];
}

const WARNINGS: ReadonlySet<SchemeProblemCode> = new Set<SchemeProblemCode>([
  'weights-not-100',
  'kind-not-applicable',
  'kind-not-scored',
  'rule-never-fires',
  'rule-always-fires',
]);

/** Weights are compared with a little slack: 33.3 + 33.3 + 33.4 is 100 to a person. */
const WEIGHT_TOLERANCE = 1e-9;

/** Requirements that fit the engine's per-office-month masks (layout/schemeLayout.ts). */
const MAX_COMBINATIONS = 32;

/**
 * Checks a scheme (考核方案) that staff edit or the backend serves: its shape, its indicator
 * definitions and their formulas, 好评/差评 levels, fairness rules, weights, floor/target order
 * against each indicator's direction, kinds, and card rules. Every problem is reported (not only
 * the first), each with a path and a code the UI words. Version 1 schemes are read with the
 * built-in definitions and the default rules.
 */
export function validateScheme(input: unknown): SchemeValidation {
  const problems: SchemeProblem[] = [];
  const add: Add = (path, code, params = {}, severity) =>
    problems.push({ path, code, severity: severity ?? (WARNINGS.has(code) ? 'warning' : 'error'), params });

  if (!isBag(input)) {
    add('', 'not-an-object');
    return { scheme: null, problems };
  }
  if (!('version' in input)) add('version', 'missing-field', { field: 'version' });
  else if (input.version !== 1 && input.version !== SCHEME_VERSION) add('version', 'unsupported-version', { version: String(input.version) });
  const id = readText(input, 'id', '', add);
  const name = readText(input, 'name', '', add);
  const definitions = readDefinitions(input, add);
  const byId = new Map<string, Indicator>((definitions ?? []).map((definition) => [definition.id, definition]));
  const reviewLevels = readReviewLevels(input, add);
  const rules = readRules(input, add);

  const indicators: SchemeIndicator[] = [];
  const positions: number[] = [];
  const list = readArray(input, 'indicators', '', add);
  if (list && list.length === 0) add('indicators', 'no-indicators');
  list?.forEach((item, i) => {
    const read = readSchemeIndicator(item, `indicators[${i}]`, byId, add);
    if (read) {
      indicators.push(read);
      positions.push(i);
    }
  });
  if (list && list.length > 0) checkKindsAndWeights(indicators, positions, add);

  const cardRules: CardRule[] = [];
  const ruleIds = new Set<string>();
  readArray(input, 'cardRules', '', add)?.forEach((item, i) => {
    const read = readCardRule(item, `cardRules[${i}]`, byId, add);
    if (!read) return;
    if (ruleIds.has(read.id)) add(`cardRules[${i}].id`, 'duplicate-rule-id', { ruleId: read.id });
    ruleIds.add(read.id);
    cardRules.push(read);
  });

  if (definitions && reviewLevels && !problems.some((problem) => problem.severity === 'error')) {
    checkCombinations(definitions, indicators, reviewLevels, add);
  }
  const ok = !problems.some((problem) => problem.severity === 'error');
  if (!ok || !definitions || !reviewLevels || !rules) return { scheme: null, problems };
  return { scheme: { version: SCHEME_VERSION, id: id ?? '', name: name ?? '', definitions, reviewLevels, indicators, cardRules, rules }, problems };
}

function readSchemeIndicator(item: unknown, base: string, definitions: ReadonlyMap<string, Indicator>, add: Add): SchemeIndicator | null {
  if (!isBag(item)) {
    add(base, 'not-an-object');
    return null;
  }
  let indicator: Indicator | null = null;
  if (!('indicatorId' in item)) add(join(base, 'indicatorId'), 'missing-field', { field: join(base, 'indicatorId') });
  else {
    indicator = definitions.get(String(item.indicatorId)) ?? null;
    if (!indicator) add(join(base, 'indicatorId'), 'unknown-indicator', { indicatorId: String(item.indicatorId) });
  }
  const weight = readNumber(item, 'weight', base, add);
  const floor = readNumber(item, 'floor', base, add);
  const target = readNumber(item, 'target', base, add);
  const appliesTo = readKinds(item, base, add);
  if (weight !== null && weight < 0) add(join(base, 'weight'), 'negative-weight', { indicatorId: indicator?.id ?? '', weight });
  if (indicator && floor !== null) checkRange(indicator, floor, join(base, 'floor'), add);
  if (indicator && target !== null) checkRange(indicator, target, join(base, 'target'), add);
  if (indicator && floor !== null && target !== null) {
    if (floor === target) add(join(base, 'target'), 'floor-equals-target', { indicatorId: indicator.id, value: floor });
    else if (indicator.direction === 'higher' ? floor > target : floor < target) {
      add(join(base, 'floor'), 'floor-target-order', { indicatorId: indicator.id, direction: indicator.direction, floor, target });
    }
  }
  if (indicator && appliesTo) {
    for (const kind of appliesTo)
      if (!indicator.appliesTo.includes(kind)) add(join(base, 'appliesTo'), 'kind-not-applicable', { indicatorId: indicator.id, kind });
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

/** 好评 and 差评 as sets of the five levels; absent: the national practice. */
function readReviewLevels(input: Bag, add: Add): ReviewLevels | null {
  if (!('reviewLevels' in input)) return { good: [...NATIONAL_REVIEW_LEVELS.good], bad: [...NATIONAL_REVIEW_LEVELS.bad] };
  const value = input.reviewLevels;
  if (!isBag(value)) {
    add('reviewLevels', 'wrong-type', { field: 'reviewLevels', expected: 'object' });
    return null;
  }
  const read = (side: 'good' | 'bad'): ReviewLevel[] | null => {
    const list = readArray(value, side, 'reviewLevels', add);
    if (!list) return null;
    const bad = list.filter((level) => !(REVIEW_LEVELS as readonly unknown[]).includes(level));
    for (const level of bad) add(`reviewLevels.${side}`, 'unknown-review-level', { value: String(level) });
    return bad.length ? null : [...new Set(list as ReviewLevel[])];
  };
  const good = read('good');
  const bad = read('bad');
  if (!good || !bad) return null;
  for (const level of good) if (bad.includes(level)) add('reviewLevels', 'review-level-twice', { value: level });
  if (good.length === 0) add('reviewLevels.good', 'empty-sum', { field: 'reviewLevels.good' });
  return { good, bad };
}

function readRules(input: Bag, add: Add): SchemeRules | null {
  if (!('rules' in input)) return { ...DEFAULT_SCHEME_RULES };
  const value = input.rules;
  if (!isBag(value)) {
    add('rules', 'wrong-type', { field: 'rules', expected: 'object' });
    return null;
  }
  const missingData =
    'missingData' in value ? readChoice(value, 'missingData', 'rules', MISSING_DATA_RULES, 'unknown-missing-rule', add) : DEFAULT_SCHEME_RULES.missingData;
  let talkAfterMonths = DEFAULT_SCHEME_RULES.talkAfterMonths;
  if ('talkAfterMonths' in value) {
    const months = value.talkAfterMonths;
    if (typeof months !== 'number' || !Number.isInteger(months) || months < 0 || months > 12) {
      add('rules.talkAfterMonths', 'bad-talk-months', { value: String(months) });
      return null;
    }
    talkAfterMonths = months;
  }
  return missingData ? { missingData, talkAfterMonths } : null;
}

/** The engine tracks per office-month which field combinations were reported; at most 32 of each kind. */
function checkCombinations(definitions: readonly Indicator[], indicators: readonly SchemeIndicator[], levels: ReviewLevels, add: Add): void {
  const byId = new Map(definitions.map((definition) => [definition.id, definition]));
  const requirements = new Map<string, ReturnType<typeof resolveFormula>['requirement']>();
  for (const definition of definitions) requirements.set(definition.id, resolveFormula(definition, byId, levels).requirement);
  const combined = new Set([...requirements.values()].filter((r) => r.anyOf.length > 0 || (r.required & (r.required - 1)) !== 0).map(requirementKey));
  if (combined.size > MAX_COMBINATIONS) add('definitions', 'too-many-combinations', { count: combined.size, max: MAX_COMBINATIONS });
  const scored = new Set(
    indicators
      .map((item) => requirements.get(item.indicatorId))
      .filter((r) => r !== undefined)
      .map((r) => requirementKey(r!)),
  );
  if (scored.size > MAX_COMBINATIONS) add('indicators', 'too-many-combinations', { count: scored.size, max: MAX_COMBINATIONS });
}

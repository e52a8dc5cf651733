import {
  BUILT_IN_INDICATORS,
  DIRECTIONS,
  INDICATOR_CATEGORIES,
  INDICATOR_UNITS,
  formulaSides,
  isCountField,
  parseTerm,
  type Formula,
  type Indicator,
  type Sum,
} from '../../domain';
import { isBag, join, readChoice, readKinds, readText, type Add, type Bag } from './read';

const ID = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;

/** A side of a formula: an array of terms; a v1 formula's single field name is read as one term. */
function readSum(bag: Bag, field: string, base: string, add: Add): Sum | null {
  const path = join(base, field);
  if (!(field in bag)) {
    add(path, 'missing-field', { field: path });
    return null;
  }
  const value = bag[field];
  const terms = typeof value === 'string' ? [value] : value;
  if (!Array.isArray(terms) || terms.some((term) => typeof term !== 'string')) {
    add(path, 'wrong-type', { field: path, expected: 'terms' });
    return null;
  }
  if (terms.length === 0) {
    add(path, 'empty-sum', { field: path });
    return null;
  }
  let ok = true;
  (terms as string[]).forEach((term, i) => {
    if (!parseTerm(term)) {
      add(`${path}[${i}]`, 'malformed-term', { term });
      ok = false;
    }
  });
  return ok ? (terms as string[]).map((term) => term.trim()) : null;
}

export function readFormula(value: unknown, path: string, add: Add): Formula | null {
  if (!isBag(value)) {
    add(path, 'not-an-object');
    return null;
  }
  const type = readChoice(value, 'type', path, ['count', 'ratio', 'difference'] as const, 'unknown-formula-type', add);
  switch (type) {
    case 'count': {
      // v1 wrote { type: 'count', field }.
      const terms = readSum(value, 'field' in value && !('terms' in value) ? 'field' : 'terms', path, add);
      return terms && { type, terms };
    }
    case 'ratio': {
      const numerator = readSum(value, 'numerator', path, add);
      const denominator = readSum(value, 'denominator', path, add);
      return numerator && denominator && { type, numerator, denominator };
    }
    case 'difference': {
      const minuend = readSum(value, 'minuend', path, add);
      const subtrahend = readSum(value, 'subtrahend', path, add);
      return minuend && subtrahend && { type, minuend, subtrahend };
    }
    default:
      return null;
  }
}

function readDefinition(item: unknown, base: string, add: Add): Indicator | null {
  if (!isBag(item)) {
    add(base, 'not-an-object');
    return null;
  }
  const id = readText(item, 'id', base, add);
  if (id !== null && id.trim() !== '' && !ID.test(id)) add(join(base, 'id'), 'bad-indicator-id', { indicatorId: id });
  let zh: string | null = null;
  let en: string | null = null;
  if (!isBag(item.label)) add(join(base, 'label'), 'missing-field', { field: join(base, 'label') });
  else {
    zh = readText(item.label, 'zh', join(base, 'label'), add);
    en = typeof item.label.en === 'string' && item.label.en.trim() !== '' ? item.label.en : zh;
  }
  const formula =
    'formula' in item
      ? readFormula(item.formula, join(base, 'formula'), add)
      : (add(join(base, 'formula'), 'missing-field', { field: join(base, 'formula') }), null);
  const unit = readChoice(item, 'unit', base, INDICATOR_UNITS, 'unknown-unit', add);
  const direction = readChoice(item, 'direction', base, DIRECTIONS, 'unknown-direction', add);
  const category = readChoice(item, 'category', base, INDICATOR_CATEGORIES, 'unknown-category', add);
  const appliesTo = readKinds(item, base, add);
  let minDenominator = 0;
  if ('minDenominator' in item) {
    const value = item.minDenominator;
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) add(join(base, 'minDenominator'), 'bad-min-denominator', { value: String(value) });
    else minDenominator = value;
  }
  if (formula && unit && (formula.type === 'ratio') !== (unit === 'rate')) {
    add(join(base, 'unit'), 'rate-unit-mismatch', { indicatorId: id ?? '', type: formula.type, unit });
    return null;
  }
  if (!id || !ID.test(id) || !zh || !en || !formula || !unit || !direction || !category || !appliesTo) return null;
  return { id, label: { zh, en }, formula, unit, direction, category, appliesTo, minDenominator };
}

/**
 * The definitions in force: the built-in catalogue with the scheme's own on top (same id: the
 * scheme's wins, so a scheme can change a built-in 口径). A version 1 scheme has none of its own.
 */
export function readDefinitions(input: Bag, add: Add): Indicator[] | null {
  const byId = new Map<string, Indicator>(BUILT_IN_INDICATORS.map((definition) => [definition.id, { ...definition, appliesTo: [...definition.appliesTo] }]));
  if (!('definitions' in input)) return [...byId.values()];
  if (!Array.isArray(input.definitions)) {
    add('definitions', 'wrong-type', { field: 'definitions', expected: 'array' });
    return null;
  }
  const own = new Set<string>();
  let ok = true;
  input.definitions.forEach((item, i) => {
    const definition = readDefinition(item, `definitions[${i}]`, add);
    if (!definition) {
      ok = false;
      return;
    }
    if (own.has(definition.id)) add(`definitions[${i}].id`, 'duplicate-definition', { indicatorId: definition.id });
    own.add(definition.id);
    byId.set(definition.id, definition);
  });
  const definitions = [...byId.values()];
  if (ok) checkReferences(definitions, add);
  return ok ? definitions : null;
}

/** Every name a formula uses is a field or a count; no indicator reaches itself through others. */
function checkReferences(definitions: readonly Indicator[], add: Add): void {
  const byId = new Map(definitions.map((definition) => [definition.id, definition]));
  const position = new Map(definitions.map((definition, i) => [definition.id, i]));
  for (const definition of definitions) {
    const path = `definitions[${position.get(definition.id)}].formula`;
    for (const sum of formulaSides(definition.formula)) {
      for (const term of sum) {
        const parsed = parseTerm(term)!;
        for (const name of parsed.names) {
          if (isCountField(name)) continue;
          const other = byId.get(name);
          if (!other) add(path, 'unknown-term', { indicatorId: definition.id, name });
          else if (parsed.names.length > 1) add(path, 'first-of-fields-only', { indicatorId: definition.id, name });
          else if (other.formula.type !== 'count') add(path, 'not-a-sum', { indicatorId: definition.id, name });
        }
      }
    }
    const cycle = cycleFrom(definition.id, byId, [definition.id]);
    if (cycle) add(path, 'formula-cycle', { indicatorId: definition.id, cycle: cycle.join(' → ') });
  }
}

function cycleFrom(id: string, byId: ReadonlyMap<string, Indicator>, path: string[]): string[] | null {
  const definition = byId.get(id);
  if (!definition || definition.formula.type !== 'count') return null;
  for (const term of definition.formula.terms) {
    for (const name of parseTerm(term)?.names ?? []) {
      if (isCountField(name) || !byId.has(name)) continue;
      if (name === path[0]) return [...path, name];
      if (path.includes(name)) continue;
      const found = cycleFrom(name, byId, [...path, name]);
      if (found) return found;
    }
  }
  return null;
}

import { OFFICE_KINDS, type OfficeKind } from '../../domain';
import type { SchemeProblem, SchemeProblemCode, SchemeProblemSeverity } from '../schemeProblems';

export type Bag = Record<string, unknown>;

export type Add = (path: string, code: SchemeProblemCode, params?: SchemeProblem['params'], severity?: SchemeProblemSeverity) => void;

export function isBag(value: unknown): value is Bag {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function join(base: string, field: string): string {
  return base ? `${base}.${field}` : field;
}

export function readText(bag: Bag, field: string, base: string, add: Add, severity?: SchemeProblemSeverity): string | null {
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

export function readNumber(bag: Bag, field: string, base: string, add: Add): number | null {
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

/** One of `allowed`, else a problem with `code` naming the value. */
export function readChoice<T extends string>(bag: Bag, field: string, base: string, allowed: readonly T[], code: SchemeProblemCode, add: Add): T | null {
  const path = join(base, field);
  if (!(field in bag)) {
    add(path, 'missing-field', { field: path });
    return null;
  }
  const value = bag[field];
  if (!(allowed as readonly unknown[]).includes(value)) {
    add(path, code, { field: path, value: String(value) });
    return null;
  }
  return value as T;
}

export function readKinds(bag: Bag, base: string, add: Add): OfficeKind[] | null {
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

/** An array field, or null with a problem. */
export function readArray(bag: Bag, field: string, base: string, add: Add): unknown[] | null {
  const path = join(base, field);
  if (!(field in bag)) {
    add(path, 'missing-field', { field: path });
    return null;
  }
  const value = bag[field];
  if (!Array.isArray(value)) {
    add(path, 'wrong-type', { field: path, expected: 'array' });
    return null;
  }
  return value;
}

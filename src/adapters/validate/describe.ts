import type { AdapterErrorWhy } from '../errors';

/**
 * Plain-text descriptions of incoming values for error messages and quality details.
 * Never HTML: the drawing side escapes, this side only keeps the text short.
 */

const MAX_SHOWN = 60;

/** "string", "number", "null", "array", "object", "boolean" … as people say them. */
export function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/** The value itself when short and simple, else its type: `"12" (string)`, `-3`, `an object`. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string') {
    const shown = value.length > MAX_SHOWN ? `${value.slice(0, MAX_SHOWN)}…` : value;
    return `${JSON.stringify(shown)} (string)`;
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return 'an array';
  return `an ${typeName(value)}`;
}

/**
 * The same as describeValue, as data for QualityIssue.params: `gotType` always (a typeName, or
 * 'undefined'), `got` only for short simple values, as written (strings cut like describeValue).
 */
export function valueParams(value: unknown): { gotType: string; got?: string } {
  const gotType = value === undefined ? 'undefined' : typeName(value);
  if (typeof value === 'string') return { gotType, got: value.length > MAX_SHOWN ? `${value.slice(0, MAX_SHOWN)}…` : value };
  if (typeof value === 'number' || typeof value === 'boolean') return { gotType, got: String(value) };
  return { gotType };
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Why a payload is not the contract's shape: English for logs, and the reason for the UI. */
export interface ShapeProblem {
  detail: string;
  why: AdapterErrorWhy;
}

/**
 * The top-level array of a response, or what arrived instead:
 * "expected an object with an array 'offices', got string".
 */
export function topLevelArray(payload: unknown, key: string): unknown[] | ShapeProblem {
  const expected = `expected an object with an array '${key}'`;
  if (!isPlainObject(payload)) {
    const got = typeName(payload);
    return { detail: `${expected}, got ${got}`, why: { reason: 'shape.not-object', params: { key, got } } };
  }
  if (!(key in payload)) {
    const fields = Object.keys(payload).slice(0, 5).join(', ');
    if (!fields) return { detail: `${expected}, got an object without '${key}' (it is empty)`, why: { reason: 'shape.missing-empty', params: { key } } };
    return {
      detail: `${expected}, got an object without '${key}' (its fields: ${fields})`,
      why: { reason: 'shape.missing', params: { key, fields } },
    };
  }
  const list = payload[key];
  if (!Array.isArray(list)) {
    const got = typeName(list);
    return { detail: `${expected}, got '${key}' as ${got}`, why: { reason: 'shape.not-array', params: { key, got } } };
  }
  return list;
}

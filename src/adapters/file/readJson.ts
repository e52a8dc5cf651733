import { isPlainObject, topLevelArray, type ShapeProblem } from '../validate/describe';
import type { TablePart } from './tables';
import { FileLoadError } from './fileErrors';

export interface JsonContent {
  parts: TablePart[];
  /** The `scheme` of a file that carries one beside its data, not yet validated. */
  scheme: unknown;
}

/**
 * A JSON file in the contract's shape: `{ "offices": [...] }`, `{ "records": [...] }`, or both
 * keys in one file (and optionally `"scheme"`). Rows are passed to the validators untouched: JSON
 * is the contract itself, so "12" stays a string and is reported, exactly as from the HTTP source.
 */
export function readJsonText(text: string, fileName: string): JsonContent {
  let payload: unknown;
  try {
    payload = JSON.parse(text);
  } catch (error) {
    throw new FileLoadError('not-json', { file: fileName, detail: error instanceof Error ? error.message : String(error) });
  }
  if (!isPlainObject(payload) || (!('offices' in payload) && !('records' in payload))) {
    const problem = topLevelArray(payload, 'offices');
    throw shapeError(fileName, Array.isArray(problem) ? null : problem);
  }
  const parts: TablePart[] = [];
  for (const kind of ['offices', 'records'] as const) {
    if (!(kind in payload)) continue;
    const rows = topLevelArray(payload, kind);
    if (!Array.isArray(rows)) throw shapeError(fileName, rows);
    parts.push({ kind, source: `${fileName} / ${kind}`, payload: rows, placeholderRows: new Set(), notices: [] });
  }
  return { parts, scheme: payload.scheme };
}

/** The reason and its params travel as plain strings (they cross the worker boundary). */
function shapeError(fileName: string, problem: ShapeProblem | null): FileLoadError {
  if (!problem) return new FileLoadError('json-shape', { file: fileName, detail: '' });
  const params = Object.fromEntries(Object.entries(problem.why.params ?? {}).map(([name, value]) => [name, String(value)]));
  return new FileLoadError('json-shape', { ...params, file: fileName, detail: problem.detail, shape: problem.why.reason });
}

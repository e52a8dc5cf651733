import { COUNT_FIELDS, monthFromIndex, type Office } from '../../src/domain';
import type { RecordColumns } from './storage/types';

const KEYS = COUNT_FIELDS.map((field) => `,${JSON.stringify(field)}:`);

/**
 * `{"records":[…]}` as the contract sends it: fields in contract order, a count that was not
 * reported left out (never 0, never null). Built as one string, without an object per record:
 * a province's 720,000 records would otherwise cost seconds of garbage.
 */
export function recordsJson(columns: RecordColumns): string {
  const parts: string[] = [];
  const months = new Map<number, string>();
  for (let i = 0; i < columns.length; i++) {
    const m = columns.month[i]!;
    let month = months.get(m);
    if (month === undefined) {
      month = JSON.stringify(monthFromIndex(m));
      months.set(m, month);
    }
    let row = `{"officeId":${JSON.stringify(columns.officeId[i])},"month":${month}`;
    for (let f = 0; f < KEYS.length; f++) {
      const value = columns.values[f]![i];
      if (value !== null && value !== undefined) row += KEYS[f]! + value;
    }
    parts.push(row + '}');
  }
  return `{"records":[${parts.join(',')}]}`;
}

export function officesJson(offices: readonly Office[]): string {
  return JSON.stringify({
    offices: offices.map(({ id, name, kind, parentId, adminCode }) =>
      adminCode === undefined ? { id, name, kind, parentId } : { id, name, kind, parentId, adminCode },
    ),
  });
}

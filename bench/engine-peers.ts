import * as aq from 'arquero';
import { COUNT_FIELDS, monthIndex, type MonthKey, type MonthlyRecord, type Office } from '../src/domain';
import type { EngineData } from '../src/engine';

const FIELDS = COUNT_FIELDS.length;

/**
 * The floor: the least work that sums the same counts into the same roll-up. For each month, add
 * the month's block of the same typed array the engine reads into an accumulator, then one pass
 * adding each office's fields into its parent's. No absent-field bits, no reporting counts, no
 * rates, scores, ranks, cards or objects.
 */
export function floorRollup(data: EngineData, months: readonly MonthKey[]): number {
  const n = data.offices.length;
  const width = n * FIELDS;
  const parent = data.parentIndex;
  const counts = data.counts;
  let checksum = 0;
  for (const month of months) {
    const offset = monthIndex(month) - data.baseMonthIndex;
    if (offset < 0 || offset >= data.monthCount) continue;
    const acc = counts.slice(offset * width, offset * width + width);
    for (let o = n - 1; o > 0; o--) {
      const to = parent[o]! * FIELDS;
      const from = o * FIELDS;
      for (let f = 0; f < FIELDS; f++) acc[to + f] = acc[to + f]! + acc[from + f]!;
    }
    checksum += acc[0]!;
  }
  return checksum;
}

/** The same counts summed without the tree: every office-month of the months, every field, into one total. */
export function floorSumOnly(data: EngineData, months: readonly MonthKey[]): number {
  const width = data.offices.length * FIELDS;
  const counts = data.counts;
  let total = 0;
  for (const month of months) {
    const offset = monthIndex(month) - data.baseMonthIndex;
    if (offset < 0 || offset >= data.monthCount) continue;
    const end = offset * width + width;
    for (let i = offset * width; i < end; i++) total += counts[i]!;
  }
  return total;
}

export interface ArqueroInputs {
  records: aq.ColumnTable;
  closure: aq.ColumnTable;
}

/**
 * Tables a dataframe user would start from, built outside the timing: the records of the months
 * as columns, and the ancestor closure (office → itself and every ancestor), the usual way to roll
 * up a tree in a dataframe.
 */
export function arqueroInputs(offices: readonly Office[], records: readonly MonthlyRecord[], months: readonly MonthKey[]): ArqueroInputs {
  const wanted = new Set(months);
  const chosen = records.filter((record) => wanted.has(record.month));
  const columns: Record<string, unknown[]> = { officeId: chosen.map((r) => r.officeId), month: chosen.map((r) => r.month) };
  for (const field of COUNT_FIELDS) columns[field] = chosen.map((r) => r[field] ?? null);
  const parent = new Map(offices.map((office) => [office.id, office.parentId]));
  const office: string[] = [];
  const ancestor: string[] = [];
  for (const { id } of offices) {
    for (let at: string | null | undefined = id; at; at = parent.get(at)) {
      office.push(id);
      ancestor.push(at);
    }
  }
  return { records: aq.table(columns), closure: aq.table({ officeId: office, ancestor }) };
}

/** The same roll-up in arquero: join records to every ancestor, sum every field per ancestor and month. */
export function arqueroRollup(inputs: ArqueroInputs): number {
  const sums = Object.fromEntries(COUNT_FIELDS.map((field) => [field, aq.op.sum(field)]));
  const result = inputs.records.join(inputs.closure, 'officeId').groupby('ancestor', 'month').rollup(sums);
  return result.numRows();
}

import { COUNT_FIELDS, lastCompleteMonth, monthIndex, type MonthlyRecord } from '../../src/domain';
import { generateDataset } from '../../mocks/generator';
import type { Storage } from './storage/types';

/**
 * An empty data folder starts on the demo's county (the mock 'normal' scenario, 36 months up to
 * the last complete month), written as one import so that it shows in the log and the staff's
 * first upload can replace it.
 */
export async function loadDemoIfEmpty(storage: Storage, now = new Date()): Promise<boolean> {
  if ((await storage.officeCount()) > 0) return false;
  const dataset = generateDataset({ scenario: 'normal', endMonth: lastCompleteMonth(now) });
  const records: MonthlyRecord[] = dataset.records.map((record) => {
    const copy: MonthlyRecord = { officeId: record.officeId, month: record.month };
    for (const field of COUNT_FIELDS) if (record[field] !== undefined) copy[field] = record[field];
    return copy;
  });
  await storage.applyImport({
    who: 'demo',
    origin: 'demo',
    files: [{ name: 'demo (mock scenario normal)', size: 0 }],
    offices: { mode: 'replace', list: dataset.offices },
    scope: 'all',
    months: [...new Set(dataset.months.map(monthIndex))],
    records,
    rowsLeftOut: 0,
  });
  return true;
}

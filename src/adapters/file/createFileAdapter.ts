import { isMonthKey, monthFromIndex, monthIndex, type MonthlyRecord, type QualityIssue } from '../../domain';
import { REASON_MONTH_OUT_OF_RANGE } from '../validate/reasons';
import type { DataAdapter, RecordsResult } from '../types';
import type { OwnDataset } from './dataset';
import { recordAt } from './recordColumns';

/**
 * The staff's own data as a DataAdapter: already parsed and validated, served from memory.
 * Records of months the app does not ask for are left out and reported with their sheet row,
 * as the HTTP source's out-of-range rows are.
 */
export function createFileAdapter(dataset: OwnDataset): DataAdapter {
  // The same query asked again (every refresh) gets the same result object: nothing re-renders.
  let last: { from: string; to: string; officeIds: ReadonlySet<string>; result: RecordsResult } | null = null;
  const offices = { offices: dataset.offices, quality: dataset.officesQuality };

  return {
    id: `file:${dataset.id}`,
    description: dataset.files.map((file) => file.name).join(', '),
    type: 'file',

    async getOffices() {
      return offices;
    },

    async getRecords(query) {
      if (!isMonthKey(query.from) || !isMonthKey(query.to)) {
        throw new RangeError(`records query needs months "YYYY-MM", got ${query.from} to ${query.to}`);
      }
      if (last && last.from === query.from && last.to === query.to && sameSet(last.officeIds, query.officeIds)) return last.result;
      const result = await recordsInWindow(dataset, query.from, query.to, query.officeIds);
      last = { from: query.from, to: query.to, officeIds: new Set(query.officeIds), result };
      return result;
    },

    async getScheme() {
      return dataset.scheme;
    },
  };
}

/** Records made between two looks at the page's input: a few tens of milliseconds' work. */
const RECORDS_PER_SLICE = 20_000;

/** Lets the page handle input and paint before the next slice (a 200,000-row dataset makes ten). */
function yieldToPage(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

async function recordsInWindow(dataset: OwnDataset, from: string, to: string, officeIds: ReadonlySet<string>): Promise<RecordsResult> {
  const first = monthIndex(from);
  const end = monthIndex(to);
  const { records: columns, offices } = dataset;
  const records: MonthlyRecord[] = [];
  const issues: QualityIssue[] = [];
  const asked = offices.map((office) => officeIds.has(office.id));
  for (let index = 0; index < columns.length; index++) {
    if (index > 0 && index % RECORDS_PER_SLICE === 0) await yieldToPage();
    const month = columns.month[index]!;
    const office = columns.office[index]!;
    if (month >= first && month <= end && asked[office]) {
      records.push(recordAt(columns, index, offices));
      continue;
    }
    const officeId = offices[office]!.id;
    const monthKey = monthFromIndex(month);
    const outside = month < first || month > end;
    issues.push({
      source: dataset.recordsSource,
      row: columns.row[index]!,
      field: outside ? 'month' : 'officeId',
      reason: outside ? REASON_MONTH_OUT_OF_RANGE : 'unknown-office',
      detail: outside ? `${monthKey} is outside the months the dashboard shows, ${from} to ${to}` : `no office has the id ${JSON.stringify(officeId)}`,
      params: outside ? { month: monthKey, from, to } : { officeId },
      officeId,
      month: monthKey,
    });
  }
  const quality = dataset.recordsQuality;
  if (issues.length === 0) return { records, quality };
  return {
    records,
    quality: {
      accepted: records.length,
      rejected: quality.rejected + issues.length,
      issues: [...quality.issues, ...issues].sort((a, b) => a.row - b.row),
    },
  };
}

function sameSet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size !== b.size) return false;
  for (const item of a) if (!b.has(item)) return false;
  return true;
}

import { isMonthKey, monthIndex, type MonthlyRecord, type QualityIssue } from '../../domain';
import { REASON_MONTH_OUT_OF_RANGE } from '../validate/reasons';
import type { DataAdapter, RecordsResult } from '../types';
import type { OwnDataset } from './dataset';

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
      const result = recordsInWindow(dataset, query.from, query.to, query.officeIds);
      last = { from: query.from, to: query.to, officeIds: new Set(query.officeIds), result };
      return result;
    },

    async getScheme() {
      return dataset.scheme;
    },
  };
}

function recordsInWindow(dataset: OwnDataset, from: string, to: string, officeIds: ReadonlySet<string>): RecordsResult {
  const first = monthIndex(from);
  const end = monthIndex(to);
  const records: MonthlyRecord[] = [];
  const issues: QualityIssue[] = [];
  dataset.records.forEach((record, index) => {
    const month = monthIndex(record.month);
    const row = dataset.recordRows[index] ?? 0;
    if (month < first || month > end) {
      issues.push({
        source: dataset.recordsSource,
        row,
        field: 'month',
        reason: REASON_MONTH_OUT_OF_RANGE,
        detail: `${record.month} is outside the months the dashboard shows, ${from} to ${to}`,
        officeId: record.officeId,
        month: record.month,
      });
    } else if (!officeIds.has(record.officeId)) {
      issues.push({
        source: dataset.recordsSource,
        row,
        field: 'officeId',
        reason: 'unknown-office',
        detail: `no office has the id ${JSON.stringify(record.officeId)}`,
        officeId: record.officeId,
        month: record.month,
      });
    } else {
      records.push(record);
    }
  });
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

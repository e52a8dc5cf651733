// Contract v1.1 is backward compatible: a v1 payload (made by the contract v1 generator, commit 4e3db5f) stays valid and gives the v1 figures.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { parseDatasetFiles } from '../../src/adapters/file/parseFiles';
import { validateOffices } from '../../src/adapters/validate/offices';
import { validateRecords } from '../../src/adapters/validate/records';
import { indicatorById, parseTerm, type MonthlyRecord, type Sum } from '../../src/domain';
import { recordsIn, textFile } from '../adapters/fileFixtures';

const text = readFileSync(fileURLToPath(new URL('./fixtures/v1-payload.json', import.meta.url)), 'utf8');
const payload = JSON.parse(text) as { offices: unknown[]; records: Record<string, unknown>[] };
const V1_FIELDS = [
  'accepted',
  'completed',
  'completedOnTime',
  'overdue',
  'nearDeadline',
  'onlineAccepted',
  'fullyOnline',
  'reviews',
  'activeReviews',
  'goodReviews',
  'badReviews',
  'badReviewsRectified',
  'hotlineTickets',
  'hotlineResponded',
  'hotlineOnTime',
  'hotlineResolved',
  'hotlineRevisited',
  'hotlineSatisfied',
  'disclosures',
  'disclosuresAdopted',
];

const offices = validateOffices({ offices: payload.offices }, 'v1/offices');
const officeIds = new Set(offices.offices.map((office) => office.id));
const records = validateRecords({ records: payload.records }, 'v1/records', { from: '2025-08', to: '2025-10', officeIds });

/**
 * A built-in indicator as the v1.1 catalogue defines it, over the records kept: each side summed
 * over the rows that carry what the formula needs (an optional term adds 0 where absent; a
 * "first of" takes the first field sent), as docs/data-contract.md says a roll-up is computed.
 */
function rate(id: string, keep: (record: MonthlyRecord) => boolean = () => true): number {
  const formula = indicatorById(id).formula;
  if (formula.type !== 'ratio') throw new Error(`${id} is not a ratio`);
  const value = (sum: Sum, record: MonthlyRecord): number | null => {
    let total = 0;
    for (const term of sum) {
      const parsed = parseTerm(term)!;
      const sent = parsed.names.map((name) => record[name as keyof MonthlyRecord]).find((v) => v !== undefined);
      if (sent === undefined) {
        if (!parsed.optional) return null;
        continue;
      }
      total += sent as number;
    }
    return total;
  };
  let numerator = 0;
  let denominator = 0;
  for (const record of records.records.filter(keep)) {
    const top = value(formula.numerator, record);
    const bottom = value(formula.denominator, record);
    if (top === null || bottom === null) continue;
    numerator += top;
    denominator += bottom;
  }
  return numerator / denominator;
}

describe('a contract v1 payload under contract v1.1', () => {
  test('is valid: every office and every row kept, nothing rejected', () => {
    expect(offices.quality).toEqual({ accepted: 7, rejected: 0, issues: [] });
    expect(records.quality.accepted).toBe(18);
    expect(records.quality.rejected).toBe(0);
    expect(records.quality.issues.every((issue) => issue.severity === 'note')).toBe(true);
  });

  test('the same records come out: the v1 fields as sent, the v1.1 fields not reported', () => {
    expect(records.records).toHaveLength(payload.records.length);
    records.records.forEach((record, i) => {
      const row = payload.records[i]!;
      expect(record.officeId).toBe(row.officeId);
      expect(record.month).toBe(row.month);
      for (const field of V1_FIELDS) expect(record[field as keyof MonthlyRecord], `${record.officeId} ${record.month} ${field}`).toBe(row[field]);
      for (const field of [
        'overdueOpen',
        'carriedOver',
        'reviewsVerySatisfied',
        'reviewsSatisfied',
        'reviewsBasicallySatisfied',
        'reviewsDissatisfied',
        'reviewsVeryDissatisfied',
        'badReviewsOverdue',
        'hotlineCompleted',
      ] as const) {
        expect(record[field]).toBeUndefined();
      }
    });
  });

  test('its only notes are where on time + overdue ≠ completed, which v1 did not define: the rows are used', () => {
    expect(records.quality.issues.map((issue) => [issue.officeId, issue.month, issue.params?.rule])).toEqual([
      ['d-market', '2025-08', 'on-time-plus-overdue-is-completed'],
      ['t02', '2025-08', 'on-time-plus-overdue-is-completed'],
      ['d-police', '2025-09', 'on-time-plus-overdue-is-completed'],
      ['t02', '2025-09', 'on-time-plus-overdue-is-completed'],
      ['d-market', '2025-10', 'on-time-plus-overdue-is-completed'],
    ]);
  });

  test('its figures under the v1.1 definitions are the v1 figures, worked out by hand', () => {
    const police = (r: MonthlyRecord) => r.officeId === 'd-police' && r.month === '2025-10';
    // 办结率 without carriedOver is completed / accepted, as in v1: 2,668 / 2,743.
    expect(rate('completionRate', police)).toBeCloseTo(2668 / 2743, 12);
    expect(rate('completionRate', police)).toBeCloseTo(0.972658, 6);
    // 好评率 without the five levels is the goodReviews sent: 2,405 / 2,407.
    expect(rate('goodReviewRate', police)).toBeCloseTo(0.999169, 6);
    // A month that completes items accepted earlier: 401 / 397, above 100% as in v1 (no carry-over sent).
    expect(rate('completionRate', (r) => r.officeId === 'd-power' && r.month === '2025-08')).toBeCloseTo(401 / 397, 12);
    // 热线按时办结率 without hotlineCompleted stays over the tickets: (79 + 68 + 60) / (91 + 76 + 69), the quarter of the laggard.
    expect(rate('hotlineOnTimeRate', (r) => r.officeId === 'd-power')).toBeCloseTo(207 / 236, 12);
    // The township with its two village rooms, October: 好评 (1,766 + 46 + 39) / (1,771 + 46 + 39);
    // online over the rows that carry both fields only (the rooms send no onlineAccepted): 1,697 / 1,974.
    const township = (r: MonthlyRecord) => r.officeId.startsWith('t02') && r.month === '2025-10';
    expect(rate('goodReviewRate', township)).toBeCloseTo(1851 / 1856, 12);
    expect(rate('onlineRate', township)).toBeCloseTo(1697 / 1974, 12);
    // The whole payload, a quarter: 办结率 16,984 / 17,147, 按时办结率 16,972 / 16,984, 好评率 15,364 / 15,388.
    expect(rate('completionRate')).toBeCloseTo(16984 / 17147, 12);
    expect(rate('onTimeRate')).toBeCloseTo(16972 / 16984, 12);
    expect(rate('goodReviewRate')).toBeCloseTo(15364 / 15388, 12);
  });

  test('loaded as a file, the same', async () => {
    const dataset = await parseDatasetFiles([textFile('v1.json', text)]);
    expect(dataset.officesQuality.rejected).toBe(0);
    expect(dataset.recordsQuality.rejected).toBe(0);
    expect(recordsIn(dataset)).toEqual(records.records);
  });
});

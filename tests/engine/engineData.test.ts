import { describe, expect, it } from 'vitest';
import { COUNT_FIELDS, monthPeriod, type MonthlyRecord, type Office } from '../../src/domain';
import {
  EngineInputError,
  ancestorsOf,
  DEFAULT_SCHEME,
  buildEngineData,
  childrenOf,
  evaluatePeriod,
  dataMonths,
  descendantsOfKind,
  isInSubtree,
} from '../../src/engine';
import { GOLDEN_OFFICES, GOLDEN_RECORDS } from './fixtures/golden';

/** A prefecture: a root region with county regions, each with its own offices. */
const PREFECTURE: Office[] = [
  { id: 'P', name: '州', kind: 'region', parentId: null },
  { id: 'C2', name: '乙县', kind: 'region', parentId: 'P' },
  { id: 'C1', name: '甲县', kind: 'region', parentId: 'P' },
  { id: 'C1-D', name: '甲县公安', kind: 'department', parentId: 'C1' },
  { id: 'C2-T', name: '乙县城关镇', kind: 'township', parentId: 'C2' },
  { id: 'C2-T-V', name: '乙县东村', kind: 'village', parentId: 'C2-T' },
  { id: 'C1-T', name: '甲县河西乡', kind: 'township', parentId: 'C1' },
];

describe('buildEngineData', () => {
  it('lays the tree out depth first with siblings by id, whatever the input order', () => {
    const a = buildEngineData(PREFECTURE, []);
    const b = buildEngineData([...PREFECTURE].reverse(), []);
    const order = ['P', 'C1', 'C1-D', 'C1-T', 'C2', 'C2-T', 'C2-T-V'];
    expect(a.offices.map((office) => office.id)).toEqual(order);
    expect(b.offices.map((office) => office.id)).toEqual(order);
    // every subtree is a contiguous range
    expect(Array.from(a.subtreeEnd)).toEqual([7, 4, 3, 4, 7, 7, 7]);
    expect(Array.from(a.depth)).toEqual([0, 1, 2, 2, 1, 2, 3]);
  });

  it('answers tree questions', () => {
    const data = buildEngineData(PREFECTURE, []);
    expect(childrenOf(data, 'P').map((office) => office.id)).toEqual(['C1', 'C2']);
    expect(descendantsOfKind(data, 'P', 'township').map((office) => office.id)).toEqual(['C1-T', 'C2-T']);
    expect(descendantsOfKind(data, 'C2', 'village').map((office) => office.id)).toEqual(['C2-T-V']);
    expect(ancestorsOf(data, 'C2-T-V').map((office) => office.id)).toEqual(['P', 'C2', 'C2-T']);
    expect(isInSubtree(data, 'C1', 'C1-T')).toBe(true);
    expect(isInSubtree(data, 'C1', 'C2-T')).toBe(false);
  });

  it('refuses offices that break the contract', () => {
    const duplicate = [...PREFECTURE, PREFECTURE[1]!];
    expect(() => buildEngineData(duplicate, [])).toThrow(EngineInputError);
    expect(() => buildEngineData([...PREFECTURE, { id: 'X', name: 'x', kind: 'department', parentId: 'nowhere' }], [])).toThrow(/unknown parent/);
    const cycle: Office[] = [...PREFECTURE, { id: 'A', name: 'a', kind: 'region', parentId: 'B' }, { id: 'B', name: 'b', kind: 'region', parentId: 'A' }];
    expect(() => buildEngineData(cycle, [])).toThrow(/cycle/);
  });

  it('covers the months from the first to the last record and leaves out unusable records, counted', () => {
    const data = buildEngineData(GOLDEN_OFFICES, [
      ...GOLDEN_RECORDS,
      { officeId: 'gone', month: '2025-02', accepted: 1 },
      { ...GOLDEN_RECORDS[1]!, accepted: 999 },
      { officeId: 'D1', month: '2025-13', accepted: 1 },
    ]);
    expect(data.firstMonth).toBe('2024-03');
    expect(data.lastMonth).toBe('2025-03');
    expect(dataMonths(data)).toHaveLength(13);
    expect(data.recordsUsed).toBe(GOLDEN_RECORDS.length);
    expect(data.ignored).toEqual({ unknownOffice: 1, duplicate: 1, badMonth: 1 });
  });

  it('expects an office from its first record on, and one that never reported from the last month', () => {
    const offices: Office[] = [...GOLDEN_OFFICES, { id: 'D9', name: '新设局', kind: 'department', parentId: 'R' }];
    const data = buildEngineData(offices, GOLDEN_RECORDS);
    const start = (id: string) => data.startMonth[data.officeIndex.get(id)!];
    expect(start('D1')).toBe(0); // 2024-03
    expect(start('D3')).toBe(11); // 2025-02
    expect(start('D9')).toBe(12); // never reported: due from 2025-03, the last month with data
    expect(start('R')).toBe(0x7fffffff); // a region is never due on its own
  });

  it('reads every count field into its own place', () => {
    // Each field gets a distinct value, so a reader wired to the wrong field cannot go unnoticed.
    const record = { officeId: 'D1', month: '2025-01' } as MonthlyRecord;
    COUNT_FIELDS.forEach((field, i) => (record[field] = 1000 + i));
    const data = buildEngineData(GOLDEN_OFFICES, [record, { officeId: 'D2', month: '2025-01', accepted: 5, overdue: 0 }]);
    const evaluation = evaluatePeriod(data, DEFAULT_SCHEME, monthPeriod('2025-01'));
    // The record sent the five review levels: 好评 and 差评 are theirs (national practice), not the
    // record's own goodReviews / badReviews (which a quality note reports when they disagree).
    const levels = (fields: readonly string[]) => fields.reduce((sum, field) => sum + 1000 + COUNT_FIELDS.indexOf(field as never), 0);
    expect(evaluation.office('D1')!.counts).toEqual({
      ...Object.fromEntries(COUNT_FIELDS.map((field, i) => [field, 1000 + i])),
      goodReviews: levels(['reviewsVerySatisfied', 'reviewsSatisfied', 'reviewsBasicallySatisfied']),
      badReviews: levels(['reviewsDissatisfied', 'reviewsVeryDissatisfied']),
    });
    expect(evaluation.office('D2')!.counts).toEqual({ accepted: 5, overdue: 0 });
    expect(evaluation.scope.counts.accepted).toBe(1005);
    expect(evaluation.scope.counts.overdue).toBe(1003);
    expect(evaluation.scope.counts.hotlineTickets).toBe(1012);
  });

  it('ignores a count that is not a finite number rather than counting it', () => {
    const data = buildEngineData(GOLDEN_OFFICES, [
      { officeId: 'D1', month: '2025-01', accepted: Number.NaN, completed: null as unknown as number, overdue: 2 },
    ]);
    expect(evaluatePeriod(data, DEFAULT_SCHEME, monthPeriod('2025-01')).office('D1')!.counts).toEqual({ overdue: 2 });
  });

  it('handles no data at all', () => {
    const data = buildEngineData(GOLDEN_OFFICES, []);
    expect(data.firstMonth).toBeNull();
    expect(data.monthCount).toBe(0);
    expect(buildEngineData([], []).rootIds).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { buildEngineData } from '../../src/engine';
import { BULLETIN_KEY_INDICATORS, bulletinFacts } from '../../src/engine/bulletin';
import type { MonthlyRecord, Office } from '../../src/domain';
import { fixtureFacts } from '../features/bulletin/fixtures';
import { GOLDEN_OFFICES, GOLDEN_RECORDS, GOLDEN_SCHEME } from './fixtures/golden';

const data = buildEngineData(GOLDEN_OFFICES, GOLDEN_RECORDS);

describe('bulletinFacts: the key columns of every ranking row', () => {
  const facts = bulletinFacts(data, GOLDEN_SCHEME, '2025-02');

  it('carries volume, completion, overdue and dissatisfaction whatever the scheme scores', () => {
    // 人社局 in February: 50 accepted, 50 completed, 48 on time, 100 reviews, 99 good, 1 bad
    const hr = facts.rankings.department.rows.find((row) => row.officeId === 'D2')!;
    expect(Object.keys(hr.keyValues).sort()).toEqual([...BULLETIN_KEY_INDICATORS].sort());
    expect(hr.keyValues).toMatchObject({
      accepted: 50,
      completed: 50,
      completionRate: 1,
      onTimeRate: 48 / 50,
      overdue: 0,
      badReviews: 1,
      badReviewRate: 1 / 100,
    });
    // The golden data has no online fields: absent stays null, never 0.
    expect(hr.keyValues.onlineRate).toBeNull();
  });

  it('gives a township its subtree figures (centre plus villages)', () => {
    // 城关镇 20 + 东村 10 accepted; 19 + 10 on time of 30 completed
    const town = facts.rankings.township.rows.find((row) => row.officeId === 'T1')!;
    expect(town.keyValues.accepted).toBe(30);
    expect(town.keyValues.onTimeRate).toBeCloseTo(29 / 30, 12);
    expect(town.keyValues.overdue).toBe(1);
  });
});

describe('bulletinFacts: offices whose own record is missing', () => {
  it('names a village that did not report, not its township whose centre did', () => {
    const facts = bulletinFacts(data, GOLDEN_SCHEME, '2025-02');
    expect(facts.coverage.missing).toEqual([{ officeId: 'V2', name: '西村', kind: 'village', parentId: 'T2', parentName: '河西乡' }]);
  });

  it('names a silent department, and nobody who was not yet due', () => {
    // March: 人社局 sent nothing. 医保局 started in February, so in January it was not due.
    expect(bulletinFacts(data, GOLDEN_SCHEME, '2025-03').coverage.missing.map((office) => office.officeId)).toEqual(['D2']);
    expect(bulletinFacts(data, GOLDEN_SCHEME, '2025-01').coverage.missing).toEqual([]);
  });

  it('names a township centre that is silent while its villages reported (status partial, not "not reported")', () => {
    const records: MonthlyRecord[] = GOLDEN_RECORDS.filter((record) => !(record.officeId === 'T1' && record.month === '2025-03'));
    const facts = bulletinFacts(buildEngineData(GOLDEN_OFFICES, records), GOLDEN_SCHEME, '2025-03');
    expect(facts.coverage.missing.map((office) => office.officeId)).toEqual(['D2', 'T1']);
    expect(facts.coverage.notReported.township).toEqual([]);
    const town = facts.rankings.township.rows.find((row) => row.officeId === 'T1')!;
    expect(town.status).toBe('partial');
  });

  it('counts within the scope only, and never the region itself', () => {
    const offices: Office[] = [
      { id: 'P', name: '市', kind: 'region', parentId: null },
      { id: 'C1', name: '甲县', kind: 'region', parentId: 'P' },
      { id: 'C2', name: '乙县', kind: 'region', parentId: 'P' },
      { id: 'A', name: '甲县公安局', kind: 'department', parentId: 'C1' },
      { id: 'B', name: '乙县公安局', kind: 'department', parentId: 'C2' },
    ];
    const records: MonthlyRecord[] = [
      { officeId: 'A', month: '2025-01', accepted: 1 },
      { officeId: 'B', month: '2025-01', accepted: 1 },
      { officeId: 'B', month: '2025-02', accepted: 2 },
    ];
    const engine = buildEngineData(offices, records);
    expect(bulletinFacts(engine, GOLDEN_SCHEME, '2025-02').coverage.missing).toEqual([
      { officeId: 'A', name: '甲县公安局', kind: 'department', parentId: 'C1', parentName: '甲县' },
    ]);
    expect(bulletinFacts(engine, GOLDEN_SCHEME, '2025-02', 'C2').coverage.missing).toEqual([]);
    expect(bulletinFacts(engine, GOLDEN_SCHEME, '2025-02', 'C1').coverage.missing.map((office) => office.officeId)).toEqual(['A']);
  });
});

describe('bulletinFacts: review levels as shares', () => {
  it('has no share without reviews (a share of nothing is not 0)', () => {
    const offices: Office[] = [
      { id: 'R', name: '县', kind: 'region', parentId: null },
      { id: 'D', name: '局', kind: 'department', parentId: 'R' },
    ];
    const none = bulletinFacts(
      buildEngineData(offices, [{ officeId: 'D', month: '2025-01', reviews: 0, goodReviews: 0, badReviews: 0 }]),
      GOLDEN_SCHEME,
      '2025-01',
    );
    expect(none.reviews.shares).toEqual({ good: null, neutral: null, bad: null });
    const absent = bulletinFacts(buildEngineData(offices, [{ officeId: 'D', month: '2025-01', accepted: 3 }]), GOLDEN_SCHEME, '2025-01');
    expect(absent.reviews).toMatchObject({ reviews: null, neutral: null, shares: { good: null, neutral: null, bad: null } });
  });
});

describe('bulletinFacts: what each ranked office lost, for the bulletin to say why it ranks where it does', () => {
  // The fixture county (tests/features/bulletin/fixtures.ts), worked by hand: 按时办结率 60 points
  // (floor 90%, target 100%) and 好评率 40 (floor 95%, target 100%). 丙局 in March: 95 of 100 on time
  // → 50 → 30 points, 30 lost; 98 of 100 good → 60 → 24 points, 16 lost; 54 in all. February: 100% of
  // both → 100 points.
  const facts = fixtureFacts('2025-03');
  const bing = facts.rankings.department.rows.find((row) => row.officeId === 'D3')!;

  it('carries each scored indicator with its value, last month’s value, points lost and change of points', () => {
    expect(bing.score).toBeCloseTo(54, 9);
    expect(bing.scoreChange).toBeCloseTo(-46, 9);
    expect(bing.scoreDetails.map((detail) => detail.indicatorId)).toEqual(['onTimeRate', 'goodReviewRate']);
    const [onTime, good] = bing.scoreDetails;
    expect(onTime).toMatchObject({ status: 'scored', value: 0.95, previous: 1 });
    expect(onTime!.points).toBeCloseTo(30, 9);
    expect(onTime!.lost).toBeCloseTo(30, 9);
    expect(onTime!.change).toBeCloseTo(-30, 9);
    expect(good).toMatchObject({ status: 'scored', value: 0.98, previous: 1 });
    expect(good!.lost).toBeCloseTo(16, 9);
    expect(good!.change).toBeCloseTo(-16, 9);
  });

  it('has no change without a comparison month, and carries the scheme’s floors and targets', () => {
    const february = fixtureFacts('2025-02').rankings.department.rows.find((row) => row.officeId === 'D3')!;
    expect(february.scoreChange).toBeNull();
    expect(february.scoreDetails.every((detail) => detail.change === null && detail.previous === null)).toBe(true);
    expect(facts.scoring.map(({ indicatorId, floor, target, weight }) => ({ indicatorId, floor, target, weight }))).toEqual([
      { indicatorId: 'onTimeRate', floor: 0.9, target: 1, weight: 60 },
      { indicatorId: 'goodReviewRate', floor: 0.95, target: 1, weight: 40 },
    ]);
  });

  it('stays plain data', () => {
    expect(JSON.parse(JSON.stringify(bing.scoreDetails))).toEqual(bing.scoreDetails);
  });
});

describe('bulletinFacts: each kind taken together is the offices its ranking lists', () => {
  // 云岭 (prefecture) with its own 市直 department, and two counties with a department and a township each.
  const offices: Office[] = [
    { id: 'P', name: '云岭市', kind: 'region', parentId: null },
    { id: 'P-d', name: '市公安局', kind: 'department', parentId: 'P' },
    { id: 'c1', name: '青岚县', kind: 'region', parentId: 'P' },
    { id: 'c1-d', name: '县公安局', kind: 'department', parentId: 'c1' },
    { id: 'c1-t', name: '城关镇', kind: 'township', parentId: 'c1' },
    { id: 'c2', name: '临溪县', kind: 'region', parentId: 'P' },
    { id: 'c2-d', name: '县公安局', kind: 'department', parentId: 'c2' },
  ];
  const row = (officeId: string, accepted: number): MonthlyRecord => ({ officeId, month: '2025-01', accepted, completed: accepted, completedOnTime: accepted });
  const data = buildEngineData(offices, [row('P-d', 500), row('c1-d', 100), row('c1-t', 20), row('c2-d', 7)]);

  it('at a prefecture: the counties (not the prefecture itself), the 市直 departments (not the counties’)', () => {
    const facts = bulletinFacts(data, GOLDEN_SCHEME, '2025-01');
    expect(facts.totals.counts.accepted).toBe(627);
    expect(facts.kindTotals.region).toMatchObject({ offices: 2, counts: { accepted: 127 } });
    expect(facts.kindTotals.department).toMatchObject({ offices: 1, counts: { accepted: 500 } });
    expect(facts.kindTotals.township.offices).toBe(0);
  });

  it('at a county: its own departments and townships, and no region', () => {
    const facts = bulletinFacts(data, GOLDEN_SCHEME, '2025-01', 'c1');
    expect(facts.kindTotals.region.offices).toBe(0);
    expect(facts.kindTotals.department).toMatchObject({ offices: 1, counts: { accepted: 100 } });
    expect(facts.kindTotals.township).toMatchObject({ offices: 1, counts: { accepted: 20 } });
  });
});

import { describe, expect, it } from 'vitest';
import { schemeFromV1, COUNT_FIELDS, monthPeriod, rangePeriod, type MonthlyRecord, type Office, type Scheme } from '../../src/domain';
import { buildEngineData, evaluatePeriod, indicatorValue, kindRollup, kindTrend, trend } from '../../src/engine';
import { bulletinFacts } from '../../src/engine/bulletin';
import { DEFAULT_SCHEME } from '../../src/engine';
import { schemeLayout } from '../../src/engine/layout/schemeLayout';
import { generateDataset } from '../../mocks/generator';

/**
 * A county whose villages report some fields and not others (absent = not reported):
 *
 *   R 县
 *   ├─ D  政务服务局   accepted, online, completed, reviews with levels, bad reviews and rectified
 *   └─ T  城关镇       the township centre's own record: everything D reports
 *      ├─ V1 东村      no online fields in January (has them in February), no rectified
 *      └─ V2 西村      accepted only (no completed, no online), reviews without levels
 */
const OFFICES: Office[] = [
  { id: 'R', name: '县', kind: 'region', parentId: null },
  { id: 'D', name: '政务服务局', kind: 'department', parentId: 'R' },
  { id: 'T', name: '城关镇', kind: 'township', parentId: 'R' },
  { id: 'V1', name: '东村', kind: 'village', parentId: 'T' },
  { id: 'V2', name: '西村', kind: 'village', parentId: 'T' },
];

const RECORDS: MonthlyRecord[] = [
  // January
  {
    officeId: 'D',
    month: '2025-01',
    accepted: 400,
    onlineAccepted: 392,
    fullyOnline: 300,
    completed: 400,
    reviews: 200,
    goodReviews: 198,
    badReviews: 1,
    badReviewsRectified: 1,
  },
  {
    officeId: 'T',
    month: '2025-01',
    accepted: 100,
    onlineAccepted: 90,
    fullyOnline: 45,
    completed: 95,
    reviews: 50,
    goodReviews: 45,
    badReviews: 2,
    badReviewsRectified: 1,
  },
  { officeId: 'V1', month: '2025-01', accepted: 30, completed: 30, reviews: 12, goodReviews: 8, badReviews: 3 },
  { officeId: 'V2', month: '2025-01', accepted: 20, reviews: 10 },
  // February: V1 now takes items online too.
  { officeId: 'D', month: '2025-02', accepted: 400, onlineAccepted: 396, fullyOnline: 320, completed: 400 },
  { officeId: 'T', month: '2025-02', accepted: 100, onlineAccepted: 95, fullyOnline: 50, completed: 100 },
  { officeId: 'V1', month: '2025-02', accepted: 40, onlineAccepted: 10, fullyOnline: 4, completed: 40 },
  { officeId: 'V2', month: '2025-02', accepted: 20 },
];

/** Townships score on the online rate alone: floor 80%, target 100%. One card line at 70%. */
const SCHEME: Scheme = schemeFromV1({
  version: 1,
  id: 'paired',
  name: '网办',
  indicators: [{ indicatorId: 'onlineRate', weight: 100, floor: 0.8, target: 1, appliesTo: ['department', 'township'] }],
  cardRules: [
    { id: 'online-low', subject: 'onlineRate', comparison: 'lt', threshold: 0.7, level: 'yellow', message: '网办率低', appliesTo: ['township'] },
    { id: 'unrectified', subject: 'badReviewsUnrectified', comparison: 'gt', threshold: 1, level: 'red', message: '差评未整改', appliesTo: ['township'] },
  ],
});

const data = buildEngineData(OFFICES, RECORDS);
const jan = evaluatePeriod(data, SCHEME, monthPeriod('2025-01'));
const feb = evaluatePeriod(data, SCHEME, monthPeriod('2025-02'));
const both = evaluatePeriod(data, SCHEME, rangePeriod('2025-01', '2025-02'));
const t = jan.office('T')!;

describe('a rate sums its two sides over the office-months that reported both (January by hand)', () => {
  it('keeps every count the sum of every record that carries it', () => {
    // accepted 100 + 30 + 20 = 150; online only T: 90; completed T 95 + V1 30 = 125; reviews 50 + 12 + 10 = 72
    expect(t.counts).toMatchObject({
      accepted: 150,
      onlineAccepted: 90,
      fullyOnline: 45,
      completed: 125,
      reviews: 72,
      goodReviews: 53,
      badReviews: 5,
      badReviewsRectified: 1,
    });
  });

  it('gives the township its online rate over the records with both accepted and onlineAccepted', () => {
    // Only T's own record has both: 90 / 100 = 0.9. Counting the villages' 50 accepted as 0 online
    // would give 90 / 150 = 0.6, which the plain-Counts indicatorValue still computes.
    expect(t.values.onlineRate).toBe(90 / 100);
    expect(indicatorValue('onlineRate', t.counts)).toBe(90 / 150);
    expect(t.values.fullyOnlineRate).toBe(45 / 100);
    // completed: T 95 of 100, V1 30 of 30; V2 has no completed → (95 + 30) / (100 + 30)
    expect(t.values.completionRate).toBe(125 / 130);
  });

  it('takes the difference and the rectification rate over the records with both bad and rectified', () => {
    // Only T has both: 2 − 1 = 1 (not 5 − 1 = 4: V1's 3 bad reviews have no rectification figure)
    expect(t.values.badReviewsUnrectified).toBe(1);
    expect(t.values.rectificationRate).toBe(1 / 2);
    // review levels: T 45/50, V1 8/12; V2's 10 reviews came without levels → 53 / 62
    expect(t.values.goodReviewRate).toBe(53 / 62);
    expect(t.values.badReviewRate).toBe(5 / 62);
  });

  it('rolls the county up by the same rule', () => {
    const county = jan.scope;
    // accepted 400 + 150 = 550; online 392 + 90 = 482 over accepted 400 + 100 = 500
    expect(county.counts.accepted).toBe(550);
    expect(county.values.onlineRate).toBe(482 / 500);
    expect(county.values.fullyOnlineRate).toBe(345 / 500);
    // completed 400 + 125 over accepted 400 + 130
    expect(county.values.completionRate).toBe(525 / 530);
    // bad with rectified: D 1 − 1, T 2 − 1 → 3 − 2 = 1; rectification 2 / 3
    expect(county.values.badReviewsUnrectified).toBe(1);
    expect(county.values.rectificationRate).toBe(2 / 3);
    // good 198 + 53 over reviews with levels 200 + 62
    expect(county.values.goodReviewRate).toBe(251 / 262);
  });

  it('scores, carries cards and trends on the paired rate', () => {
    // T's online rate 0.9: (0.9 − 0.8) / 0.2 × 100 = 50 (the unpaired 0.6 would score 0)
    expect(t.score).toBeCloseTo(50, 9);
    // 0.9 is not below the 70% card line (0.6 would be); unrectified 1 is not above 1 (4 would be)
    expect(t.cards).toEqual([]);
    expect(trend(data, 'R', ['accepted', 'onlineRate'], { from: '2025-01', to: '2025-01' })[0]!.values).toEqual({ accepted: 550, onlineRate: 482 / 500 });
  });

  it('takes all townships as one by the same rule (kind totals, kind trend, bulletin)', () => {
    const townships = kindRollup(data, 'R', 'township', { from: '2025-01', to: '2025-01' });
    expect(townships.counts.accepted).toBe(150);
    expect(townships.values.onlineRate).toBe(0.9);
    expect(townships.values.badReviewsUnrectified).toBe(1);
    expect(kindTrend(data, 'R', 'township', ['onlineRate'], { from: '2025-01', to: '2025-01' })[0]!.values.onlineRate).toBe(0.9);
    const facts = bulletinFacts(data, SCHEME, '2025-01');
    expect(facts.kindTotals.township.values.onlineRate).toBe(0.9);
    expect(facts.totals.values.onlineRate).toBe(482 / 500);
  });

  it('splits the bulletin reviews over the records that carry the parts', () => {
    const reviews = bulletinFacts(data, SCHEME, '2025-01').reviews;
    // counts: every record. neutral: reviews − good − bad where all three came: D 200 − 198 − 1 = 1,
    // T 50 − 45 − 2 = 3, V1 12 − 8 − 3 = 1 → 5 of 262 (V2's 10 reviews without levels are not neutral)
    expect(reviews).toEqual({
      reviews: 272,
      good: 251,
      neutral: 5,
      bad: 6,
      rectified: 2,
      unrectified: 1,
      shares: { good: 251 / 262, neutral: 5 / 262, bad: 6 / 262 },
    });
  });
});

describe('pairing is per office-month, over any span', () => {
  it('counts a village in the rate in the months it reported both sides', () => {
    // February: T 95/100, V1 10/40, V2 none → 105 / 140 = 0.75
    expect(feb.office('T')!.values.onlineRate).toBe(105 / 140);
    // January and February: 90 + 95 + 10 over 100 + 100 + 40 = 195 / 240 (V1's January 30 left out)
    expect(both.office('T')!.values.onlineRate).toBe(195 / 240);
    expect(both.office('T')!.counts.accepted).toBe(150 + 160);
    // 环比 of the township: 0.75 against 0.9
    expect(feb.office('T')!.deltas.onlineRate!.mom.previous).toBe(0.9);
    expect(feb.office('T')!.deltas.onlineRate!.mom.absolute).toBeCloseTo(-0.15, 12);
  });

  it('has no value where no office-month reported both sides, even if each side was reported somewhere', () => {
    const split = buildEngineData(OFFICES, [
      { officeId: 'V1', month: '2025-01', accepted: 30 },
      { officeId: 'V2', month: '2025-01', onlineAccepted: 5 },
    ]);
    const town = evaluatePeriod(split, SCHEME, monthPeriod('2025-01')).office('T')!;
    expect(town.counts).toEqual({ accepted: 30, onlineAccepted: 5 });
    expect(town.values.onlineRate).toBeNull();
    expect(town.values.accepted).toBe(30);
  });
});

describe('the derived columns a scheme needs over the data (layout)', () => {
  const derivedWidth = (records: MonthlyRecord[]) => schemeLayout(buildEngineData(OFFICES, records), DEFAULT_SCHEME).derivedWidth;
  const row = (officeId: string, counts: Partial<MonthlyRecord>): MonthlyRecord => ({ officeId, month: '2025-01', ...counts });

  it('needs none when every record carries both sides of every rate or neither', () => {
    expect(derivedWidth([row('D', { accepted: 10, onlineAccepted: 5, completed: 10 }), row('T', { hotlineTickets: 3, hotlineResponded: 3 })])).toBe(0);
  });

  it('needs one for villages without online fields: accepted where onlineAccepted (and fullyOnline) came, shared by both rates', () => {
    const layout = schemeLayout(data, DEFAULT_SCHEME);
    expect(layout.derivedWidth).toBeGreaterThanOrEqual(1);
    const online = layout.formulas[layout.index.get('onlineRate')!]!;
    const fully = layout.formulas[layout.index.get('fullyOnlineRate')!]!;
    expect(Array.from(online.a)).toEqual([COUNT_FIELDS.indexOf('onlineAccepted')]);
    expect(online.b[0]).toBeGreaterThanOrEqual(COUNT_FIELDS.length);
    // January: V1 without online fields, so only records that sent onlineAccepted count; in
    // February V1 sent them, so fullyOnline and onlineAccepted masks agree: one shared column.
    expect(Array.from(fully.b)).toEqual(Array.from(online.b));
  });

  it('a "first of" term reads the later field only where the earlier one is absent', () => {
    const both = [row('D', { hotlineTickets: 20, hotlineCompleted: 18, hotlineOnTime: 17 }), row('T', { hotlineTickets: 10, hotlineOnTime: 9 })];
    const evaluation = evaluatePeriod(buildEngineData(OFFICES, both), DEFAULT_SCHEME, monthPeriod('2025-01'));
    // D: 17 of 18 closed; T: 9 of 10 tickets (no closed count sent); the county: (17 + 9) / (18 + 10).
    expect(evaluation.office('D')!.values.hotlineOnTimeRate).toBe(17 / 18);
    expect(evaluation.office('T')!.values.hotlineOnTimeRate).toBe(9 / 10);
    expect(evaluation.scope.values.hotlineOnTimeRate).toBe(26 / 28);
    // Everyone sends the closed count: the tickets column is never read for it.
    const layout = schemeLayout(buildEngineData(OFFICES, [both[0]!]), DEFAULT_SCHEME);
    expect(Array.from(layout.formulas[layout.index.get('hotlineOnTimeRate')!]!.b)).toEqual([COUNT_FIELDS.indexOf('hotlineCompleted')]);
  });

  it('adds one column for the mock county and none for data without gaps', () => {
    const mock = generateDataset({ scenario: 'normal', seed: 1, endMonth: '2025-12', months: 2 });
    const mockLayout = schemeLayout(buildEngineData(mock.offices, mock.records), DEFAULT_SCHEME);
    expect(mockLayout.derivedWidth).toBe(1);
    const noVillages = mock.records.filter((record) => record.onlineAccepted !== undefined);
    expect(schemeLayout(buildEngineData(mock.offices, noVillages), DEFAULT_SCHEME).derivedWidth).toBe(0);
  });
});

describe('the mock county (normal scenario)', () => {
  const mock = generateDataset({ scenario: 'normal', seed: 1, endMonth: '2025-12', months: 13 });
  const last = mock.months[mock.months.length - 1]!;
  const county = evaluatePeriod(buildEngineData(mock.offices, mock.records), SCHEME, monthPeriod(last)).scope;

  it("gives the county's online rate as Σ onlineAccepted / Σ accepted over the records that carry both", () => {
    let online = 0;
    let acceptedWithOnline = 0;
    let accepted = 0;
    for (const record of mock.records) {
      if (record.month !== last) continue;
      if (record.accepted !== undefined) accepted += record.accepted;
      if (record.accepted === undefined || record.onlineAccepted === undefined) continue;
      online += record.onlineAccepted;
      acceptedWithOnline += record.accepted;
    }
    expect(acceptedWithOnline).toBeLessThan(accepted); // the villages report accepted without onlineAccepted
    expect(county.counts.accepted).toBe(accepted);
    expect(county.values.onlineRate).toBe(online / acceptedWithOnline);
    expect(county.values.onlineRate).not.toBeCloseTo(online / accepted, 3);
  });
});

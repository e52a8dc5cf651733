import { schemeFromV1 } from '../../../src/domain';
import type { MonthlyRecord, Office, Scheme } from '../../../src/domain';
import { buildEngineData, type BulletinFacts } from '../../../src/engine';
import { bulletinFacts } from '../../../src/engine/bulletin';

/**
 * A county small enough to check on paper (示例县): three departments, one township with a
 * village, February–April 2025, and one record in March 2024 for 同比.
 *
 * March 2025, worked by hand:
 *   accepted 412 + 310 + 110 + 150 + 50 = 1,032 against 1,000 in February → 环比 +3.20%;
 *            against 1,043 in March 2024 (甲局 alone) → 同比 −1.05%
 *   on time  (396 + 297 + 95 + 150 + 50) / 1,000 = 98.80%, February 99.30% → −0.50 个百分点
 *   online   516 / 1,032 = 50.00%, February 500 / 1,000 = 50.00% → 持平 (every office reports it)
 *   scores   按时办结率 60 (floor 0.90, target 1) + 好评率 40 (floor 0.95, target 1):
 *            甲局 and 乙局 0.99 and 1.00 → 94.00 each (并列第一); 丙局 0.95 and 0.98 → 54.00 (末位)
 *            February: 丙局 100, 甲局 and 乙局 94 → March moves 甲局、乙局 up 1, 丙局 down 2
 *   reviews  1,000: good 998, bad 2 (丙局), 1 rectified
 *   cards    丙局: overdue 1 → red
 * April 2025: 丙局 sends nothing, so the month is partial.
 * No record carries hotline or disclosure fields: those sections say there is no data.
 */
export interface FixtureNames {
  department1?: string;
  department2?: string;
  department3?: string;
}

export function fixtureOffices(names: FixtureNames = {}): Office[] {
  return [
    { id: 'R', name: '示例县', kind: 'region', parentId: null },
    { id: 'D1', name: names.department1 ?? '甲局', kind: 'department', parentId: 'R' },
    { id: 'D2', name: names.department2 ?? '乙局', kind: 'department', parentId: 'R' },
    { id: 'D3', name: names.department3 ?? '丙局', kind: 'department', parentId: 'R' },
    { id: 'T1', name: '东镇', kind: 'township', parentId: 'R' },
    { id: 'V1', name: '东村', kind: 'village', parentId: 'T1' },
  ];
}

type Row = [
  officeId: string,
  month: string,
  accepted: number,
  completed: number,
  onTime: number,
  overdue: number,
  reviews: number,
  good: number,
  bad: number,
  rectified: number,
  online?: number,
];

const ROWS: Row[] = [
  ['D1', '2024-03', 1043, 1000, 990, 0, 1000, 1000, 0, 0],

  ['D1', '2025-02', 400, 400, 396, 0, 400, 400, 0, 0, 300],
  ['D2', '2025-02', 300, 300, 297, 0, 300, 300, 0, 0, 200],
  ['D3', '2025-02', 100, 100, 100, 0, 100, 100, 0, 0, 0],
  ['T1', '2025-02', 150, 150, 150, 0, 150, 150, 0, 0, 0],
  ['V1', '2025-02', 50, 50, 50, 0, 50, 50, 0, 0, 0],

  ['D1', '2025-03', 412, 400, 396, 0, 400, 400, 0, 0, 306],
  ['D2', '2025-03', 310, 300, 297, 0, 300, 300, 0, 0, 210],
  ['D3', '2025-03', 110, 100, 95, 1, 100, 98, 2, 1, 0],
  ['T1', '2025-03', 150, 150, 150, 0, 150, 150, 0, 0, 0],
  ['V1', '2025-03', 50, 50, 50, 0, 50, 50, 0, 0, 0],

  ['D1', '2025-04', 412, 400, 396, 0, 400, 400, 0, 0, 306],
  ['D2', '2025-04', 310, 300, 297, 0, 300, 300, 0, 0, 210],
  ['T1', '2025-04', 150, 150, 150, 0, 150, 150, 0, 0, 0],
  ['V1', '2025-04', 50, 50, 50, 0, 50, 50, 0, 0, 0],
];

export const FIXTURE_RECORDS: MonthlyRecord[] = ROWS.map(
  ([officeId, month, accepted, completed, completedOnTime, overdue, reviews, goodReviews, badReviews, badReviewsRectified, online]) => ({
    officeId,
    month,
    accepted,
    completed,
    completedOnTime,
    overdue,
    reviews,
    goodReviews,
    badReviews,
    badReviewsRectified,
    ...(online === undefined ? {} : { onlineAccepted: online }),
  }),
);

export const FIXTURE_SCHEME: Scheme = schemeFromV1({
  version: 1,
  id: 'fixture',
  name: '示例方案',
  indicators: [
    { indicatorId: 'onTimeRate', weight: 60, floor: 0.9, target: 1, appliesTo: ['department', 'township'] },
    { indicatorId: 'goodReviewRate', weight: 40, floor: 0.95, target: 1, appliesTo: ['department', 'township'] },
  ],
  cardRules: [
    { id: 'overdue', subject: 'overdue', comparison: 'gt', threshold: 0, level: 'red', message: '有超期办结事项', appliesTo: ['department', 'township'] },
  ],
});

export function fixtureFacts(month: string, names: FixtureNames = {}): BulletinFacts {
  return bulletinFacts(buildEngineData(fixtureOffices(names), FIXTURE_RECORDS), FIXTURE_SCHEME, month);
}

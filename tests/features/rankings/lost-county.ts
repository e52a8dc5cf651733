/**
 * A county whose lost points are computed by hand, for the rankings' 主要失分项 and 得分变化
 * columns and the office page. Two months: M (the last complete one) and P before it.
 *
 * Scheme: 好评率 weight 60 (floor 99.50%, target 100%), 网上办理率 weight 40 (floor 60%, target 90%).
 *   D1 M: 好评 298/300 = 99.33% (under the floor: 0 of 60), 网办 75/100 = 75% (50 → 20 of 40): 20.00
 *      P: 好评 200/200 = 100% (60), 网办 72/100 = 72% (40 → 16): 76.00 → −56.00: 好评率 −60.00, 网上办理率 +4.00
 *   D2 M and P: 100% and 90%: 100.00, nothing lost, unchanged
 *   D3 M: 好评 100% (60), 网办 not reported (数据不全: 0 of 40): 60.00; P: 100%, 84/100 = 80% (≈66.67 → 26.67): 86.67 → −26.67
 *   D4 M: 10 reviews (样本不足, left out), 网办 81% (70): 70.00, lost 30.00 of its renormalised 100
 *      P: not reported → 新进, no change
 */
import { addMonths, lastCompleteMonth, schemeFromV1, type MonthlyRecord, type Office, type Scheme } from '../../../src/domain';

export const M = lastCompleteMonth(new Date());
export const P = addMonths(M, -1);

export const OFFICES: Office[] = [
  { id: 'R', name: '失分县', kind: 'region', parentId: null },
  { id: 'D1', name: '县市场监管局', kind: 'department', parentId: 'R' },
  { id: 'D2', name: '县税务局', kind: 'department', parentId: 'R' },
  { id: 'D3', name: '县医保局', kind: 'department', parentId: 'R' },
  { id: 'D4', name: '县档案馆', kind: 'department', parentId: 'R' },
];

function record(officeId: string, month: string, good: number, reviews: number, online: number | null): MonthlyRecord {
  const base: MonthlyRecord = {
    officeId,
    month,
    accepted: 100,
    completed: 100,
    completedOnTime: 100,
    overdue: 0,
    nearDeadline: 0,
    reviews,
    goodReviews: good,
    badReviews: reviews - good,
  };
  return online === null ? base : { ...base, onlineAccepted: online };
}

export const RECORDS: MonthlyRecord[] = [
  record('D1', P, 200, 200, 72),
  record('D2', P, 100, 100, 90),
  record('D3', P, 100, 100, 80),
  record('D1', M, 298, 300, 75),
  record('D2', M, 100, 100, 90),
  record('D3', M, 100, 100, null),
  record('D4', M, 10, 10, 81),
];

export const SCHEME: Scheme = schemeFromV1({
  version: 1,
  id: 'lost',
  name: '失分县考核',
  indicators: [
    { indicatorId: 'goodReviewRate', weight: 60, floor: 0.995, target: 1, appliesTo: ['department', 'township'] },
    { indicatorId: 'onlineRate', weight: 40, floor: 0.6, target: 0.9, appliesTo: ['department', 'township'] },
  ],
  cardRules: [],
});

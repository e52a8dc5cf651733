/**
 * A bulletin's facts written by hand (no engine), for the situations the text and the tables must
 * state honestly: a completion rate above 100% (no carriedOver sent), a count on a base under 10,
 * rates whose change is taken between the rates as printed, a newcomer, a rank moved only by
 * others' reporting, an office short of fields (数据不全), an office that sent nothing, cards on
 * fewer offices than cards.
 */
import { INDICATOR_CATEGORIES, INDICATORS, lookupIndicator, monthPeriod, type IndicatorId } from '../../../src/domain';
import type { BulletinCard, BulletinFacts, BulletinRankRow, Delta, IndicatorDeltas } from '../../../src/engine';
import type { FairRankRow } from '../../../src/features/bulletin/model/fairness';

type Figures = Partial<Record<IndicatorId, { value: number | null; previous?: number | null; yearAgo?: number | null; gap?: boolean }>>;

function delta(previous: number | null | undefined, current: number | null, gap = false): Delta {
  if (gap) return { previous: null, absolute: null, relative: null, gap: 'cumulative' };
  const before = previous ?? null;
  const absolute = before === null || current === null ? null : current - before;
  return { previous: before, absolute, relative: absolute === null || before === 0 ? null : absolute / Math.abs(before!) };
}

export const HAND_FIGURES: Figures = {
  accepted: { value: 1032, previous: 1000, yearAgo: 1043 },
  completed: { value: 1056, previous: 990 },
  // 1,056 completed of 1,032 accepted: no carriedOver was sent.
  completionRate: { value: 1056 / 1032, previous: 0.99 },
  // 99.974% prints as 99.97%, 99.955% as 99.96%.
  onTimeRate: { value: 0.99974, previous: 0.99955, yearAgo: 0.99 },
  overdue: { value: 22, previous: 1 },
  onlineAccepted: { value: 516, previous: 500 },
  onlineRate: { value: 0.5, previous: 0.5 },
  reviews: { value: 1000, previous: 1000 },
  goodReviews: { value: 998 },
  badReviews: { value: 2, previous: 0 },
  badReviewsRectified: { value: 1 },
  goodReviewRate: { value: 0.998, previous: 1 },
  rectificationRate: { value: 0.5 },
};

function row(officeId: string, name: string, init: Partial<FairRankRow>): BulletinRankRow {
  const base: FairRankRow = {
    officeId,
    name,
    kind: 'department',
    rank: null,
    previousRank: null,
    rankChange: null,
    score: null,
    status: 'complete',
    standing: 'ranked',
    partial: false,
    dataIncomplete: false,
    missingFields: [],
    rankMove: null,
    values: {},
    indicatorScores: {},
    keyValues: {
      accepted: 100,
      completed: 100,
      completionRate: 1,
      onTimeRate: 0.99,
      overdue: 0,
      nearDeadline: 0,
      onlineRate: 0.5,
      goodReviewRate: 1,
      badReviews: 0,
      badReviewRate: 0,
    },
    cards: { red: 0, yellow: 0 },
    scoreDetails: [],
    scoreChange: null,
    ...init,
  };
  return base;
}

function card(officeId: string, name: string, init: Partial<BulletinCard> = {}): BulletinCard {
  return {
    officeId,
    name,
    kind: 'department',
    ruleId: 'overdue',
    level: 'red',
    subject: 'overdue',
    comparison: 'gt',
    threshold: 0,
    actual: 1,
    message: '有超期办结事项',
    month: '2025-03',
    since: '2025-03',
    consecutiveMonths: 1,
    ...init,
    indicator: lookupIndicator(undefined, init.subject ?? 'overdue')!,
  };
}

export function handFacts(options: { cumulative?: boolean } = {}): BulletinFacts {
  const values = {} as BulletinFacts['totals']['values'];
  const deltas = {} as Record<IndicatorId, IndicatorDeltas>;
  for (const indicator of INDICATORS) {
    const figure = HAND_FIGURES[indicator.id];
    const value = figure?.value ?? null;
    values[indicator.id] = value;
    deltas[indicator.id] = { mom: delta(figure?.previous, value, options.cumulative), yoy: delta(figure?.yearAgo, value) };
  }
  const figures = {} as BulletinFacts['figures'];
  for (const category of INDICATOR_CATEGORIES) {
    figures[category] = INDICATORS.filter((indicator) => indicator.category === category).map((indicator) => ({
      indicatorId: indicator.id,
      value: values[indicator.id] ?? null,
      ...deltas[indicator.id]!,
    }));
  }
  const departments: BulletinRankRow[] = [
    row('D1', '甲局', { rank: 1, previousRank: 1, rankChange: 0, score: 96 }),
    // 3rd last month only because 丁局 (silent now) was ahead of it.
    row('D2', '乙局', { rank: 2, previousRank: 3, rankChange: 0, rankMove: 'others', score: 90 }),
    row('D3', '丙局', { rank: 3, previousRank: null, rankChange: null, rankMove: 'new', score: 80, cards: { red: 2, yellow: 0 } }),
    row('D5', '戊局', {
      rank: 4,
      previousRank: 4,
      rankChange: 0,
      score: 60,
      dataIncomplete: true,
      missingFields: ['hotlineOnTime', 'carriedOver'],
      keyValues: { ...row('x', 'x', {}).keyValues, completionRate: 1.0235 },
      cards: { red: 1, yellow: 0 },
    }),
    row('D4', '丁局', {
      standing: 'not-reported',
      status: 'not-reported',
      keyValues: { ...row('x', 'x', {}).keyValues, accepted: null, completionRate: null, onTimeRate: null },
    }),
  ];
  return {
    month: '2025-03',
    period: monthPeriod('2025-03'),
    previousMonth: '2025-02',
    yearAgoMonth: '2024-03',
    scope: { officeId: 'R', name: '示例县', kind: 'region' },
    scheme: { id: 'default-2025', name: '政务服务绩效考核方案（默认）' },
    definitions: [...INDICATORS],
    scoring: [{ indicatorId: 'onTimeRate', weight: 100, floor: 0.99, target: 1, appliesTo: ['department'] }],
    partial: true,
    coverage: {
      reported: 4,
      expected: 5,
      rate: 0.8,
      notReported: { department: [{ officeId: 'D4', name: '丁局', kind: 'department' }], township: [], village: [] },
      missing: [{ officeId: 'D4', name: '丁局', kind: 'department', parentId: 'R', parentName: '示例县' }],
    },
    totals: { counts: { accepted: 1032, completed: 1056 }, values, deltas },
    figures,
    reviews: { reviews: 1000, good: 998, neutral: 0, bad: 2, rectified: 1, unrectified: 1, shares: { good: 0.998, neutral: 0, bad: 0.002 } },
    kindTotals: {
      region: { offices: 0, counts: {}, values: {} as BulletinFacts['totals']['values'], reporting: { reported: 0, expected: 0 } },
      department: { offices: 5, counts: {}, values: { ...values }, reporting: { reported: 4, expected: 5 } },
      township: { offices: 0, counts: {}, values: {} as BulletinFacts['totals']['values'], reporting: { reported: 0, expected: 0 } },
    },
    rankings: {
      region: { kind: 'region', columns: [], rows: [], partial: false },
      department: { kind: 'department', columns: ['onTimeRate'], rows: departments, partial: false },
      township: { kind: 'township', columns: [], rows: [], partial: false },
    },
    best: { region: [], department: departments.slice(0, 3), township: [] },
    worst: { region: [], department: [departments[3]!], township: [] },
    cards: {
      red: [
        card('D3', '丙局', { actual: 2 }),
        card('D3', '丙局', { ruleId: 'bad-review-unrectified', subject: 'badReviewsUnrectified', message: '有差评未按期整改' }),
        card('D5', '戊局'),
      ],
      yellow: [],
    },
    talkFlags: [],
  };
}

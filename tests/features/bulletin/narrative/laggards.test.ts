import { describe, expect, it } from 'vitest';
import { schemeFromV1, type Scheme } from '../../../../src/domain';
import { buildEngineData } from '../../../../src/engine';
import { bulletinFacts } from '../../../../src/engine/bulletin';
import { generateNarrative } from '../../../../src/features/bulletin/narrative';
import { narrativeContext } from '../../../../src/features/bulletin/narrative/context';
import { kindWords } from '../../../../src/features/bulletin/narrative/kinds';
import { laggardReason, lossClause, pointsText } from '../../../../src/features/bulletin/narrative/laggards';
import { FIXTURE_RECORDS, fixtureFacts, fixtureOffices } from '../fixtures';

// Each named laggard's reason, worked by hand on the fixture county (tests/features/bulletin/fixtures.ts).

const ISSUER = '示例县行政审批服务局';

/** The fixture county of March 2025 under another scheme. */
function factsUnder(indicators: { indicatorId: string; weight: number; floor: number; target: number }[]) {
  const scheme: Scheme = schemeFromV1({
    version: 1,
    id: 'laggards',
    name: '失分方案',
    indicators: indicators.map((item) => ({ ...item, appliesTo: ['department', 'township'] })),
    cardRules: [],
  } as Parameters<typeof schemeFromV1>[0]);
  return bulletinFacts(buildEngineData(fixtureOffices(), FIXTURE_RECORDS), scheme, '2025-03');
}

describe('a laggard’s reason from the lost-points facts', () => {
  it('holds a rate above its floor against the kind’s total, with the points lost and the change since the month named', () => {
    // 丙局, March 2025 under the fixture scheme (按时办结率 60, floor 90%; 好评率 40, floor 95%):
    //   按时办结率 95/100 = 95.00% → (95 − 90) / 10 = 50 → 30 of 60 points, 30 lost; February 100.00% → −5.00 个百分点
    //   好评率 98/100 = 98.00% → (98 − 95) / 5 = 60 → 24 of 40 points, 16 lost; February 100.00% → −2.00 个百分点
    //   departments together: on time (396 + 297 + 95) / 800 = 98.50%, good (400 + 300 + 98) / 800 = 99.75%
    //   score 54.00, February 100.00 → 下降46.00分
    // With three departments 丙局 is last but not among a bottom three apart from the best: it is explained all the same.
    const narrative = generateNarrative(fixtureFacts('2025-03'), 'zh-CN', { issuer: ISSUER });
    expect(narrative.bestWorst).toContain(
      '丙局综合得分54.00分，较2月下降46.00分，主要失分项为：' +
        '按时办结率95.00%（县直部门总体98.50%），失30分，比2月下降5.00个百分点；' +
        '好评率98.00%（县直部门总体99.75%），失16分，比2月下降2.00个百分点。',
    );
    // Explained once.
    expect(narrative.bestWorst!.split('丙局综合得分').length).toBe(2);
  });

  it('holds a rate past its floor against the floor (起评线), and a count against full marks (满分线)', () => {
    // Under 按时办结率 60 (floor 96%) and 超期办结件数 40 (floor 2, target 0, fewer is better):
    //   丙局 按时办结率 95.00% < 96.00% → 0 points, all 60 lost
    //   丙局 超期办结 1件 → (2 − 1) / 2 = 50 → 20 of 40 points, 20 lost; February 0件 → 增加1件
    //   score 20.00; February 100.00 → 下降80.00分
    const facts = factsUnder([
      { indicatorId: 'onTimeRate', weight: 60, floor: 0.96, target: 1 },
      { indicatorId: 'overdue', weight: 40, floor: 2, target: 0 },
    ]);
    const narrative = generateNarrative(facts, 'zh-CN', { issuer: ISSUER });
    expect(narrative.bestWorst).toContain(
      '丙局综合得分20.00分，较2月下降80.00分，主要失分项为：' +
        '按时办结率95.00%（起评线96.00%），失60分，比2月下降5.00个百分点；' +
        '超期办结件数1件（满分线0件），失20分，比2月增加1件。',
    );
  });

  it('writes numbers as running text does: 2000件, not 2,000件', () => {
    // Under 按时办结率 60 (floor 90%) and 受理件数 40 (floor 2000, target 5000): 丙局 accepted 110 < 2000 → 0 points,
    // all 40 lost, the most; February 100 → 增加10件. 按时办结率 95.00% → 30 lost, as in the fixture.
    const facts = factsUnder([
      { indicatorId: 'onTimeRate', weight: 60, floor: 0.9, target: 1 },
      { indicatorId: 'accepted', weight: 40, floor: 2000, target: 5000 },
    ]);
    const narrative = generateNarrative(facts, 'zh-CN', { issuer: ISSUER });
    expect(narrative.bestWorst).toContain('主要失分项为：受理件数110件（起评线2000件），失40分，比2月增加10件；按时办结率95.00%');
  });

  it('states a small loss to two decimals at most, and data not reported as such', () => {
    // 甲局 under 按时办结率 60 (floor 96%) and 好评率 40 (floor 95%): 99.00% → (99 − 96) / 4 = 75 → 45 points, 15 lost;
    // 好评率 100.00% → nothing lost. A third of a point prints 0.33, a point and a half 1.5.
    const ctx = narrativeContext('zh-CN', undefined, { runningText: true });
    expect(pointsText(ctx, 15)).toBe('15');
    expect(pointsText(ctx, 1.5)).toBe('1.5');
    expect(pointsText(ctx, 1 / 3)).toBe('0.33');
    expect(pointsText(ctx, 6.799)).toBe('6.8');
    const facts = factsUnder([
      { indicatorId: 'onTimeRate', weight: 60, floor: 0.96, target: 1 },
      { indicatorId: 'goodReviewRate', weight: 40, floor: 0.95, target: 1 },
    ]);
    const first = facts.rankings.department.rows.find((row) => row.name === '甲局')!;
    const onTime = first.scoreDetails.find((detail) => detail.indicatorId === 'onTimeRate')!;
    const factsCtx = narrativeContext('zh-CN', facts.definitions, { runningText: true, kinds: kindWords(facts, 'zh-CN') });
    expect(lossClause(factsCtx, facts, 'department', onTime)).toBe('按时办结率99.00%（县直部门总体98.50%），失15分，比2月持平');
    expect(lossClause(factsCtx, facts, 'department', { ...onTime, status: 'missing', value: null, lost: 60 })).toBe('按时办结率所需数据未报送，计0分，失60分');
  });

  it('says it in English with the month named', () => {
    const facts = fixtureFacts('2025-03');
    const ctx = narrativeContext('en', facts.definitions, { runningText: true });
    const row = facts.rankings.department.rows.find((candidate) => candidate.name === '丙局')!;
    expect(laggardReason(ctx, facts, 'department', row)).toMatch(
      /^丙局 scored 54\.00, down 46\.00 since Feb 2025; most points were lost on: the .+ at 95\.00% \(98\.50% for all .+\), 30 points lost, down 5\.00 percentage points since Feb 2025;/,
    );
  });
});

import { render, screen, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, test } from 'vitest';
import { ytdPeriod } from '../../../src/domain';
import { VerdictPanel } from '../../../src/features/overview/VerdictPanel';
import { I18nProvider } from '../../../src/ui';
import { cardFixture, detailFixture, engineFixture, evaluationFixture, officeFixture } from '../evaluation-fixtures';

function draw(ui: ReactNode) {
  return render(<I18nProvider defaultLocale="zh-CN">{ui}</I18nProvider>);
}

/** The county's roll-up against last month: 办结率 and 网上办理率 better, 好评率 worse, 按时办结率 unchanged. */
const scope = (cumulative = false) =>
  officeFixture({
    officeId: 'R',
    name: '示例县',
    kind: 'region',
    parentId: null,
    cumulative,
    values: { completionRate: 0.98, onlineRate: 0.86, goodReviewRate: 0.999, onTimeRate: 0.999 },
    previous: { completionRate: 0.97, onlineRate: 0.85, goodReviewRate: 0.9995, onTimeRate: 0.999 },
    yearAgo: { completionRate: 0.99, onlineRate: 0.8, goodReviewRate: 0.998, onTimeRate: 0.999 },
  });

/** Four departments ranked 1–4: 丁局 is last, having lost 15 points on 好评率 under its floor. */
function departments(cards: boolean) {
  const lostOnReviews = [
    detailFixture('goodReviewRate', { value: 0.9933, score: 0, weight: 15, points: 0, lost: 15 }),
    detailFixture('onlineRate', { value: 0.8, score: 2 / 3, weight: 10, points: 6.67, lost: 3.33 }),
  ];
  return [
    officeFixture({ officeId: 'A', name: '甲局', rank: 1, score: 98 }),
    officeFixture({
      officeId: 'B',
      name: '乙局',
      rank: 2,
      score: 95,
      cards: cards ? [cardFixture('B', { level: 'yellow', ruleId: 'near-deadline', subject: 'nearDeadline' })] : [],
    }),
    officeFixture({ officeId: 'C', name: '丙局', rank: 3, score: 90, cards: cards ? [cardFixture('C')] : [] }),
    officeFixture({ officeId: 'D', name: '丁局', rank: 4, score: 81.67, scoreDetails: lostOnReviews }),
  ];
}

function panel(evaluation: ReturnType<typeof evaluationFixture>) {
  draw(<VerdictPanel engine={engineFixture(evaluation.offices())} evaluation={evaluation} />);
  return document.querySelector<HTMLElement>('[data-verdict]')!.textContent;
}

describe('the overview’s verdict', () => {
  test('a month with cards: indicators better and worse, offices carded, who is last and why', () => {
    const text = panel(evaluationFixture({ scope: scope(), offices: departments(true) }));
    expect(text).toBe('本月较上月 2 项考核指标向好、1 项变差、1 项持平（变差：好评率）；红牌 1 个单位、黄牌 1 个单位；部门末位：丁局。');
    // Beside it: the carded offices, red first, and the bottom of the ranking with its lost points.
    expect(
      within(screen.getByRole('list', { name: '亮牌单位' }))
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['红牌 丙局 超期办结', '黄牌 乙局 临期预警']);
    const bottom = document.querySelector<HTMLElement>('section[data-bottom="department"]')!;
    expect(within(bottom).getByRole('heading').textContent).toBe('部门后三名');
    expect([...bottom.querySelectorAll('.lost-item')].map((item) => item.textContent)).toEqual([
      '好评率 99.33%（起评线 99.50%）−15.00分',
      '网上办理率 80.00%（满分线 90.00%）−3.33分',
    ]);
  });

  test('a month without cards says so, in the line and beside it', () => {
    const text = panel(evaluationFixture({ scope: scope(), offices: departments(false) }));
    expect(text).toBe('本月较上月 2 项考核指标向好、1 项变差、1 项持平（变差：好评率）；无红黄牌；部门末位：丁局。');
    expect(screen.getByText('本期无红黄牌，各单位运行正常。')).toBeTruthy();
    expect(screen.queryByRole('list', { name: '亮牌单位' })).toBeNull();
  });

  test('a year-to-date compares with a year earlier (累计数不作环比); provisional results leave it to the page’s notice', () => {
    const offices = [...departments(false).slice(0, 3), officeFixture({ officeId: 'D', name: '丁局', status: 'partial', rank: 4, score: 80 })];
    const text = panel(evaluationFixture({ requested: ytdPeriod('2025-03'), scope: scope(true), offices }));
    // 办结率 99% → 98% worse, 网上办理率 80% → 86% and 好评率 99.80% → 99.90% better, 按时办结率 the same.
    expect(text).toBe('本年累计较上年同期 2 项考核指标向好、1 项变差、1 项持平（变差：办结率）；无红黄牌；部门末位：丁局。');
  });

  test('nothing to compare and nobody ranked: the line says so and names no one', () => {
    const text = panel(evaluationFixture({ offices: [officeFixture({ officeId: 'A', name: '甲局', status: 'not-reported' })] }));
    expect(text).toBe('本月暂无可比数据；无红黄牌。');
  });
});

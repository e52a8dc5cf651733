/**
 * The screens' pieces drawn from hand-built evaluations (no engine): each fairness fact a published
 * ranking must survive is stated where the office's figure, rank or score shows.
 */
import { render, screen, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, test } from 'vitest';
import { DEFAULT_SCHEME } from '../../src/engine';
import { quarterPeriod, ytdPeriod } from '../../src/domain';
import { OfficeFacts } from '../../src/features/office/OfficeFacts';
import { ScoreBreakdownTable } from '../../src/features/office/ScoreBreakdownTable';
import { CardsSummary } from '../../src/features/overview/CardsSummary';
import { KpiTiles } from '../../src/features/overview/KpiTiles';
import { RankingTable } from '../../src/features/rankings/RankingTable';
import { rankingIndicators, rankRows } from '../../src/features/rankings/rankRows';
import { RankingsScreen } from '../../src/features/screen/pages/RankingsScreen';
import { kpiTiles } from '../../src/features/screen/kpis';
import { I18nProvider } from '../../src/ui';
import { evaluationPeriodLabel, comparedWithLabel } from '../../src/ui/pickers/periodLabel';
import { createFormatters } from '../../src/ui/format/formatters';
import { createTranslate } from '../../src/ui/i18n/translate';
import { latinWords, visibleTexts } from '../latin';
import { cardFixture, detailFixture, engineFixture, evaluationFixture, officeFixture } from '../features/evaluation-fixtures';

const zh = { t: createTranslate('zh-CN'), ...createFormatters('zh-CN') };

function draw(ui: ReactNode) {
  return render(<I18nProvider defaultLocale="zh-CN">{ui}</I18nProvider>);
}

function tile(id: string): HTMLElement {
  return document.querySelector<HTMLElement>(`[data-indicator="${id}"]`)!;
}

const scope = (init: Parameters<typeof officeFixture>[0]) => officeFixture({ name: '示例县', kind: 'region', parentId: null, ...init, officeId: 'R' });

describe('overview tiles', () => {
  test('a month: 个百分点 between the displayed rates, +21件 on a small base, a rate above 100% with its reason', () => {
    const evaluation = evaluationFixture({
      scope: scope({
        officeId: 'R',
        values: { accepted: 22, completed: 1056, goodReviewRate: 0.99974, rectificationRate: 1.0235, onlineRate: 0.8567 },
        previous: { accepted: 1, completed: 1000, goodReviewRate: 0.99955, onlineRate: 0.8567 },
        yearAgo: { accepted: 20, goodReviewRate: 0.999 },
      }),
    });
    draw(<KpiTiles evaluation={evaluation} />);
    expect(tile('goodReviewRate').querySelector('.kpi-value')!.textContent).toBe('99.97%');
    expect(tile('goodReviewRate').querySelector('[data-change="mom"]')!.textContent).toContain('+0.01个百分点');
    expect(tile('accepted').querySelector('[data-change="mom"]')!.textContent).toContain('+21件');
    expect(tile('accepted').querySelector('[data-change="mom"] .change')!.getAttribute('title')).toBe('上期基数不足 10，按件数变化显示');
    expect(tile('accepted').querySelector('[data-change="yoy"]')!.textContent).toContain('+10.00%');
    expect(tile('completed').querySelector('[data-change="mom"]')!.textContent).toContain('+5.60%');
    expect(tile('onlineRate').querySelector('[data-change="mom"] .change')!.className).toContain('flat');
    expect(tile('rectificationRate').querySelector('.kpi-value')!.textContent).toBe('102.35%（分子大于分母）');
    expect(tile('hotlineOnTimeRate').querySelector('[data-change="mom"]')!.textContent).toBe('—无可比数据');
    expect(screen.getAllByText('环比')[0]!.getAttribute('title')).toBe('环比：与2025年2月比较');
  });

  test('a year-to-date has no 环比: — with 累计数不作环比; 同比 stays', () => {
    const evaluation = evaluationFixture({
      requested: ytdPeriod('2025-03'),
      scope: scope({ officeId: 'R', cumulative: true, values: { accepted: 3100 }, yearAgo: { accepted: 3000 } }),
    });
    expect(evaluation.previousPeriod).toBeNull();
    draw(<KpiTiles evaluation={evaluation} />);
    const mom = tile('accepted').querySelector('[data-change="mom"] .change')!;
    expect(mom.textContent).toBe('—累计数不作环比');
    expect(mom.getAttribute('title')).toBe('累计数不作环比');
    expect(tile('accepted').querySelector('[data-change="yoy"]')!.textContent).toContain('+3.33%');
    expect(screen.getAllByText('环比')[0]!.getAttribute('title')).toBe('环比：累计数不作环比');
  });

  test('a period in progress is labelled where it stops, and so is its comparison', () => {
    const evaluation = evaluationFixture({ requested: quarterPeriod('2026-10'), through: '2026-11', scope: scope({ officeId: 'R' }) });
    expect(evaluation.period).toEqual({ kind: 'quarter', from: '2026-10', to: '2026-11' });
    expect(evaluationPeriodLabel(evaluation, zh.t, zh)).toBe('2026年第四季度（截至11月）');
    expect(comparedWithLabel(evaluation, 'mom', zh.t, zh)).toBe('环比：与2026年第三季度（截至8月）比较');
    expect(comparedWithLabel(evaluation, 'yoy', zh.t, zh)).toBe('同比：与2025年第四季度（截至11月）比较');
    const ytd = evaluationFixture({ requested: ytdPeriod('2026-12'), through: '2026-11', scope: scope({ officeId: 'R' }) });
    expect(evaluationPeriodLabel(ytd, zh.t, zh)).toBe('2026年累计（截至11月）');
  });

  test('card counts: how many offices, then how many cards', () => {
    const evaluation = evaluationFixture({
      cards: [
        cardFixture('A'),
        cardFixture('A', { ruleId: 'overdue-open', subject: 'overdueOpen', message: '有超期未办结事项' }),
        cardFixture('B'),
        cardFixture('C', { level: 'yellow', ruleId: 'near-deadline', subject: 'nearDeadline', message: '有临期事项' }),
      ],
    });
    draw(<CardsSummary engine={engineFixture([])} evaluation={evaluation} />);
    const counts = document.querySelector<HTMLElement>('.card-counts')!;
    expect(within(counts).getByText('红牌').nextElementSibling!.textContent).toBe('2 个单位（3 张）');
    expect(within(counts).getByText('黄牌').nextElementSibling!.textContent).toBe('1 个单位（1 张）');
    // Then the offices, red first, each once with what its cards are for.
    const offices = within(screen.getByRole('list', { name: '亮牌单位' })).getAllByRole('listitem');
    expect(offices.map((item) => item.textContent)).toEqual(['红牌 A 超期办结、超期未办结', '红牌 B 超期办结', '黄牌 C 临期预警']);
  });
});

describe('ranking table', () => {
  const onTime = (status: 'scored' | 'small-sample' | 'missing', value: number | null) => [
    detailFixture('onTimeRate', {
      status,
      value,
      // Under the scheme's default rule a missing field scores 0.
      score: status === 'missing' ? 0 : null,
      denominator: status === 'small-sample' ? 4 : 300,
      missingFields: status === 'missing' ? ['completedOnTime'] : [],
    }),
  ];
  const offices = [
    officeFixture({
      officeId: 'A',
      name: '甲局',
      rank: 1,
      previousRank: 1,
      rankChange: 0,
      score: 98.5,
      values: { onTimeRate: 0.999 },
      scoreDetails: onTime('scored', 0.999),
    }),
    officeFixture({
      officeId: 'B',
      name: '乙局',
      rank: 2,
      previousRank: 3,
      rankChange: 0,
      rankMove: 'others',
      score: 95,
      values: { onTimeRate: 0.995 },
      scoreDetails: onTime('scored', 0.995),
    }),
    officeFixture({ officeId: 'C', name: '丙局', rank: 3, rankMove: 'new', score: 90, values: { onTimeRate: 1 }, scoreDetails: onTime('small-sample', 1) }),
    officeFixture({
      officeId: 'D',
      name: '丁局',
      rank: 4,
      previousRank: 2,
      rankChange: -2,
      score: 60,
      dataIncomplete: true,
      values: { onTimeRate: null },
      scoreDetails: onTime('missing', null),
    }),
    officeFixture({ officeId: 'E', name: '戊局', status: 'not-reported' }),
  ];
  const evaluation = evaluationFixture({ offices });
  const names = new Map(offices.map((office) => [office.officeId, office.name]));

  function cells(measure: 'score' | 'onTimeRate') {
    draw(
      <RankingTable
        caption="部门排名表"
        rows={rankRows(evaluation, 'department', measure)}
        names={names}
        measure={measure}
        indicators={rankingIndicators(DEFAULT_SCHEME, 'department').filter((indicator) => indicator.id === 'onTimeRate')}
        officeParams={{}}
        scheme={DEFAULT_SCHEME}
        months={1}
      />,
    );
    const table = screen.getByRole('table', { name: '部门排名表' });
    return within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) =>
        within(row)
          .getAllByRole('cell')
          .map((cell) => cell.textContent),
      );
  }

  test('by score: 新进, moved by others, 数据不全 with its fields, 未报送 — never a number for the silent', () => {
    const rows = cells('score');
    expect(rows.map((row) => row.slice(0, 4))).toEqual([
      ['1', '—名次不变', '甲局', '98.50'],
      ['2', '名次因他单位变动：名次由第 3 名变为第 2 名，仅因其他单位停报或新报；在两期均参与排名的单位中，本单位位次未变', '乙局', '95.00'],
      ['3', '新进', '丙局', '90.00'],
      ['4', '↓2下降 2 位', '丁局', '60.00 数据不全：未报送按时办结件数。缺项指标按0分计，不因缺报而占优。'],
      ['未报送', '—', '戊局', '未报送'],
    ]);
    // The indicator's own cell (after 得分变化 and 主要失分项): 样本不足 beside the value, 数据不全 where its field is missing.
    expect(rows[2]![6]).toBe('100.00% 样本不足：办结件数仅 4，低于最低 10：不计分，不亮牌');
    expect(rows[3]![6]).toBe('数据不全：未报送按时办结件数');
    expect(rows[4]![6]).toBe('未报送');
  });

  test('by one indicator: a small sample and a missing field are not ranked on it, and say why', () => {
    const rows = cells('onTimeRate');
    expect(rows.map((row) => [row[0], row[2]])).toEqual([
      ['1', '甲局'],
      ['2', '乙局'],
      ['样本不足：办结件数仅 4，低于最低 10：不计分，不亮牌', '丙局'],
      ['数据不全：未报送按时办结件数', '丁局'],
      ['未报送', '戊局'],
    ]);
  });
});

describe('office page', () => {
  const office = officeFixture({
    officeId: 'D',
    name: '丁局',
    rank: 4,
    previousRank: null,
    rankMove: 'new',
    score: 60,
    dataIncomplete: true,
    values: { completionRate: 1.0235, goodReviewRate: 1 },
    indicatorScores: { completionRate: 100 },
    scoreDetails: [
      detailFixture('completionRate', { value: 1.0235, score: 100, weight: 10, points: 12, lost: 0 }),
      detailFixture('goodReviewRate', { status: 'small-sample', value: 1, weight: 15, denominator: 12, minDenominator: 20 }),
      detailFixture('hotlineOnTimeRate', { status: 'missing', weight: 5, score: 0, points: 0, lost: 6, missingFields: ['hotlineCompleted', 'hotlineOnTime'] }),
    ],
  });
  const evaluation = evaluationFixture({ offices: [office] });

  test('the score breakdown states each indicator’s standing, points and losses', () => {
    draw(<ScoreBreakdownTable scheme={DEFAULT_SCHEME} office={office} period={evaluation.period} />);
    const table = screen.getByRole('table', { name: /得分构成/ });
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) =>
        within(row)
          .getAllByRole('cell')
          .map((cell) => cell.textContent),
      );
    const byName = new Map(rows.map((row) => [row[0], row]));
    expect(byName.get('办结率')!.slice(1)).toEqual(['102.35%（含以前月份受理的件）', '计分', '95.00%', '100.00%', '10', '100.00', '12.00', '0.00']);
    expect(byName.get('好评率')!.slice(1, 3)).toEqual(['100.00%', '样本不足：评价数仅 12，低于最低 20：不计分，不亮牌']);
    expect(byName.get('热线按时办结率')!.slice(1, 3)).toEqual(['—', '数据不全：未报送热线办结数、热线按时办结数']);
    // Scored 0 (数据不全 under the default rule): the row is marked so, in words as well as colour.
    expect(byName.get('热线按时办结率')!.slice(-3)).toEqual(['0.00', '0.00', '6.00 得0分']);
    expect(within(table).getByText('热线按时办结率').closest('tr')!.className).toBe('breakdown-zero');
    expect(document.body.textContent).toContain('缺报不会占优');
  });

  test('facts: the score with 数据不全, the rank with 新进', () => {
    draw(<OfficeFacts engine={engineFixture([evaluation.scope, office])} evaluation={evaluation} office={office} carried={{}} />);
    const text = document.body.textContent!;
    expect(text).toContain('60.00 数据不全');
    expect(text).toContain('第 4 名 / 共 1 个部门参与排名 · 新进');
  });

  test('an office that sent nothing shows 未报送, never a number', () => {
    const silent = officeFixture({ officeId: 'E', name: '戊局', status: 'not-reported' });
    draw(<OfficeFacts engine={engineFixture([evaluation.scope, silent])} evaluation={evaluationFixture({ offices: [silent] })} office={silent} carried={{}} />);
    const score = screen.getByText('综合得分').nextElementSibling!;
    expect(score.textContent).toBe('未报送');
  });
});

describe('big screen', () => {
  test('tiles: a year-to-date says 累计数不作环比; a small base changes in units', () => {
    const ytd = scope({ officeId: 'R', cumulative: true, values: { accepted: 3100 } });
    expect(kpiTiles(ytd, ['accepted'])[0]!.mom.movement).toBe('gap');
    const month = scope({ officeId: 'R', values: { accepted: 12 }, previous: { accepted: 3 } });
    expect(kpiTiles(month, ['accepted'])[0]!.mom).toMatchObject({ measure: 'absolute', value: 9, movement: 'up' });
  });

  test('ranking boards: 新进, ※ for a rank moved by others (explained under the board), 数据不全', () => {
    const offices = [
      officeFixture({ officeId: 'A', name: '甲局', rank: 1, previousRank: 2, rankChange: 0, rankMove: 'others', score: 98 }),
      officeFixture({ officeId: 'B', name: '乙局', rank: 2, rankMove: 'new', score: 95, dataIncomplete: true }),
      officeFixture({ officeId: 'C', name: '丙局', status: 'not-reported' }),
    ];
    const evaluation = evaluationFixture({ offices });
    draw(<RankingsScreen evaluation={evaluation} paused nameOf={(id) => evaluation.office(id)?.name ?? id} />);
    const board = screen.getByRole('heading', { name: '部门综合排名' }).closest('section')!;
    expect(board.textContent).toContain('甲局98.00—※');
    expect(board.textContent).toContain('乙局数据不全95.00新进');
    expect(board.textContent).toContain('※ 名次变化仅因其他单位停报或新报，本单位位次未变。');
    expect(latinWords(visibleTexts(document.body))).toEqual([]);
  });
});

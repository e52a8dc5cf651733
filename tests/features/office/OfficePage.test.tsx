import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { OfficePage } from '../../../src/features/office';
import { DEFAULT_SCHEME, buildEngineData, evaluatePeriod, latestCompleteMonth } from '../../../src/engine';
import { addMonths, lastCompleteMonth, monthPeriod, monthsBetween, type MonthlyRecord, type Office } from '../../../src/domain';
import { createFormatters } from '../../../src/ui/format/formatters';
import { servedData } from '../../../mocks/scenarios';
import { mockBackend, renderApp, withLayoutSize } from '../../render';
import { M, OFFICES, P, RECORDS, fixedAdapter } from '../rankings/small-county';

const END = lastCompleteMonth(new Date());
const backend = mockBackend('normal', { endMonth: END });
withLayoutSize();
const zh = createFormatters('zh-CN');

function open(id: string, query = '') {
  renderApp(<OfficePage params={{ id }} />, { adapter: fixedAdapter(), hash: `#/office/${encodeURIComponent(id)}${query}` });
}

async function heading(name: string) {
  return screen.findByRole('heading', { name }, { timeout: 10_000 });
}

function bodyRows(table: HTMLElement) {
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) =>
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    );
}

async function dataView(title: RegExp) {
  const panel = screen.getByRole('heading', { name: title }).closest('section')!;
  fireEvent.click(within(panel).getByRole('button', { name: '查看数据' }));
  return within(panel).findByRole('table');
}

describe('office page on a small county checked by hand', () => {
  test('facts: rank of the ranked, change, score, reporting', async () => {
    open('D3');
    const name = await heading('县民政局');
    const facts = name.closest('section')!.textContent!;
    expect(facts).toContain('第 3 名 / 共 3 个部门参与排名');
    expect(facts).toContain('较上期下降 1 位');
    expect(facts).toContain(zh.formatScore(50));
    expect(facts).toContain('已报送');
  });

  test('its cards with since when', async () => {
    open('D3');
    const cards = (await heading('本期红黄牌')).closest('section')!;
    // The rule of the built-in scheme by its name, the staff's message beside it; never the id.
    expect(cards.textContent).toContain('超期办结 · 有超期办结事项');
    expect(cards.textContent).toContain('超期办结件数 实际 2，触发条件 > 0');
    expect(cards.textContent).toContain(`自 ${zh.formatMonth(P)} 起，已持续 2 个月`);
  });

  test('a silent office is not reported and not ranked, and says it has no card', async () => {
    open('D4');
    const facts = (await heading('县林业局')).closest('section')!.textContent!;
    expect(facts).toContain('未报送');
    expect(facts).toContain('未排名');
    expect(screen.getByText('本期无红黄牌。')).toBeTruthy();
  });

  test('score breakdown: value, standing, lines, weight, score, points earned and lost', async () => {
    open('D3');
    const table = await screen.findByRole('table', { name: /得分构成/ }, { timeout: 10_000 });
    // 99% → 95%: 90 → 50 points, the indicator that lost most (the only one), and what it moved.
    expect(bodyRows(table)).toEqual([['按时办结率', '95.00%', '计分', '90.00%', '100.00%', '100', '50.00', '50.00', '50.00 失分最多', '−40.00']]);
    expect(within(table).getByText('按时办结率').closest('tr')!.className).toBe('breakdown-most');
    // Beside the score: what moved it.
    expect(screen.getByText('比上期 −40.00 分：按时办结率 −40.00')).toBeTruthy();
  });

  test('rank history month by month, and the indicator against its kind and the region', async () => {
    open('D3', `?period=m:${M}`);
    await heading('县民政局');
    const history = await dataView(/排名变化/);
    expect(bodyRows(history)).toEqual([
      [zh.formatMonth(P), '第 2 名 / 共 4', '90.00'],
      [`${zh.formatMonth(M)}（数据不完整）`, '第 3 名 / 共 3', '50.00'],
    ]);
    const trend = await dataView(/按时办结率走势/);
    expect(
      within(trend)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['月份', '县民政局', '全部部门合计', '小县全域']);
    // M: D3 95/100; departments (100 + 200 + 95) / 400; the county (395 + 97 + 99) / 600.
    expect(bodyRows(trend)[1]).toEqual([`${zh.formatMonth(M)}（数据不完整）`, '95.00%', '98.75%', '98.50%']);
  });

  test('another indicator is picked in the URL; a count is drawn for the office alone', async () => {
    open('D3');
    await heading('县民政局');
    fireEvent.change(screen.getByLabelText('指标'), { target: { value: 'overdue' } });
    await waitFor(() => expect(window.location.hash).toContain('indicator=overdue'));
    const trend = await dataView(/超期办结件数走势/);
    expect(
      within(trend)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['月份', '县民政局']);
    expect(bodyRows(trend).map((row) => row[1])).toEqual(['1', '2']);
    expect(screen.getByText(/计数类指标只显示本单位/)).toBeTruthy();
  });

  test('raw counts per month, newest first, missing fields as —', async () => {
    open('T1');
    const section = (await heading('逐月原始数据')).closest('section')!;
    const rows = bodyRows(within(section).getByRole('table'));
    expect(rows.map((row) => row.slice(0, 6))).toEqual([
      [zh.formatMonth(M), '已报送', '100', '100', '97', '0'],
      [zh.formatMonth(P), '已报送', '100', '100', '96', '0'],
    ]);
    // Reviews were never reported: no value, never 0.
    expect(rows[0]![9]).toBe('—');
  });

  test('an office opened from another region is read in its own: the URL moves there, its rank is its county’s', async () => {
    const offices = [
      { id: 'PF', name: '某市', kind: 'region' as const, parentId: null },
      ...OFFICES.map((office) => (office.id === 'R' ? { ...office, parentId: 'PF' } : office)),
      { id: 'R2', name: '邻县', kind: 'region' as const, parentId: 'PF' },
      { id: 'E1', name: '邻县公安局', kind: 'department' as const, parentId: 'R2' },
    ];
    const records = [...RECORDS, { officeId: 'E1', month: M, completed: 10, completedOnTime: 10 }];
    renderApp(<OfficePage params={{ id: 'E1' }} />, { adapter: fixedAdapter({ offices, records }), hash: `#/office/E1?period=m:${M}&scope=R` });
    await screen.findByRole('heading', { name: '邻县公安局', level: 2 }, { timeout: 10_000 });
    const query = new URLSearchParams(window.location.hash.split('?')[1]);
    expect(query.get('scope')).toBe('R2');
    expect(query.get('period')).toBe(`m:${M}`);
    // Ranked among its own county's departments: the only one there.
    expect(document.body.textContent).toContain('共 1');
  });

  test('an unknown office says so plainly, with a way back, and shows its id as text', async () => {
    open('<img src=x onerror=alert(1)>');
    const alert = await screen.findByRole('alert', {}, { timeout: 10_000 });
    expect(alert.textContent).toContain('未找到编号为“<img src=x onerror=alert(1)>”的单位');
    expect(within(alert).getByRole('link', { name: '返回排名' }).getAttribute('href')).toBe('#/rankings');
    expect(document.querySelector('img')).toBeNull();
  });
});

describe('office page on the mock county', () => {
  const served = servedData('normal', { endMonth: END });
  const engine = buildEngineData(served.offices as Office[], served.records as MonthlyRecord[]);
  const month = latestCompleteMonth(engine, new Date())!;
  const laggard = served.dataset.laggards.overdue[0]!.officeId;

  test('the rank history is each month’s own ranking', async () => {
    renderApp(<OfficePage params={{ id: laggard }} />, { adapter: backend.adapter(), hash: `#/office/${laggard}` });
    const name = engine.offices[engine.officeIndex.get(laggard)!]!.name;
    await heading(name);
    const history = await dataView(/排名变化/);
    const rows = bodyRows(history);
    const months = monthsBetween(addMonths(month, -11), month);
    expect(rows).toHaveLength(months.length);
    months.forEach((m, index) => {
      const evaluation = evaluatePeriod(engine, DEFAULT_SCHEME, monthPeriod(m));
      const office = evaluation.office(laggard)!;
      const of = evaluation.rankings.department.filter((entry) => entry.rank !== null).length;
      expect(rows[index]![1]).toBe(office.rank === null ? '未排名' : `第 ${office.rank} 名 / 共 ${of}`);
      expect(rows[index]![2]).toBe(zh.formatScore(office.score));
    });
  });
});

import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, test } from 'vitest';
import { OverviewPage } from '../../../src/features/overview';
import { DEFAULT_SCHEME, buildEngineData, evaluatePeriod, kindRollup, latestCompleteMonth } from '../../../src/engine';
import { addMonths, indicatorById, lastCompleteMonth, monthPeriod, periodToParam, type MonthlyRecord, type Office } from '../../../src/domain';
import { createFormatters } from '../../../src/ui/format/formatters';
import { countChange } from '../../../src/ui/format/honest/changes';
import { displayedPointChange } from '../../../src/ui/format/honest/rates';
import { servedData } from '../../../mocks/scenarios';
import { HEADLINE_INDICATORS } from '../../../src/features/overview/headline';
import { MOCK_TEST_BASE_URL, mockBackend, renderApp, withLayoutSize } from '../../render';

const END = lastCompleteMonth(new Date());
const backend = mockBackend('normal', { endMonth: END });
withLayoutSize();

// The same data the mock backend serves, evaluated straight by the engine: what the screen must show.
const served = servedData('normal', { endMonth: END });
const engine = buildEngineData(served.offices as Office[], served.records as MonthlyRecord[]);
const month = latestCompleteMonth(engine, new Date())!;
const expected = evaluatePeriod(engine, DEFAULT_SCHEME, monthPeriod(month));
const zh = createFormatters('zh-CN');

async function tiles() {
  const heading = await screen.findByRole('heading', { name: '本期主要指标' }, { timeout: 10_000 });
  return heading.closest('section')!;
}

function tile(section: HTMLElement, id: string) {
  return section.querySelector<HTMLElement>(`[data-indicator="${id}"]`)!;
}

describe('overview on the mock county', () => {
  test('opens on the last complete month and shows the engine’s headline figures with 环比 and 同比', async () => {
    renderApp(<OverviewPage params={{}} />, { adapter: backend.adapter(), hash: '#/overview' });
    const section = await tiles();
    expect(screen.getByRole('heading', { level: 2, name: /总览/ }).textContent).toContain(zh.formatMonth(month));
    for (const id of HEADLINE_INDICATORS) {
      const indicator = indicatorById(id);
      const element = tile(section, id);
      expect(element.querySelector('.kpi-label')!.textContent).toBe(indicator.label.zh);
      expect(element.querySelector('.kpi-value')!.textContent).toBe(zh.formatIndicator(indicator, expected.scope.values[id]));
    }
    // Counts change in per cent, rates in percentage points between the rates as displayed.
    const accepted = expected.scope.deltas.accepted!.mom.relative!;
    expect(tile(section, 'accepted').querySelector('[data-change="mom"]')!.textContent).toContain(zh.formatRelativeChange(accepted));
    const online = displayedPointChange(expected.scope.values.onlineRate, expected.scope.deltas.onlineRate!.yoy.previous);
    expect(tile(section, 'onlineRate').querySelector('[data-change="yoy"]')!.textContent).toContain(zh.formatPointChange(online));
    expect(section.textContent).not.toMatch(/NaN|Infinity|undefined/);
  });

  test('arrows are coloured by the indicator’s direction', async () => {
    renderApp(<OverviewPage params={{}} />, { adapter: backend.adapter(), hash: '#/overview' });
    const section = await tiles();
    for (const id of HEADLINE_INDICATORS) {
      const delta = expected.scope.deltas[id]!.mom;
      const value = expected.scope.values[id];
      const change = tile(section, id).querySelector('[data-change="mom"] .change')!;
      // What the tile shows: the change between displayed rates, a count's relative change (units on a base under 10).
      const shown = indicatorById(id).unit === 'rate' ? displayedPointChange(value, delta.previous) : countChange(value, delta.previous);
      const amount = shown === null ? null : typeof shown === 'number' ? shown : shown.value;
      const flat = shown !== null && (typeof shown === 'number' || shown.measure === 'absolute' ? amount === 0 : Math.abs(amount!) < 0.00005);
      if (amount === null) expect(change.className).toContain('none');
      else if (flat) expect(change.className).toContain('flat');
      else {
        const rose = amount > 0;
        expect(change.textContent).toContain(rose ? '↑' : '↓');
        const good = rose === (indicatorById(id).direction === 'higher');
        expect(change.className).toContain(good ? 'good' : 'bad');
      }
    }
  });

  test('cards, best and worst three, reporting coverage and the composition match the engine', async () => {
    renderApp(<OverviewPage params={{}} />, { adapter: backend.adapter(), hash: '#/overview' });
    await tiles();
    const cards = screen.getByRole('heading', { name: '红黄牌' }).closest('section')!;
    // How many offices carry a card, then how many cards: 红牌 3 个单位（4 张）.
    const of = (level: 'red' | 'yellow') => {
      const list = expected.cards.filter((card) => card.level === level);
      return `${zh.formatCount(new Set(list.map((card) => card.officeId)).size)} 个单位（${zh.formatCount(list.length)} 张）`;
    };
    if (expected.cards.length === 0) expect(cards.textContent).toContain('本期无红黄牌');
    else {
      const counts = cards.querySelector<HTMLElement>('.card-counts')!;
      expect(within(counts).getByText('红牌').nextElementSibling!.textContent).toBe(of('red'));
      expect(within(counts).getByText('黄牌').nextElementSibling!.textContent).toBe(of('yellow'));
      // The offices with cards, red first, each a link to the office.
      const named = within(within(cards).getByRole('list', { name: '亮牌单位' })).getAllByRole('link');
      const offices = [...new Set(expected.cards.map((card) => card.officeId))];
      expect(named.map((link) => link.getAttribute('href'))).toEqual(offices.slice(0, 5).map((id) => `#/office/${id}`));
    }
    expect(within(cards).getByRole('link', { name: '查看红黄牌详情' }).getAttribute('href')).toBe('#/alerts');

    for (const kind of ['department', 'township'] as const) {
      const officeLinks = (panel: HTMLElement) =>
        within(panel)
          .getAllByRole('link')
          .filter((link) => link.getAttribute('href')!.startsWith('#/office/'));
      const top = officeLinks(document.querySelector<HTMLElement>(`section[data-kind="${kind}"]`)!);
      expect(top.map((link) => link.getAttribute('href'))).toEqual(expected.best[kind].map((office) => `#/office/${office.officeId}`));
      expect(top.map((link) => link.textContent)).toEqual(expected.best[kind].map((office) => office.name));
      const bottom = document.querySelector<HTMLElement>(`section[data-bottom="${kind}"]`)!;
      expect(officeLinks(bottom).map((link) => link.getAttribute('href'))).toEqual(expected.worst[kind].map((office) => `#/office/${office.officeId}`));
      expect(bottom.textContent).toContain(`得分 ${zh.formatScore(expected.worst[kind][0]!.score)}`);
      // Each of the bottom three says what lost it points.
      expect(bottom.querySelectorAll('li .lost-points').length).toBe(expected.worst[kind].length);
    }

    const coverage = screen.getByRole('heading', { name: '报送情况' }).closest('section')!;
    expect(coverage.textContent).toContain(`已报送 ${zh.formatCount(expected.reporting.reported)} / 应报送 ${zh.formatCount(expected.reporting.expected)}`);
    // The mock county always has a laggard whose own record is missing in the last month.
    const missing = expected.missingOwnRecords();
    expect(missing.length).toBeGreaterThan(0);
    for (const office of missing.slice(0, 8))
      expect(within(coverage).getByRole('link', { name: office.name }).getAttribute('href')).toBe(`#/office/${office.officeId}`);
    const departments = expected.officesOfKind('department').length;
    const departmentsMissing = missing.filter((office) => office.kind === 'department').length;
    expect(coverage.querySelector('[data-kind="department"]')!.textContent).toBe(`${departments - departmentsMissing} / ${departments} 个单位已报送`);

    // Composition: departments and townships (with their villages) add up to the county's total.
    const composition = screen.getByRole('heading', { name: '受理件数构成（按单位类型）' }).closest('section')!;
    fireEvent.click(within(composition).getByRole('button', { name: '查看数据' }));
    const rows = within(within(composition).getByRole('table')).getAllByRole('row').slice(1);
    const range = { from: month, to: month };
    const department = kindRollup(engine, undefined, 'department', range).counts.accepted!;
    const township = kindRollup(engine, undefined, 'township', range).counts.accepted!;
    expect(department + township).toBe(expected.scope.values.accepted);
    expect(rows.map((row) => [...row.querySelectorAll('td')].map((cell) => cell.textContent))).toEqual([
      ['部门', zh.formatCount(department), zh.formatRate(department / (department + township))],
      ['乡镇（含村、社区）', zh.formatCount(township), zh.formatRate(township / (department + township))],
    ]);
  });

  test('the trend table view lists every month of the span with the engine’s values', async () => {
    renderApp(<OverviewPage params={{}} />, { adapter: backend.adapter(), hash: `#/overview?months=24` });
    await tiles();
    const panel = screen.getByRole('heading', { name: /办件量走势/ }).closest('section')!;
    fireEvent.click(within(panel).getByRole('button', { name: '查看数据' }));
    const table = within(panel).getByRole('table');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(24);
    const last = rows.at(-1)!;
    expect(last.textContent).toContain(zh.formatMonth(month));
    expect(last.textContent).toContain(zh.formatCount(expected.scope.values.accepted));
    expect(rows[0]!.textContent).toContain(zh.formatMonth(addMonths(month, -23)));
    // The range select reflects the URL.
    expect((screen.getByLabelText('时间跨度') as HTMLSelectElement).value).toBe('24');
  });

  test('changing the span writes it to the URL', async () => {
    renderApp(<OverviewPage params={{}} />, { adapter: backend.adapter(), hash: '#/overview' });
    await tiles();
    fireEvent.change(screen.getByLabelText('时间跨度'), { target: { value: '36' } });
    await waitFor(() => expect(window.location.hash).toBe('#/overview?months=36'));
  });

  test('a month with no data says so', async () => {
    const empty = periodToParam(monthPeriod(addMonths(engine.firstMonth!, -30)));
    renderApp(<OverviewPage params={{}} />, { adapter: backend.adapter(), hash: `#/overview?period=${empty}` });
    expect(await screen.findByText(/暂无数据/, {}, { timeout: 10_000 })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: '本期主要指标' })).toBeNull();
  });

  test('HTTP 500: plain words while it retries by itself, the status in the details, a retry now that recovers', async () => {
    let fail = true;
    backend.server.use(http.get(`${MOCK_TEST_BASE_URL}/offices`, () => (fail ? HttpResponse.json({ error: 'internal' }, { status: 500 }) : undefined)));
    renderApp(<OverviewPage params={{}} />, { adapter: backend.adapter(), hash: '#/overview' });
    const alert = await screen.findByRole('alert', {}, { timeout: 10_000 });
    expect(within(alert).getByText('数据源暂时无法连接，正在自动重试（第 1 次）')).toBeTruthy();
    // The address and the status are for whoever maintains the source: in the details.
    const details = alert.querySelector('details')!;
    expect(details.querySelector('summary')!.textContent).toBe('技术信息');
    await waitFor(() => expect(details.textContent).toContain('HTTP 500'));
    expect(details.textContent).toContain(MOCK_TEST_BASE_URL);
    fail = false;
    fireEvent.click(within(alert).getByRole('button', { name: '立即重试' }));
    await tiles();
  });

  test('English: every word switches, numbers keep their format', async () => {
    renderApp(<OverviewPage params={{}} />, { adapter: backend.adapter(), hash: '#/overview', locale: 'en' });
    const heading = await screen.findByRole('heading', { name: 'Headline figures' }, { timeout: 10_000 });
    const section = heading.closest('section')!;
    expect(tile(section, 'onlineRate').querySelector('.kpi-label')!.textContent).toBe('Online handling rate');
    expect(tile(section, 'accepted').querySelector('.kpi-value')!.textContent).toBe(createFormatters('en').formatCount(expected.scope.values.accepted));
    expect(screen.getByRole('heading', { name: 'Red and yellow cards' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Top three: Department' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Bottom three: Department' })).toBeTruthy();
    // No Chinese left in the screen's own words (office names are data and stay as they are).
    const own = [...document.querySelectorAll('h2, h3, dt, label, button, .kpi-label')].map((element) => element.textContent ?? '');
    expect(own.filter((text) => /[\u4e00-\u9fff]/.test(text) && !text.includes(expected.scope.name))).toEqual([]);
  });
});

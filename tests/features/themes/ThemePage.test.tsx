import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, test } from 'vitest';
import { ThemePage } from '../../../src/features/themes';
import { DEFAULT_SCHEME, buildEngineData, evaluatePeriod, kindRollup, latestCompleteMonth } from '../../../src/engine';
import { addMonths, INDICATORS, indicatorById, lastCompleteMonth, monthPeriod, periodToParam, type MonthlyRecord, type Office } from '../../../src/domain';
import { createFormatters } from '../../../src/ui/format/formatters';
import { displayedPointChange } from '../../../src/ui/format/honest/rates';
import { servedData } from '../../../mocks/scenarios';
import { MOCK_TEST_BASE_URL, mockBackend, renderApp, withLayoutSize } from '../../render';

const END = lastCompleteMonth(new Date());
const backend = mockBackend('normal', { endMonth: END });
withLayoutSize();

const served = servedData('normal', { endMonth: END });
const engine = buildEngineData(served.offices as Office[], served.records as MonthlyRecord[]);
const month = latestCompleteMonth(engine, new Date())!;
const expected = evaluatePeriod(engine, DEFAULT_SCHEME, monthPeriod(month));
const zh = createFormatters('zh-CN');

function cellsOf(table: HTMLElement): string[][] {
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => [...row.querySelectorAll('td')].map((cell) => cell.textContent ?? ''));
}

async function summaryTable() {
  const heading = await screen.findByRole('heading', { name: /指标（青岚县）/ }, { timeout: 10_000 });
  return within(heading.closest('section')!).getByRole('table');
}

describe('themes on the mock county', () => {
  test('/themes opens the first theme, 办件与网办, with its tab marked current', async () => {
    renderApp(<ThemePage params={{}} />, { adapter: backend.adapter(), hash: '#/themes' });
    await summaryTable();
    const tabs = screen.getByRole('navigation', { name: '专题导航' });
    expect(within(tabs).getByRole('link', { name: '办件与网办' }).getAttribute('aria-current')).toBe('page');
    expect(
      within(tabs)
        .getAllByRole('link')
        .map((link) => link.getAttribute('href')),
    ).toEqual(['#/themes/handling', '#/themes/reviews', '#/themes/hotline', '#/themes/disclosure']);
    expect(screen.getByRole('heading', { level: 2, name: /专题：办件与网办/ })).toBeTruthy();
  });

  test('the summary shows each indicator of the theme for the county and the departments’ roll-up', async () => {
    renderApp(<ThemePage params={{ theme: 'reviews' }} />, { adapter: backend.adapter(), hash: '#/themes/reviews' });
    const rows = cellsOf(await summaryTable());
    // The registry's review indicators, in registry order.
    const ids = INDICATORS.filter((indicator) => indicator.category === 'reviews').map((indicator) => indicator.id);
    const departments = kindRollup(engine, undefined, 'department', { from: month, to: month }).values;
    expect(rows.map((row) => row[0])).toEqual(ids.map((id) => indicatorById(id).label.zh));
    // The indicator the charts draw is marked in the list.
    expect(
      within(await summaryTable())
        .getByRole('link', { name: '好评率' })
        .getAttribute('aria-current'),
    ).toBe('true');
    for (const [index, id] of ids.entries()) {
      const indicator = indicatorById(id);
      expect(rows[index]![1]).toBe(zh.formatIndicator(indicator, expected.scope.values[id]));
      expect(rows[index]![4]).toBe(zh.formatIndicator(indicator, departments[id]));
    }
    const good = ids.indexOf('goodReviewRate');
    // A rate's change between the rates as displayed; a count's in per cent.
    const goodChange = displayedPointChange(expected.scope.values.goodReviewRate, expected.scope.deltas.goodReviewRate!.mom.previous);
    expect(rows[good]![2]).toContain(zh.formatPointChange(goodChange));
    expect(rows[ids.indexOf('reviews')]![3]).toContain(zh.formatRelativeChange(expected.scope.deltas.reviews!.yoy.relative));
  });

  test('the bar chart’s table view lists the departments best first with the engine’s values', async () => {
    renderApp(<ThemePage params={{ theme: 'hotline' }} />, { adapter: backend.adapter(), hash: '#/themes/hotline' });
    await summaryTable();
    const panel = screen.getByRole('heading', { name: '各部门热线按时办结率' }).closest('section')!;
    fireEvent.click(within(panel).getByRole('button', { name: '查看数据' }));
    const rows = cellsOf(within(panel).getByRole('table'));
    const departments = expected
      .officesOfKind('department')
      .filter((office) => office.values.hotlineOnTimeRate !== null)
      .sort((a, b) => b.values.hotlineOnTimeRate! - a.values.hotlineOnTimeRate! || (a.officeId < b.officeId ? -1 : 1));
    expect(rows.slice(0, departments.length).map((row) => row[0])).toEqual(departments.map((office) => office.name));
    // Each value as the engine gives it, marked 样本不足 where the tickets are under the minimum.
    departments.forEach((office, i) => {
      const cell = rows[i]![1]!;
      expect(cell.startsWith(zh.formatRate(office.values.hotlineOnTimeRate))).toBe(true);
      const small = office.scoreDetails.find((detail) => detail.indicatorId === 'hotlineOnTimeRate')?.status === 'small-sample';
      expect(cell.includes('样本不足'), office.name).toBe(small);
    });
  });

  test('choosing townships and another indicator goes into the URL and redraws', async () => {
    renderApp(<ThemePage params={{ theme: 'handling' }} />, { adapter: backend.adapter(), hash: '#/themes/handling' });
    const summary = await summaryTable();
    fireEvent.click(within(summary).getByRole('link', { name: '办结率' }));
    await waitFor(() => expect(window.location.hash).toBe('#/themes/handling?indicator=completionRate'));
    fireEvent.change(screen.getByLabelText('单位类型'), { target: { value: 'township' } });
    await waitFor(() => expect(window.location.hash).toBe('#/themes/handling?indicator=completionRate&kind=township'));
    const panel = (await screen.findByRole('heading', { name: '各乡镇（街道）办结率' })).closest('section')!;
    fireEvent.click(within(panel).getByRole('button', { name: '查看数据' }));
    const names = cellsOf(within(panel).getByRole('table')).map((row) => row[0]);
    expect(names.sort()).toEqual(
      expected
        .officesOfKind('township')
        .filter((office) => office.status !== 'not-expected')
        .map((office) => office.name)
        .sort(),
    );
    // The table of all indicators per office follows the kind.
    const offices = screen.getByRole('heading', { name: '各乡镇（街道）办件与网办指标' }).closest('section')!;
    expect(within(offices).getAllByRole('row')).toHaveLength(1 + names.length);
    // A limit that only makes a hang fail: four renders of the page take seconds on a busy machine.
  }, 30_000);

  test('the table by office searches by name and sorts by any column, in the URL, without a scroll box of its own', async () => {
    renderApp(<ThemePage params={{ theme: 'reviews' }} />, { adapter: backend.adapter(), hash: '#/themes/reviews' });
    const section = (await screen.findByRole('heading', { name: '各部门好差评指标' }, { timeout: 10_000 })).closest('section')!;
    const table = () => within(section).getByRole('table');
    const departments = expected.rankings.department.filter((office) => office.status !== 'not-expected');
    expect(cellsOf(table())).toHaveLength(departments.length);
    expect(section.querySelector('.table-scroll')).toBeNull();

    // A substring of the name: only those offices, whatever the order.
    fireEvent.change(within(section).getByLabelText('查找单位'), { target: { value: '局' } });
    await waitFor(() => expect(new URLSearchParams(window.location.hash.split('?')[1]).get('q')).toBe('局'));
    const found = cellsOf(table()).map((row) => row[0]);
    expect(found.sort()).toEqual(
      departments
        .filter((office) => office.name.includes('局'))
        .map((office) => office.name)
        .sort(),
    );
    fireEvent.change(within(section).getByLabelText('查找单位'), { target: { value: '' } });

    // 好评率 (higher is better) sorts best first on a first click, worst first on a second; no value stays last.
    const header = within(table())
      .getAllByRole('columnheader')
      .find((th) => th.textContent?.startsWith('好评率'))!;
    const column = [...header.parentElement!.children].indexOf(header);
    const rates = () =>
      cellsOf(table())
        .map((row) => row[column]!)
        .filter((text) => /%/.test(text))
        .map((text) => Number.parseFloat(text));
    fireEvent.click(within(header).getByRole('button'));
    await waitFor(() => expect(new URLSearchParams(window.location.hash.split('?')[1]).get('sort')).toBe('goodReviewRate.desc'));
    const down = rates();
    expect(down.length).toBeGreaterThan(5);
    expect([...down].sort((a, b) => b - a)).toEqual(down);
    fireEvent.click(within(header).getByRole('button'));
    await waitFor(() => expect(new URLSearchParams(window.location.hash.split('?')[1]).get('sort')).toBe('goodReviewRate.asc'));
    expect([...rates()].sort((a, b) => a - b)).toEqual(rates());
    expect(header.getAttribute('aria-sort')).toBe('ascending');
  });

  test('the trend shows the county and the departments’ roll-up over 12 months', async () => {
    renderApp(<ThemePage params={{ theme: 'disclosure' }} />, { adapter: backend.adapter(), hash: '#/themes/disclosure' });
    await summaryTable();
    const panel = screen.getByRole('heading', { name: /公开信息条数走势/ }).closest('section')!;
    fireEvent.click(within(panel).getByRole('button', { name: '查看数据' }));
    const rows = cellsOf(within(panel).getByRole('table'));
    expect(rows).toHaveLength(12);
    expect(rows.at(-1)!.slice(0, 3)).toEqual([
      zh.formatMonth(month),
      zh.formatCount(expected.scope.values.disclosures),
      zh.formatCount(kindRollup(engine, undefined, 'department', { from: month, to: month }).counts.disclosures),
    ]);
    expect(rows[0]![0]).toBe(zh.formatMonth(addMonths(month, -11)));
  });

  test('an unknown theme says so and offers the themes', async () => {
    renderApp(<ThemePage params={{ theme: 'nonsense' }} />, { adapter: backend.adapter(), hash: '#/themes/nonsense' });
    expect(screen.getByText(/没有名为“nonsense”的专题/)).toBeTruthy();
    expect(within(screen.getByRole('navigation', { name: '专题导航' })).getAllByRole('link')).toHaveLength(4);
  });

  test('a month with no data says so', async () => {
    const empty = periodToParam(monthPeriod(addMonths(engine.firstMonth!, -30)));
    renderApp(<ThemePage params={{ theme: 'reviews' }} />, { adapter: backend.adapter(), hash: `#/themes/reviews?period=${empty}` });
    expect(await screen.findByText(/暂无数据/, {}, { timeout: 10_000 })).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });

  test('HTTP 500: an error state with a retry', async () => {
    backend.server.use(http.get(`${MOCK_TEST_BASE_URL}/records`, () => HttpResponse.json({ error: 'internal' }, { status: 500 })));
    renderApp(<ThemePage params={{ theme: 'hotline' }} />, { adapter: backend.adapter(), hash: '#/themes/hotline' });
    const alert = await screen.findByRole('alert', {}, { timeout: 10_000 });
    // The status is in the details, worded once the words of errors have arrived.
    await waitFor(() => expect(alert.textContent).toContain('500'));
    backend.server.resetHandlers();
    fireEvent.click(within(alert).getByRole('button', { name: '立即重试' }));
    await summaryTable();
  });

  test('English', async () => {
    renderApp(<ThemePage params={{ theme: 'hotline' }} />, { adapter: backend.adapter(), hash: '#/themes/hotline', locale: 'en' });
    const heading = await screen.findByRole('heading', { name: /^12345 hotline indicators \(/ }, { timeout: 10_000 });
    const rows = cellsOf(within(heading.closest('section')!).getByRole('table'));
    expect(rows.map((row) => row[0])).toContain('Hotline satisfaction');
    expect(screen.getByRole('heading', { name: 'Hotline on-time rate by office (Department)' })).toBeTruthy();
    const own = [...document.querySelectorAll('h2, h3, th, label, button, nav a')].map((element) => element.textContent ?? '');
    expect(own.filter((text) => /[\u4e00-\u9fff]/.test(text) && !text.includes(expected.scope.name))).toEqual([]);
  });
});

import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { AlertsPage } from '../../../src/features/alerts';
import { DEFAULT_SCHEME, buildEngineData, evaluatePeriod, latestCompleteMonth } from '../../../src/engine';
import { indicatorById, lastCompleteMonth, monthPeriod, type MonthlyRecord, type Office } from '../../../src/domain';
import { createFormatters } from '../../../src/ui/format/formatters';
import { servedData } from '../../../mocks/scenarios';
import { mockBackend, renderApp, withLayoutSize } from '../../render';
import { M, P, RECORDS, fixedAdapter } from '../rankings/small-county';

const END = lastCompleteMonth(new Date());
const backend = mockBackend('normal', { endMonth: END });
withLayoutSize();
const zh = createFormatters('zh-CN');

function cardRows() {
  const table = screen.getByRole('table', { name: '红黄牌明细' });
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) =>
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    );
}

async function current() {
  return (await screen.findByRole('heading', { name: '本期红黄牌' }, { timeout: 10_000 })).closest('section')!;
}

describe('alerts on a small county checked by hand', () => {
  test('every card with office, indicator, actual against the rule, message and since when; red first', async () => {
    renderApp(<AlertsPage params={{}} />, { adapter: fixedAdapter(), hash: '#/alerts' });
    const section = await current();
    expect(section.textContent).toContain('本期红牌 1 个单位（1 张），黄牌 1 个单位（1 张）；共涉及 2 个单位。');
    expect(cardRows()).toEqual([
      // A rule of the built-in scheme by its name, a staff-made one ('near') by its message: never an id.
      ['红牌', '县民政局', '部门', '超期办结件数', '2', '> 0', '超期办结（有超期办结事项）', zh.formatMonth(P), '2 个月'],
      ['黄牌', '东镇', '乡镇（街道）', '临期在办件数', '1', '> 0', '有临期事项', zh.formatMonth(M), '1 个月'],
    ]);
    expect(within(section).getByRole('link', { name: '县民政局' }).getAttribute('href')).toBe('#/office/D3');
  });

  test('filters narrow the list and live in the URL; a filter from a link applies on load', async () => {
    renderApp(<AlertsPage params={{}} />, { adapter: fixedAdapter(), hash: '#/alerts' });
    await current();
    fireEvent.change(screen.getByLabelText('级别'), { target: { value: 'red' } });
    await waitFor(() => expect(window.location.hash).toContain('level=red'));
    await waitFor(() => expect(cardRows().map((row) => row[1])).toEqual(['县民政局']));
    expect(screen.getByText(/符合筛选条件的红牌 1 个单位（1 张），黄牌 0 个单位（0 张）/)).toBeTruthy();

    fireEvent.change(screen.getByLabelText('单位类型'), { target: { value: 'township' } });
    await waitFor(() => expect(window.location.hash).toContain('officeKind=township'));
    await screen.findByText('没有符合筛选条件的红黄牌（本期共 2 张）。');

    fireEvent.change(screen.getByLabelText('级别'), { target: { value: 'all' } });
    await waitFor(() => expect(window.location.hash).not.toContain('level='));
    await waitFor(() => expect(cardRows().map((row) => row[1])).toEqual(['东镇']));
  });

  test('the category filter from the URL', async () => {
    renderApp(<AlertsPage params={{}} />, { adapter: fixedAdapter(), hash: '#/alerts?category=handling&level=yellow' });
    await current();
    expect(cardRows().map((row) => row[1])).toEqual(['东镇']);
    expect((screen.getByLabelText('指标类别') as HTMLSelectElement).value).toBe('handling');
  });

  test('cards per month: the data view gives each month’s red and yellow', async () => {
    renderApp(<AlertsPage params={{}} />, { adapter: fixedAdapter(), hash: '#/alerts' });
    await current();
    const panel = screen.getByRole('heading', { name: /红黄牌数量/ }).closest('section')!;
    fireEvent.click(within(panel).getByRole('button', { name: '查看数据' }));
    const table = await within(panel).findByRole('table');
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) =>
        within(row)
          .getAllByRole('cell')
          .map((cell) => cell.textContent),
      );
    expect(rows).toEqual([
      [zh.formatMonth(P), '1', '0', '1'],
      [`${zh.formatMonth(M)}（数据不完整）`, '1', '1', '2'],
    ]);
  });

  test('no card at all is said plainly as the normal state', async () => {
    const calm = RECORDS.map((record) => ({ ...record, overdue: 0, nearDeadline: 0 }));
    renderApp(<AlertsPage params={{}} />, { adapter: fixedAdapter({ records: calm }), hash: '#/alerts' });
    const section = await current();
    expect(section.textContent).toContain('本期无红黄牌');
    expect(section.textContent).toContain('属正常状态');
    expect(within(section).queryByRole('table')).toBeNull();
    expect(screen.getByText('本期没有连续两期排名末位的单位。')).toBeTruthy();
  });
});

describe('alerts on the mock county', () => {
  const served = servedData('normal', { endMonth: END });
  const engine = buildEngineData(served.offices as Office[], served.records as MonthlyRecord[]);
  const month = latestCompleteMonth(engine, new Date())!;
  const expected = evaluatePeriod(engine, DEFAULT_SCHEME, monthPeriod(month));

  test('lists the engine’s cards in its order, values formatted by the indicator’s unit', async () => {
    renderApp(<AlertsPage params={{}} />, { adapter: backend.adapter(), hash: '#/alerts' });
    await current();
    if (expected.cards.length === 0) {
      expect(screen.getByText('本期无红黄牌')).toBeTruthy();
      return;
    }
    const rows = cardRows();
    expect(rows).toHaveLength(expected.cards.length);
    expected.cards.forEach((card, index) => {
      const row = rows[index]!;
      expect(row[0]).toBe(card.level === 'red' ? '红牌' : '黄牌');
      expect(row[1]).toBe(expected.office(card.officeId)!.name);
      expect(row[4]).toBe(zh.formatIndicator(indicatorById(card.subject), card.actual));
      expect(row[7]).toBe(zh.formatMonth(card.since));
    });
  });

  test('约谈 flags name the offices last of their kind two periods running', async () => {
    renderApp(<AlertsPage params={{}} />, { adapter: backend.adapter(), hash: '#/alerts' });
    await current();
    const panel = screen.getByRole('heading', { name: '约谈提示' }).closest('section')!;
    if (expected.talkFlags.length === 0) {
      expect(panel.textContent).toContain('本期没有连续两期排名末位的单位');
      return;
    }
    const items = within(panel).getAllByRole('listitem');
    expect(items).toHaveLength(expected.talkFlags.length);
    expected.talkFlags.forEach((flag, index) => {
      expect(items[index]!.textContent).toContain(expected.office(flag.officeId)!.name);
      for (const flagged of flag.months) expect(items[index]!.textContent).toContain(zh.formatMonth(flagged));
    });
  });
});

import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { addMonths, monthOfYear, monthYear, quarterOf, quarterPeriod, type MonthlyRecord } from '../../../src/domain';
import { RankingsPage } from '../../../src/features/rankings';
import { renderApp, withLayoutSize } from '../../render';
import { M, P, RECORDS, fixedAdapter } from '../../features/rankings/small-county';

withLayoutSize();

/** The small county, plus the month in progress (this calendar month) and the months back to last year. */
const C = addMonths(M, 1);
const EARLIER = [2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13].map((back) => addMonths(M, -back));
const records: MonthlyRecord[] = [
  ...RECORDS,
  ...EARLIER.flatMap((month) => RECORDS.filter((record) => record.month === P).map((record) => ({ ...record, month }))),
  ...RECORDS.filter((record) => record.month === M).map((record) => ({ ...record, month: C })),
];

const QUARTER = ['一', '二', '三', '四'];
const monthText = (month: string) => `${monthYear(month)}年${monthOfYear(month)}月`;
/** 2026年第四季度, cut where the last complete month falls inside it: 2026年第四季度（截至11月）. */
function quarterText(month: string): string {
  const quarter = quarterPeriod(month);
  const base = `${monthYear(month)}年第${QUARTER[quarterOf(month) - 1]}季度`;
  if (quarter.to <= M) return base;
  return quarter.from <= M ? `${base}（截至${monthOfYear(M)}月）` : `${base}（进行中）`;
}

async function open() {
  renderApp(<RankingsPage params={{}} />, { adapter: fixedAdapter({ records }), hash: '#/rankings' });
  await screen.findByRole('table', { name: /部门排名表/ }, { timeout: 10_000 });
}

const heading = () => document.getElementById('page-title')!.textContent!.replace(/^排名/, '');
const options = (label: string) => Array.from((screen.getByLabelText(label) as HTMLSelectElement).options, (option) => option.textContent);
const selected = (label: string) => {
  const select = screen.getByLabelText(label) as HTMLSelectElement;
  return select.options[select.selectedIndex]!.textContent;
};

describe('the period picker lists what each kind of period is made of', () => {
  test('a month: opens on the last complete one; the month in progress is one click away, and marked', async () => {
    await open();
    expect(heading()).toBe(monthText(M));
    expect(options('月份')[0]).toBe(`${monthText(C)}（进行中）`);
    fireEvent.click(screen.getByRole('button', { name: `查看进行中的${monthText(C)}` }));
    await waitFor(() => expect(heading()).toBe(`${monthText(C)}（进行中）`));
    expect(selected('月份')).toBe(heading());
    expect(screen.queryByRole('button', { name: /查看进行中的/ })).toBeNull();
  });

  test('a quarter: quarters, newest first, the heading the quarter picked', async () => {
    await open();
    fireEvent.change(screen.getByLabelText('时段类型'), { target: { value: 'quarter' } });
    await waitFor(() => expect(screen.getByLabelText('季度')).toBeTruthy());
    expect(screen.queryByLabelText('月份')).toBeNull();
    const quarters = options('季度');
    // Every month with data falls in one of them; each quarter once, newest first.
    const expected = [...new Set([C, M, ...EARLIER].map(quarterText))];
    expect(quarters).toEqual(expected);
    expect(selected('季度')).toBe(quarterText(M));
    expect(heading()).toBe(quarterText(M));
    const select = screen.getByLabelText('季度') as HTMLSelectElement;
    fireEvent.change(select, { target: { value: select.options[2]!.value } });
    await waitFor(() => expect(heading()).toBe(quarters[2]));
    expect(window.location.hash).toContain(`period=q%3A${select.options[2]!.value}`);
  });

  test('a year-to-date: years, the current one up to the last complete month; a range: from and to months', async () => {
    await open();
    fireEvent.change(screen.getByLabelText('时段类型'), { target: { value: 'ytd' } });
    await waitFor(() => expect(screen.getByLabelText('年度')).toBeTruthy());
    const years = options('年度');
    expect(years[0]).toBe(`${monthYear(M)}年1月至${monthOfYear(M)}月`);
    expect(years).toHaveLength(new Set([C, M, ...EARLIER].map(monthYear)).size);
    expect(heading()).toBe(years[0]);
    fireEvent.change(screen.getByLabelText('时段类型'), { target: { value: 'range' } });
    await waitFor(() => expect(screen.getByLabelText('起')).toBeTruthy());
    expect(screen.getByLabelText('止')).toBeTruthy();
    expect(heading()).toBe(`${monthText(`${monthYear(M)}-01`)}至${monthText(M)}`);
  });
});

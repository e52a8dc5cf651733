/**
 * The ranking table at the scale of a prefecture's or a province's list (320 offices): a search by
 * name, sortable columns and pages of 50 rows, all kept in the URL; no scroll box inside the page.
 */
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, test } from 'vitest';
import { DEFAULT_SCHEME } from '../../../src/engine';
import { RankingTable } from '../../../src/features/rankings/RankingTable';
import { rankingIndicators, rankRows } from '../../../src/features/rankings/rankRows';
import { I18nProvider } from '../../../src/ui';
import { cardFixture, evaluationFixture, officeFixture } from '../evaluation-fixtures';

const COUNT = 320;
const TOWNS = ['城东街道', '城西街道', '长河镇', '青林乡'];

/** 320 townships: 300 ranked (scores falling with the rank), 12 with nothing to rank by, 8 silent. */
function offices() {
  return Array.from({ length: COUNT }, (_, i) => {
    const id = `T${String(i + 1).padStart(3, '0')}`;
    const name = `${TOWNS[i % TOWNS.length]}${i + 1}号`;
    if (i >= 312) return officeFixture({ officeId: id, name, kind: 'township', status: 'not-reported' });
    if (i >= 300) return officeFixture({ officeId: id, name, kind: 'township', standing: 'unscored' });
    return officeFixture({
      officeId: id,
      name,
      kind: 'township',
      rank: i + 1,
      score: 99 - i * 0.1,
      values: { goodReviewRate: 0.99 + ((i * 37) % 100) / 10_000 },
      // Every seventh one holds a yellow card, every 50th a red one.
      cards:
        i % 50 === 0
          ? [cardFixture(id, { level: 'red' })]
          : i % 7 === 0
            ? [cardFixture(id, { level: 'yellow', ruleId: 'near-deadline', subject: 'nearDeadline' })]
            : [],
    });
  });
}

const evaluation = evaluationFixture({ offices: offices() });
const rows = rankRows(evaluation, 'township', 'score');
const names = new Map(rows.map((row) => [row.office.officeId, row.office.name]));
const indicators = rankingIndicators(DEFAULT_SCHEME, 'township').filter((indicator) => indicator.id === 'goodReviewRate');

function draw() {
  return render(
    <I18nProvider defaultLocale="zh-CN">
      <RankingTable caption="乡镇（街道）排名表" rows={rows} names={names} measure="score" indicators={indicators} scheme={DEFAULT_SCHEME} months={1} />
    </I18nProvider>,
  );
}

const table = () => screen.getByRole('table', { name: '乡镇（街道）排名表' });
/** [rank, office, score] of every row shown. */
function shown(): string[][] {
  return within(table())
    .getAllByRole('row')
    .slice(1)
    .map((row) => {
      const cells = within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent ?? '');
      return [cells[0]!, cells[2]!, cells[3]!];
    });
}
const query = () => new URLSearchParams(window.location.hash.split('?')[1] ?? '');

beforeEach(() => {
  window.location.hash = '#/rankings?kind=township';
});

describe('a ranking of 320 offices', { timeout: 30_000 }, () => {
  test('pages of 50 rows, in rank order, with where they are; the next page and a page number move on; no scroll box', () => {
    draw();
    expect(shown()).toHaveLength(50);
    expect(shown()[0]).toEqual(['1', '城东街道1号', '99.00']);
    expect(screen.getByText('第 1–50 条，共 320 条')).toBeTruthy();
    // The table is not inside a box that scrolls on its own.
    expect(table().closest('.table-scroll')).toBeNull();

    const pager = screen.getByRole('navigation', { name: /分页/ });
    fireEvent.click(within(pager).getByRole('button', { name: '下一页' }));
    expect(query().get('page')).toBe('2');
    expect(shown()[0]![0]).toBe('51');
    expect(screen.getByText('第 51–100 条，共 320 条')).toBeTruthy();

    // The last page holds the unranked and the silent, after every ranked office.
    fireEvent.click(within(pager).getByRole('button', { name: '第 7 页' }));
    expect(query().get('page')).toBe('7');
    const last = shown();
    expect(last).toHaveLength(20);
    expect(last.slice(-8).every((row) => row[0] === '未报送')).toBe(true);
    expect(within(pager).getByRole('button', { name: '下一页' })).toHaveProperty('disabled', true);

    // 100 rows a page: four pages.
    fireEvent.change(within(pager).getByLabelText('每页'), { target: { value: '100' } });
    expect(query().get('size')).toBe('100');
    expect(query().get('page')).toBeNull();
    expect(shown()).toHaveLength(100);
    expect(within(pager).getByRole('button', { name: '第 4 页' })).toBeTruthy();
  });

  test('a search keeps the rows whose name holds the text, ranks as published, in the URL; nothing found says so', () => {
    draw();
    fireEvent.click(within(screen.getByRole('navigation', { name: /分页/ })).getByRole('button', { name: '下一页' }));
    fireEvent.change(screen.getByLabelText('查找单位'), { target: { value: '城西' } });
    expect(query().get('q')).toBe('城西');
    // A new search starts at its first page.
    expect(query().get('page')).toBeNull();
    const found = shown();
    expect(found).toHaveLength(50);
    expect(found.every((row) => row[1]!.startsWith('城西街道'))).toBe(true);
    expect(found[0]).toEqual(['2', '城西街道2号', '98.90']);
    expect(screen.getByText('匹配 80 个（共 320 个）')).toBeTruthy();

    // Full-width digits find the same office: ３１９ is 319.
    fireEvent.change(screen.getByLabelText('查找单位'), { target: { value: '３１９号' } });
    expect(shown().map((row) => row[1])).toEqual(['长河镇319号']);

    fireEvent.change(screen.getByLabelText('查找单位'), { target: { value: '不存在的镇' } });
    expect(screen.queryByRole('table', { name: '乡镇（街道）排名表' })).toBeNull();
    expect(screen.getByText('本排名中没有名称含“不存在的镇”的单位。')).toBeTruthy();
    expect(screen.getByText('匹配 0 个（共 320 个）')).toBeTruthy();
  });

  test('columns sort both ways; offices with nothing to sort by stay last; default order comes back', () => {
    draw();
    const header = (name: RegExp) => within(table()).getByRole('button', { name });

    // The score, lowest first: the ranked office with the lowest score, then those with none.
    fireEvent.click(header(/综合得分/));
    expect(query().get('sort')).toBe('score.desc');
    expect(shown()[0]).toEqual(['1', '城东街道1号', '99.00']);
    fireEvent.click(header(/综合得分/));
    expect(query().get('sort')).toBe('score.asc');
    expect(shown()[0]).toEqual(['300', '青林乡300号', '69.10']);
    expect(
      within(table())
        .getAllByRole('columnheader')
        .find((th) => th.getAttribute('aria-sort'))!
        .getAttribute('aria-sort'),
    ).toBe('ascending');
    fireEvent.click(within(screen.getByRole('navigation', { name: /分页/ })).getByRole('button', { name: '第 7 页' }));
    const last = shown();
    expect(last.slice(-20).every((row) => row[0] === '未报送' || row[0] === '无数据')).toBe(true);

    // 好评率, best first: the values fall from row to row.
    fireEvent.click(header(/好评率/));
    expect(query().get('sort')).toBe('goodReviewRate.desc');
    const values = within(table())
      .getAllByRole('row')
      .slice(1)
      .map((row) => Number(within(row).getAllByRole('cell')[4]!.textContent!.replace('%', '')));
    expect(values).toHaveLength(50);
    expect([...values].sort((a, b) => b - a)).toEqual(values);

    // Cards: red before yellow before none.
    fireEvent.click(header(/红黄牌/));
    const cardCells = within(table())
      .getAllByRole('row')
      .slice(1, 10)
      .map((row) => within(row).getAllByRole('cell').at(-1)!.textContent);
    expect(cardCells.slice(0, 6).every((text) => text?.startsWith('红牌'))).toBe(true);
    expect(cardCells[6]).toMatch(/^黄牌/);

    // By name, in the collation of Chinese names.
    fireEvent.click(header(/单位/));
    expect(query().get('sort')).toBe('office.asc');

    fireEvent.click(screen.getByRole('button', { name: '恢复默认排序' }));
    expect(query().get('sort')).toBeNull();
    expect(shown()[0]![0]).toBe('1');
  });

  test('search, sort and page come back from the URL (back from an office page)', () => {
    window.location.hash = '#/rankings?kind=township&q=%E9%95%BF%E6%B2%B3&sort=score.asc&page=2';
    draw();
    const rowsShown = shown();
    expect(screen.getByLabelText('查找单位')).toHaveProperty('value', '长河');
    // 80 长河镇: 75 ranked, then 5 without a rank; lowest score first, 30 on page 2.
    expect(rowsShown).toHaveLength(30);
    expect(rowsShown.every((row) => row[1]!.startsWith('长河镇'))).toBe(true);
    act(() => {
      window.location.hash = '#/rankings?kind=township';
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    expect(screen.getByLabelText('查找单位')).toHaveProperty('value', '');
    expect(shown()[0]![0]).toBe('1');
  });
});

import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { RankingsPage } from '../../../src/features/rankings';
import { DEFAULT_SCHEME, buildEngineData, evaluatePeriod, latestCompleteMonth } from '../../../src/engine';
import { lastCompleteMonth, monthPeriod, type MonthlyRecord, type Office } from '../../../src/domain';
import { createFormatters } from '../../../src/ui/format/formatters';
import { servedData } from '../../../mocks/scenarios';
import { mockBackend, renderApp, withLayoutSize } from '../../render';
import { HOSTILE_NAME, M, SCHEME, fixedAdapter } from './small-county';

const END = lastCompleteMonth(new Date());
const backend = mockBackend('normal', { endMonth: END });
withLayoutSize();
const zh = createFormatters('zh-CN');

async function rankingTable(caption: RegExp = /排名表/) {
  const table = await screen.findByRole('table', { name: caption }, { timeout: 10_000 });
  return table;
}

/** [rank cell, change cell, office cell] text of every body row. */
function rows(table: HTMLElement) {
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => {
      const cells = within(row).getAllByRole('cell');
      return { rank: cells[0]!.textContent, change: cells[1]!.textContent, office: cells[2]!.textContent, row };
    });
}

describe('rankings on the mock county', () => {
  const served = servedData('normal', { endMonth: END });
  const engine = buildEngineData(served.offices as Office[], served.records as MonthlyRecord[]);
  const month = latestCompleteMonth(engine, new Date())!;
  const expected = evaluatePeriod(engine, DEFAULT_SCHEME, monthPeriod(month));

  test('departments by composite score: ranks, changes and scores are the engine’s', async () => {
    renderApp(<RankingsPage params={{}} />, { adapter: backend.adapter(), hash: '#/rankings' });
    const table = await rankingTable();
    const shown = rows(table);
    const ranking = expected.rankings.department;
    expect(shown).toHaveLength(ranking.length);
    ranking.forEach((office, index) => {
      const row = shown[index]!;
      expect(row.office).toContain(office.name);
      if (office.rank === null) {
        expect(row.rank).toMatch(/未报送|无数据/);
        return;
      }
      expect(row.rank).toBe(String(office.rank));
      const change = office.rankChange;
      if (office.rankMove === 'new') expect(row.change).toBe('新进');
      else if (office.rankMove === 'others') expect(row.change).toContain('名次因他单位变动');
      else if (change === null) expect(row.change).toContain('—');
      else if (change === 0) expect(row.change).toContain('—');
      else expect(row.change).toContain(change > 0 ? `↑${change}` : `↓${-change}`);
      // The score, and 数据不全 beside it where fields are missing.
      const score = within(row.row).getAllByRole('cell')[3]!.textContent!;
      expect(score.startsWith(zh.formatScore(office.score))).toBe(true);
      expect(score.includes('数据不全')).toBe(office.dataIncomplete);
    });
    expect(table.textContent).not.toMatch(/NaN|Infinity|undefined/);
  });

  test('townships by kind from the URL; the chart’s 查看数据 table lists the ranked values', async () => {
    renderApp(<RankingsPage params={{}} />, { adapter: backend.adapter(), hash: '#/rankings?kind=township' });
    await rankingTable(/乡镇（街道）排名表/);
    const ranked = expected.rankings.township.filter((office) => office.rank !== null);
    fireEvent.click(screen.getByRole('button', { name: '查看数据' }));
    const data = await screen.findByRole('table', { name: /综合得分排名.*数据表/ });
    const cells = within(data)
      .getAllByRole('row')
      .slice(1)
      .map((row) =>
        within(row)
          .getAllByRole('cell')
          .map((cell) => cell.textContent),
      );
    expect(cells).toEqual(ranked.map((office) => [String(office.rank), office.name, zh.formatScore(office.score)]));
  });
});

describe('rankings on a small county checked by hand', () => {
  test('ties share a rank, changes are ↑3 / — / ↓1, the silent office is listed last and marked', async () => {
    renderApp(<RankingsPage params={{}} />, { adapter: fixedAdapter(), hash: '#/rankings' });
    const table = await rankingTable(/部门排名表.*临时/);
    const shown = rows(table);
    // Changes are places among the offices ranked in both months (D1, D2, D3): D1 was 3rd of them.
    expect(shown.map((row) => [row.rank, row.change])).toEqual([
      ['1', '↑2上升 2 位'],
      ['1', '—名次不变'],
      ['3', '↓1下降 1 位'],
      ['未报送', '—'],
    ]);
    expect(shown.map((row) => row.office)).toEqual([HOSTILE_NAME, '县税务局', '县民政局', '县林业局']);
    // The attack in a name is text, never an element.
    expect(document.querySelector('img')).toBeNull();
    expect(screen.getByText(/参与排名 3 个.*未报送 1 个/)).toBeTruthy();
  });

  test('a township new this month is marked 新进', async () => {
    renderApp(<RankingsPage params={{}} />, { adapter: fixedAdapter(), hash: '#/rankings?kind=township' });
    const shown = rows(await rankingTable(/乡镇（街道）排名表/));
    expect(shown.map((row) => [row.office, row.rank, row.change])).toEqual([
      ['西镇', '1', '新进'],
      // 1st → 2nd only because 西镇 came in: among the townships ranked in both months it did not move.
      ['东镇', '2', expect.stringContaining('仅因其他单位停报或新报')],
    ]);
  });

  test('ranking by one indicator goes to the URL and orders by it (lower is better for overdue items)', async () => {
    const scheme = {
      ...SCHEME,
      indicators: [...SCHEME.indicators, { indicatorId: 'overdue' as const, weight: 10, floor: 3, target: 0, appliesTo: ['department' as const] }],
    };
    renderApp(<RankingsPage params={{}} />, { adapter: fixedAdapter({ scheme }), hash: '#/rankings' });
    await rankingTable();
    fireEvent.change(screen.getByLabelText('排名依据'), { target: { value: 'overdue' } });
    await waitFor(() => expect(window.location.hash).toContain('by=overdue'));
    const table = await rankingTable(/按超期办结件数/);
    const shown = rows(table);
    expect(shown.map((row) => [row.office, row.rank])).toEqual([
      [HOSTILE_NAME, '1'],
      ['县税务局', '1'],
      ['县民政局', '3'],
      ['县林业局', '未报送'],
    ]);
    // The measured column follows the office name.
    expect(within(shown[2]!.row).getAllByRole('cell')[3]!.textContent).toBe('2');
  });

  test('an office name links to its page with the same period and scope', async () => {
    renderApp(<RankingsPage params={{}} />, { adapter: fixedAdapter(), hash: `#/rankings?period=m:${M}` });
    const table = await rankingTable();
    const link = within(table).getByRole('link', { name: '县民政局' });
    expect(link.getAttribute('href')).toBe(`#/office/D3?period=m%3A${M}`);
    fireEvent.click(link);
    // happy-dom follows a hash link by updating the location.
    await waitFor(() => expect(window.location.hash).toBe(`#/office/D3?period=m%3A${M}`));
  });
});

import { screen, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { OfficePage } from '../../src/features/office';
import { RankingsPage } from '../../src/features/rankings';
import { renderApp, withLayoutSize } from '../render';
import { fixedAdapter } from '../features/rankings/small-county';
import { OFFICES, RECORDS, SCHEME } from '../features/rankings/lost-county';

withLayoutSize();

/** Cells by column header, per body row, keyed by office name. */
async function table(): Promise<Map<string, Record<string, string>>> {
  const element = await screen.findByRole('table', { name: /部门排名表/ }, { timeout: 10_000 });
  const headers = within(element)
    .getAllByRole('columnheader')
    // A sortable column's header carries its sort mark (↕ ▲ ▼, hidden from screen readers).
    .map((cell) => (cell.textContent ?? '').replace(/[↕▲▼]$/, ''));
  const rows = within(element).getAllByRole('row').slice(1);
  return new Map(
    rows.map((row) => {
      const cells = within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent ?? '');
      const byHeader = Object.fromEntries(headers.map((header, index) => [header, cells[index]!]));
      return [byHeader['单位']!, byHeader];
    }),
  );
}

/** The lines of a cell (each lost-point item is its own line). */
function lines(element: HTMLElement, office: string, selector: string): string[] {
  const row = within(element).getByRole('link', { name: office }).closest('tr')!;
  return [...row.querySelectorAll(selector)].map((item) => item.textContent ?? '');
}

describe('rankings: 主要失分项 and 得分变化, computed by hand', () => {
  test('each office’s main lost points against the scheme’s floor or target, and what moved its score', async () => {
    renderApp(<RankingsPage params={{}} />, { adapter: fixedAdapter({ offices: OFFICES, records: RECORDS, scheme: SCHEME }), hash: '#/rankings' });
    const rows = await table();
    expect([...rows.keys()]).toEqual(['县税务局', '县档案馆', '县医保局', '县市场监管局']);

    // D1: 好评率 under its floor lost all 60 points; 网上办理率 between floor and target lost 20.
    const d1 = rows.get('县市场监管局')!;
    expect(d1['综合得分']).toBe('20.00');
    const element = screen.getByRole('table', { name: /部门排名表/ });
    expect(lines(element, '县市场监管局', '.lost-points .lost-item')).toEqual([
      '好评率 99.33%（起评线 99.50%）−60.00分',
      '网上办理率 75.00%（满分线 90.00%）−20.00分',
    ]);
    // 76.00 → 20.00: −56.00, mostly 好评率 (−60.00; 网上办理率 gained 4.00).
    expect(lines(element, '县市场监管局', '.score-change > span')).toEqual(['−56.00', '好评率 −60.00']);

    // D2: full marks both months.
    expect(rows.get('县税务局')!['主要失分项']).toBe('无失分');
    expect(rows.get('县税务局')!['得分变化']).toBe('持平');

    // D3: 网上办理率 not reported scores 0 at its full weight (数据不全).
    expect(lines(element, '县医保局', '.lost-points .lost-item')).toEqual(['网上办理率 数据不全 −40.00分']);
    expect(lines(element, '县医保局', '.score-change > span')).toEqual(['−26.67', '网上办理率 −26.67']);

    // D4: 10 reviews is a small sample, left out; 网上办理率 carries the whole (renormalised) weight.
    expect(lines(element, '县档案馆', '.lost-points .lost-item')).toEqual(['网上办理率 81.00%（满分线 90.00%）−30.00分', '样本不足未计分：好评率']);
    // New this month: no score to compare with.
    expect(rows.get('县档案馆')!['得分变化']).toBe('—');
  });
});

describe('office page: what lost the points and what moved the score, computed by hand', () => {
  test('比上期 −56.00 分 with its causes; the row that scored 0 is marked', async () => {
    renderApp(<OfficePage params={{ id: 'D1' }} />, {
      adapter: fixedAdapter({ offices: OFFICES, records: RECORDS, scheme: SCHEME }),
      hash: '#/office/D1',
    });
    await screen.findByRole('heading', { level: 2, name: '县市场监管局' }, { timeout: 10_000 });
    expect(screen.getByText('比上期 −56.00 分：好评率 −60.00，网上办理率 +4.00')).toBeTruthy();
    const facts = screen.getByRole('heading', { level: 2, name: '县市场监管局' }).closest('section')!;
    expect([...facts.querySelectorAll('.lost-points .lost-item')].map((item) => item.textContent)).toEqual([
      '好评率 99.33%（起评线 99.50%）−60.00分',
      '网上办理率 75.00%（满分线 90.00%）−20.00分',
    ]);
    const table = await screen.findByRole('table', { name: /得分构成/ });
    const row = (name: string) => within(table).getByText(name).closest('tr')!;
    expect(row('好评率').className).toBe('breakdown-zero');
    expect(row('好评率').textContent).toContain('60.00 得0分');
    expect(row('好评率').textContent).toContain('−60.00');
    expect(row('网上办理率').className).toBe('');
    expect(row('网上办理率').textContent).toContain('+4.00');
  });

  test('the office that lost most on a scored (not zero) indicator has that row marked 失分最多', async () => {
    renderApp(<OfficePage params={{ id: 'D4' }} />, {
      adapter: fixedAdapter({ offices: OFFICES, records: RECORDS, scheme: SCHEME }),
      hash: '#/office/D4',
    });
    const table = await screen.findByRole('table', { name: /得分构成/ }, { timeout: 10_000 });
    const online = within(table).getByText('网上办理率').closest('tr')!;
    expect(online.className).toBe('breakdown-most');
    expect(online.textContent).toContain('30.00 失分最多');
    // New this period: no change to state, and no column for it.
    expect(screen.queryByText(/比上期/)).toBeNull();
  });
});

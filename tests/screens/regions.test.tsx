/**
 * The everyday screens at the prefecture of the large scenario (云岭市: its 市直部门 and 13
 * counties) and at one of its counties: the counties ranked by their own roll-ups, a county opened as
 * the scope, its own departments only, the cards counted by county and rule, names qualified.
 */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { AlertsPage } from '../../src/features/alerts';
import { OverviewPage } from '../../src/features/overview';
import { RankingsPage } from '../../src/features/rankings';
import { DEFAULT_SCHEME, buildEngineData, evaluatePeriod, latestCompleteMonth } from '../../src/engine';
import { lastCompleteMonth, monthPeriod, type MonthlyRecord, type Office } from '../../src/domain';
import { createFormatters } from '../../src/ui/format/formatters';
import { loadDictionaryPart } from '../../src/ui';
import { servedData } from '../../mocks/scenarios';
import { mockBackend, renderApp, withLayoutSize } from '../render';

const END = lastCompleteMonth(new Date());
const backend = mockBackend('large', { endMonth: END });
withLayoutSize();
const zh = createFormatters('zh-CN');

const served = servedData('large', { endMonth: END });
const engine = buildEngineData(served.offices as Office[], served.records as MonthlyRecord[]);
const month = latestCompleteMonth(engine, new Date())!;
const atCity = evaluatePeriod(engine, DEFAULT_SCHEME, monthPeriod(month), { scopeId: 'pref' });
const nameOf = (id: string) => engine.offices[engine.officeIndex.get(id)!]!.name;
const query = () => new URLSearchParams(window.location.hash.split('?')[1] ?? '');
const bodyRows = (table: HTMLElement) => within(table).getAllByRole('row').slice(1);

describe('the prefecture and its counties', { timeout: 60_000 }, () => {
  test('overview: the counties ranked as the engine ranks them, each opening as the scope; a county has no region section', async () => {
    renderApp(<OverviewPage params={{}} />, { adapter: backend.adapter(), hash: '#/overview' });
    const heading = await screen.findByRole('heading', { name: '云岭市下辖地区排名（13 个）' }, { timeout: 30_000 });
    const section = heading.closest('section')!;
    const rows = bodyRows(within(section).getByRole('table'));
    expect(rows).toHaveLength(13);
    atCity.rankings.region.forEach((county, index) => {
      const cells = within(rows[index]!).getAllByRole('cell');
      expect(cells[2]!.textContent).toBe(county.name);
      expect(cells[0]!.textContent).toBe(county.rank === null ? '未报送' : String(county.rank));
      expect(cells[3]!.textContent!.startsWith(zh.formatScore(county.score))).toBe(true);
    });
    // The breadcrumb names the city; no township section at a city without townships of its own.
    expect(within(screen.getByRole('navigation', { name: '地区层级' })).getByText('云岭市')).toBeTruthy();
    expect(screen.queryByRole('heading', { name: '乡镇（街道）前三名' })).toBeNull();
    expect(screen.getByRole('heading', { name: '部门前三名' })).toBeTruthy();

    // A county opens as the scope, keeping the period.
    const first = atCity.rankings.region[0]!;
    const link = within(rows[0]!).getByRole('link', { name: first.name });
    expect(new URLSearchParams(link.getAttribute('href')!.split('?')[1]).get('scope')).toBe(first.officeId);
    window.location.hash = link.getAttribute('href')!;
    await waitFor(() => expect(screen.queryByRole('heading', { name: /下辖地区排名/ })).toBeNull(), { timeout: 20_000 });
    const crumbs = screen.getByRole('navigation', { name: '地区层级' });
    expect(within(crumbs).getByRole('link', { name: '云岭市' })).toBeTruthy();
    expect(within(crumbs).getByText(first.name).getAttribute('aria-current')).toBe('page');
    expect(screen.getByRole('heading', { name: '乡镇（街道）前三名' })).toBeTruthy();
  });

  test('rankings: the county tab lists the 13 counties; opening one shows its own departments only', async () => {
    await loadDictionaryPart('rankings');
    renderApp(<RankingsPage params={{}} />, { adapter: backend.adapter(), hash: '#/rankings' });
    const table = await screen.findByRole('table', { name: /下辖地区排名表/ }, { timeout: 30_000 });
    expect(bodyRows(table)).toHaveLength(13);
    const tabs = screen.getByRole('navigation', { name: '单位类型' });
    expect(
      within(tabs)
        .getByRole('link', { name: /下辖地区\s*（13）/ })
        .getAttribute('aria-current'),
    ).toBe('page');
    const departments = atCity.rankings.department.length;
    expect(within(tabs).getByRole('link', { name: new RegExp(`部门\\s*（${departments}）`) })).toBeTruthy();
    expect(within(tabs).queryByRole('link', { name: /乡镇/ })).toBeNull();

    const county = atCity.rankings.region[2]!;
    fireEvent.click(within(table).getByRole('link', { name: county.name }));
    await waitFor(() => expect(query().get('scope')).toBe(county.officeId));
    const own = await screen.findByRole('table', { name: /^部门排名表/ }, { timeout: 20_000 });
    const atCounty = evaluatePeriod(engine, DEFAULT_SCHEME, monthPeriod(month), { scopeId: county.officeId });
    const names = bodyRows(own).map((row) =>
      within(row)
        .getAllByRole('cell')[2]!
        .textContent!.replace(/数据不完整$/, ''),
    );
    expect(names).toEqual(atCounty.rankings.department.map((office) => office.name));
    for (const office of atCounty.rankings.department) expect(office.parentId).toBe(county.officeId);
  });

  test('rankings: a search at the city finds the thirteen 城东街道 in their counties’ rankings, each with its county', async () => {
    await loadDictionaryPart('rankings');
    renderApp(<RankingsPage params={{}} />, { adapter: backend.adapter(), hash: '#/rankings?kind=department&q=城东街道' });
    const found = await screen.findByRole('heading', { name: /其他排名中名称含“城东街道”的单位（13 个）/ }, { timeout: 30_000 });
    const items = within(found.closest('section')!).getAllByRole('listitem');
    expect(items).toHaveLength(13);
    const labels = items.map((item) => within(item).getAllByRole('link')[0]!.textContent);
    expect(new Set(labels).size).toBe(13);
    for (const label of labels) expect(label).toMatch(/^城东街道（.+县）$/);
  });

  test('alerts: cards by county and rule before the detail; a count lists only that county’s rule; names carry their county', async () => {
    await loadDictionaryPart('alerts');
    renderApp(<AlertsPage params={{}} />, { adapter: backend.adapter(), hash: '#/alerts' });
    const heading = await screen.findByRole('heading', { name: '分地区统计' }, { timeout: 30_000 });
    const byRegion = within(heading.closest('section')!).getByRole('table');
    const rows = [...byRegion.querySelectorAll('tbody tr')] as HTMLElement[];
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual(
      [...atCity.rankings.region.map((r) => r.officeId)].sort().map(nameOf).concat('云岭市本级'),
    );
    // The table of counts comes before the detail.
    const detail = screen.getByRole('table', { name: '红黄牌明细' });
    expect(byRegion.compareDocumentPosition(detail) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();

    const button = within(rows[0]!).getAllByRole('button')[0]!;
    const count = Number(button.textContent);
    fireEvent.click(button);
    await waitFor(() => expect(query().get('area')).toBe('pref-c01'));
    expect(query().get('rule')).not.toBeNull();
    await waitFor(() => expect(bodyRows(screen.getByRole('table', { name: '红黄牌明细' }))).toHaveLength(count));
    for (const row of bodyRows(screen.getByRole('table', { name: '红黄牌明细' }))) {
      expect(within(row).getAllByRole('cell')[2]!.textContent).toBe(nameOf('pref-c01'));
    }

    // Every township named in the detail that shares its name in the city carries its county.
    fireEvent.click(screen.getByRole('button', { name: '清除筛选' }));
    await waitFor(() => expect(query().get('area')).toBeNull());
    const repeated = new Set(['城东街道', '城西街道']);
    const names = bodyRows(screen.getByRole('table', { name: '红黄牌明细' })).map((row) => within(row).getAllByRole('cell')[1]!.textContent!);
    for (const name of names) if (repeated.has(name.replace(/（.*）$/, ''))) expect(name).toMatch(/^城[东西]街道（.+县）$/);
    expect(names.some((name) => repeated.has(name))).toBe(false);
  });
});

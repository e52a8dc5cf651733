import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { liveChartCount } from '../../../src/charts/registry';
import { ScreenPage } from '../../../src/features/screen';
import { mockBackend, renderApp } from '../../render';

const backend = mockBackend('normal');

function canvas() {
  return document.querySelector<HTMLElement>('.screen-canvas')!;
}

describe('ScreenPage', () => {
  test('draws the configured title, the period, KPI tiles with month-on-month change, and the as-of time', async () => {
    renderApp(<ScreenPage params={{}} />, {
      adapter: backend.adapter(),
      hash: '#/screen?pages=overview&rotate=0',
      config: { title: '青岚县政务服务大屏' },
    });
    expect(screen.getByRole('heading', { level: 1, name: '青岚县政务服务大屏' })).toBeTruthy();
    const tile = await screen.findByRole('region', { name: '受理件数' }, { timeout: 10_000 });
    expect(tile.querySelector('.screen-kpi-value')!.textContent).toMatch(/^\d{1,3}(,\d{3})+件$/);
    // The year to date beside the month (本年累计).
    expect(tile.querySelector('.screen-kpi-ytd')!.textContent).toMatch(/^本年累计 \d{1,3}(,\d{3})+件$/);
    expect(within(tile).getByText('环比')).toBeTruthy();
    expect(screen.getByRole('region', { name: '好评率' }).textContent).toMatch(/\d+\.\d{2}%/);
    expect(screen.getByText(/^数据更新于 \d{2}:\d{2}$/)).toBeTruthy();
    expect(document.body.textContent).not.toMatch(/NaN|undefined|Infinity/);
    // Two charts on the overview: the trend and the composition.
    expect(liveChartCount()).toBe(2);
  });

  test('space pauses and shows 已暂停; space again resumes; arrows step through the pages', async () => {
    renderApp(<ScreenPage params={{}} />, { adapter: backend.adapter(), hash: '#/screen?pages=overview,rankings,alerts&rotate=600' });
    await screen.findByRole('region', { name: '受理件数' }, { timeout: 10_000 });
    expect(screen.queryByText('已暂停')).toBeNull();
    fireEvent.keyDown(window, { key: ' ' });
    expect(await screen.findByText('已暂停')).toBeTruthy();
    fireEvent.keyDown(window, { key: ' ' });
    expect(screen.queryByText('已暂停')).toBeNull();

    fireEvent.keyDown(window, { key: 'ArrowRight' });
    expect(canvas().dataset.page).toBe('rankings');
    expect(await screen.findByRole('heading', { name: '部门综合排名' })).toBeTruthy();
    const tabs = screen.getByRole('list', { name: '轮播页面' });
    expect(within(tabs).getByText('排名').closest('li')!.getAttribute('aria-current')).toBe('page');
    fireEvent.keyDown(window, { key: 'ArrowRight' });
    expect(canvas().dataset.page).toBe('alerts');
    expect(await screen.findByRole('heading', { name: '本月红黄牌' })).toBeTruthy();
    fireEvent.keyDown(window, { key: 'ArrowLeft' });
    fireEvent.keyDown(window, { key: 'ArrowLeft' });
    expect(canvas().dataset.page).toBe('overview');
  });

  test('pages rotate by themselves; each keeps its charts while the screen is up, no more, and closing disposes them', async () => {
    const before = liveChartCount();
    const { unmount } = renderApp(<ScreenPage params={{}} />, { adapter: backend.adapter(), hash: '#/screen?pages=overview,alerts&rotate=1.5' });
    await screen.findByRole('region', { name: '受理件数' }, { timeout: 10_000 });
    // The overview's trend and composition, the alerts page's cards over time.
    expect(liveChartCount() - before).toBe(3);
    const shown = () => document.querySelector<HTMLElement>('.screen-body[data-shown="true"]')!;
    const heading = { overview: '近 12 个月走势', alerts: '本月红黄牌' } as const;
    // The rotation runs from the start, while the data loads: read where it is, then watch it move on.
    for (let step = 0; step < 2; step++) {
      const now = canvas().dataset.page as keyof typeof heading;
      const next = now === 'overview' ? 'alerts' : 'overview';
      expect(within(shown()).getByRole('heading', { name: heading[now] })).toBeTruthy();
      expect(within(shown()).queryByRole('heading', { name: heading[next] })).toBeNull();
      await waitFor(() => expect(canvas().dataset.page).toBe(next), { timeout: 3000, interval: 50 });
      expect(document.querySelectorAll('.screen-body[data-shown="true"]')).toHaveLength(1);
    }
    expect(liveChartCount() - before).toBe(3);
    unmount();
    expect(liveChartCount()).toBe(before);
  });

  test('the ranking board keeps a fixed set of rows however many offices there are', async () => {
    renderApp(<ScreenPage params={{}} />, { adapter: backend.adapter(), hash: '#/screen?pages=rankings&rotate=0' });
    const board = await screen.findByRole('group', { name: '部门综合排名' }, { timeout: 10_000 });
    // happy-dom lays nothing out: no height, so one row of room, plus the one sliding in.
    expect(board.querySelectorAll('li').length).toBeLessThanOrEqual(2);
    const townships = screen.getByRole('group', { name: '乡镇（街道）综合排名' });
    expect(townships.querySelectorAll('li').length).toBeGreaterThan(0);
  });
});

import type { Browser, Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { generateDataset } from '../../mocks/generator';
import { lastCompleteMonth } from '../../src/domain';
import { appUrl, launchChromium, openWatched } from './browser';
import { saveShot, waitForScreenPage } from './screen-layout';

/**
 * The big screen as a hall's staff operate it, in Chromium: tabs, keys, help, full screen and the
 * way out; the settings panel, kept in the browser and in a link; the map from the deployer's
 * GeoJSON and from tiles; a red card that appears while the screen runs.
 */

const VIEWPORT = { width: 1920, height: 1080 };
/** The demo's newest month (reported by some offices only), as the header writes it: 2026年11月. */
const NEWEST_MONTH = (() => {
  const [year, month] = lastCompleteMonth(new Date()).split('-');
  return `${year}年${Number(month)}月`;
})();
let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const shownPage = (page: Page) => page.$eval('.screen-canvas', (element) => (element as HTMLElement).dataset.page);
const tabNames = (page: Page) => page.$$eval('.screen-tab button', (buttons) => buttons.map((button) => (button.textContent ?? '').trim()));

/** The pointer moves: the controls come back (they fade when it rests). */
async function wakeControls(page: Page): Promise<void> {
  await page.mouse.move(900, 500);
  await page.mouse.move(960, 540);
  await page.waitForSelector('.screen-controls[data-hidden="false"]');
}

describe('operating the screen without editing the link', () => {
  test('page tabs click, 1–9 and the arrows step, ? shows the keys; full screen enters and leaves; 退出大屏 goes back to the everyday screens', async () => {
    const { page, context, consoleErrors } = await openWatched(browser, { viewport: VIEWPORT });
    try {
      await page.goto(appUrl('/screen?pages=overview,map,rankings,alerts&rotate=0'));
      await waitForScreenPage(page, 'overview');
      expect(await tabNames(page)).toEqual(['总览', '地图', '排名', '红黄牌']);

      await page.locator('.screen-tab button', { hasText: '排名' }).click();
      await waitForScreenPage(page, 'rankings');
      expect(await page.locator('.screen-tab[aria-current="page"]').textContent()).toContain('排名');
      await page.keyboard.press('2');
      await waitForScreenPage(page, 'map');
      await page.keyboard.press('ArrowRight');
      expect(await shownPage(page)).toBe('rankings');
      await page.keyboard.press('ArrowLeft');
      await page.keyboard.press('ArrowLeft');
      expect(await shownPage(page)).toBe('overview');

      await page.keyboard.press('?');
      const help = page.locator('.screen-help');
      await help.waitFor();
      for (const words of ['空格', '暂停 / 继续轮播', '直接切换到第 1–9 页', '进入 / 退出全屏', '打开大屏设置'])
        expect(await help.textContent()).toContain(words);
      await saveShot(page, 'screen-help-1920x1080');
      await page.keyboard.press('Escape');
      await help.waitFor({ state: 'detached' });

      // Full screen through the Fullscreen API, and back.
      await wakeControls(page);
      await page.getByRole('button', { name: '全屏', exact: true }).click();
      await page.waitForFunction(() => document.fullscreenElement !== null);
      await wakeControls(page);
      const leave = page.getByRole('button', { name: '退出全屏' });
      expect(await leave.getAttribute('aria-pressed')).toBe('true');
      await leave.click();
      await page.waitForFunction(() => document.fullscreenElement === null);

      // F does the same from a keyboard or a remote.
      await page.keyboard.press('f');
      await page.waitForFunction(() => document.fullscreenElement !== null);

      // The way out leaves full screen too, and lands on the everyday overview.
      await wakeControls(page);
      await page.getByRole('link', { name: '退出大屏' }).click();
      await page.waitForFunction(() => !location.hash.startsWith('#/screen'));
      await page.waitForFunction(() => document.fullscreenElement === null);
      await page.waitForSelector('a[href^="#/screen"]', { timeout: 30_000 });
      expect(await page.locator('.screen-canvas').count()).toBe(0);
      expect(consoleErrors).toEqual([]);
    } finally {
      await context.close();
    }
  }, 90_000);

  test('the settings panel: the choices survive a reload, and the link it gives reproduces them in a browser that never saw them', async () => {
    const first = await openWatched(browser, { viewport: VIEWPORT });
    let link = '';
    try {
      const { page } = first;
      await page.goto(appUrl('/screen'));
      await waitForScreenPage(page, 'overview');
      // The defaults: every page a county has, 20 s a page, dark.
      expect(await tabNames(page)).toEqual(['总览', '地图', '排名', '好差评', '12345热线', '红黄牌']);
      expect(await page.locator('.screen-root').getAttribute('data-theme')).toBe('dark');
      // A public wall opens on the last month every office reported, and says which one is pending.
      expect(await page.locator('.screen-header').textContent()).toContain(`${NEWEST_MONTH.replace(/^\d+年/, '')}数据尚未报齐`);

      await wakeControls(page);
      await page.getByRole('button', { name: '设置', exact: true }).click();
      const dialog = page.getByRole('dialog', { name: '大屏设置' });
      await dialog.waitFor();
      await saveShot(page, 'screen-settings-1920x1080');
      // Off: 好差评 and 12345热线; 红黄牌 moved up to second.
      const row = (name: string) => dialog.locator('.screen-page-order li', { hasText: name });
      await row('好差评').locator('input[type="checkbox"]').uncheck();
      await row('12345热线').locator('input[type="checkbox"]').uncheck();
      for (let step = 0; step < 3; step++) await dialog.getByRole('button', { name: '将“红黄牌”上移' }).click();
      await dialog.locator('label', { hasText: '每页停留（秒）' }).locator('input').fill('45');
      await dialog.getByRole('radio', { name: '浅色' }).check();
      await dialog.getByRole('radio', { name: '当月（进行中，可能未报齐）' }).check();
      link = await dialog.locator('.screen-settings-link input').inputValue();
      await dialog.getByRole('button', { name: '保存并应用' }).click();
      await dialog.waitFor({ state: 'detached' });

      const expectChosen = async (target: Page) => {
        await waitForScreenPage(target, 'overview');
        expect(await tabNames(target)).toEqual(['总览', '红黄牌', '地图', '排名']);
        expect(await target.locator('.screen-root').getAttribute('data-theme')).toBe('light');
        // The newest month, not yet reported by every office: no longer the last complete one.
        const header = (await target.locator('.screen-header').textContent()) ?? '';
        expect(header).toContain(NEWEST_MONTH);
        expect(header).not.toContain('尚未报齐');
      };
      await expectChosen(page);
      expect(decodeURIComponent(page.url())).toContain('pages=overview,alerts,map,rankings');
      expect(decodeURIComponent(page.url())).toContain('rotate=45');

      // The hall PC restarts on the bare address: what staff saved is still there.
      await page.goto(appUrl('/screen'));
      await page.reload();
      await expectChosen(page);
      await saveShot(page, 'screen-overview-light-1920x1080');
      expect(first.consoleErrors).toEqual([]);
    } finally {
      await first.context.close();
    }

    // Another PC: nothing stored, only the link.
    const other = await openWatched(browser, { viewport: VIEWPORT });
    try {
      expect(link).toContain('#/screen?');
      await other.page.goto(link);
      await waitForScreenPage(other.page, 'overview');
      expect(await other.page.evaluate(() => localStorage.getItem('spd.screen.settings.v1'))).toBeNull();
      expect(await tabNames(other.page)).toEqual(['总览', '红黄牌', '地图', '排名']);
      expect(await other.page.locator('.screen-root').getAttribute('data-theme')).toBe('light');
      expect(other.consoleErrors).toEqual([]);
    } finally {
      await other.context.close();
    }
  }, 120_000);
});

describe('the map page', () => {
  test('drawn from the deployer’s GeoJSON: one shape per township, named, its source stated; a click picks a township', async () => {
    const { page, context, consoleErrors } = await openWatched(browser, { viewport: VIEWPORT });
    try {
      await page.goto(appUrl('/screen?pages=map&rotate=0'));
      await waitForScreenPage(page, 'map');
      const map = page.locator('.screen-body[data-shown="true"] .screen-map');
      const shapes = await map.locator('path.screen-map-region[data-office]').count();
      expect(shapes).toBe(12);
      expect(await page.locator('.screen-body[data-shown="true"]').textContent()).toContain('边界：青岚县乡镇（街道）示意边界（虚构）');
      // Irregular outlines, not tiles: a boundary has more corners than a square.
      const corners = await map.locator('path.screen-map-region').first().getAttribute('d');
      expect((corners ?? '').split('L').length).toBeGreaterThan(5);
      // A click on a township's label shows its figures beside the map.
      const label = map.locator('.screen-map-label', { hasText: '龙集镇' });
      await label.click();
      await page.waitForFunction(() => document.querySelector('.screen-body[data-shown="true"] .screen-column')?.textContent?.includes('龙集镇'));
      expect(consoleErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test('without a boundary file (config.json has no map): equal tiles from the tree, one per township, and it says so', async () => {
    const { page, context, consoleErrors } = await openWatched(browser, { viewport: VIEWPORT });
    try {
      await page.route('**/config.json', async (route: Route) => {
        const response = await route.fetch();
        const config = (await response.json()) as Record<string, unknown>;
        delete config.map;
        await route.fulfill({ response, body: JSON.stringify(config) });
      });
      await page.goto(appUrl('/screen?pages=map&rotate=0'));
      await waitForScreenPage(page, 'map');
      const map = page.locator('.screen-body[data-shown="true"] .screen-map');
      expect(await map.locator('path.screen-map-region[data-office]').count()).toBe(12);
      expect(await page.locator('.screen-body[data-shown="true"]').textContent()).toContain('方块示意图');
      // Tiles: every shape the same size.
      const sizes = await map.locator('path.screen-map-region[data-office]').evaluateAll((paths) =>
        paths.map((path) => {
          const box = (path as SVGGraphicsElement).getBBox();
          return `${Math.round(box.width)}×${Math.round(box.height)}`;
        }),
      );
      expect(new Set(sizes).size).toBe(1);
      await saveShot(page, 'screen-map-tiles-1920x1080');
      expect(consoleErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

/** A backend on the page's origin whose data the test changes between refreshes. */
function changingBackend() {
  const data = generateDataset({ scenario: 'normal', endMonth: lastCompleteMonth(new Date()) });
  let records = data.records;
  const handle = async (route: Route) => {
    const url = new URL(route.request().url());
    if (url.pathname.endsWith('/offices')) {
      await route.fulfill({ contentType: 'application/json', body: JSON.stringify({ offices: data.offices }) });
    } else if (url.pathname.endsWith('/records')) {
      const from = url.searchParams.get('from') ?? '';
      const to = url.searchParams.get('to') ?? '';
      await route.fulfill({
        contentType: 'application/json',
        body: JSON.stringify({ records: records.filter((record) => record.month >= from && record.month <= to) }),
      });
    } else {
      await route.fulfill({ status: 404, contentType: 'application/json', body: JSON.stringify({ error: 'not-found', detail: 'no scheme' }) });
    }
  };
  /** A township that has no red card in any month gets items completed late in every month. */
  const lateItemsAt = (): { officeId: string; name: string } => {
    const clean = data.offices.find(
      (office) =>
        office.kind === 'township' &&
        records.filter((record) => record.officeId === office.id).every((record) => !record.overdue && !record.overdueOpen && !record.badReviewsOverdue),
    )!;
    records = records.map((record) =>
      record.officeId === clean.id && typeof record.completedOnTime === 'number' && record.completedOnTime >= 3
        ? { ...record, overdue: 3, completedOnTime: record.completedOnTime - 3 }
        : record,
    );
    return { officeId: clean.id, name: clean.name };
  };
  return { handle, lateItemsAt };
}

describe('a red card that appears while the screen runs', () => {
  test('runs in the ticker across the bottom of every page, pulses on the map, and is marked 新增红牌 on the alerts page', async () => {
    const backend = changingBackend();
    const { page, context, consoleErrors } = await openWatched(browser, { viewport: VIEWPORT });
    try {
      await page.route('**/e2e-api/**', backend.handle);
      await page.goto(appUrl('/screen?pages=map,overview,alerts&rotate=0&refresh=2', 'source=http&baseUrl=e2e-api'));
      await waitForScreenPage(page, 'map');
      expect(await page.locator('.screen-ticker').count()).toBe(0);

      const office = backend.lateItemsAt();
      const ticker = page.locator('.screen-ticker');
      await ticker.waitFor({ timeout: 15_000 });
      const text = (await ticker.textContent()) ?? '';
      expect(text).toContain('新增红牌 1');
      expect(text).toContain(office.name);
      expect(text).toContain('超期办结');
      expect(text).toMatch(/\d{2}:\d{2} 起/);
      await page.waitForSelector(`.screen-body[data-shown="true"] .screen-map-pulse[data-pulse="${office.officeId}"]`);
      await saveShot(page, 'screen-map-new-red-card-1920x1080');

      // Every page has it.
      await page.keyboard.press('2');
      await waitForScreenPage(page, 'overview');
      expect(await page.locator('.screen-ticker').textContent()).toContain(office.name);
      await page.keyboard.press('3');
      await waitForScreenPage(page, 'alerts');
      expect(await page.locator('.screen-body[data-shown="true"]').textContent()).toContain('新增红牌');
      await saveShot(page, 'screen-alerts-new-red-card-1920x1080');
      expect(consoleErrors).toEqual([]);
    } finally {
      await context.close();
    }
  }, 90_000);
});

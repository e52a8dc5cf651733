import type { Browser, Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { generateDataset } from '../../mocks/generator';
import { lastCompleteMonth } from '../../src/domain';
import { appUrl, axeViolations, isOutageLine, launchChromium, openWatched, type WatchedPage } from './browser';
import { measureLayout, probeCanvasText, saveShot, waitForScreenPage, type ScreenPageId } from './screen-layout';

/**
 * The big screen in Chromium: the canvas at three display sizes, rotation, pause, and a backend
 * that goes away and comes back. A wall screen's console must stay clean; the only lines allowed
 * are the browser's own log of the data requests that fail while the backend is down on purpose.
 */

const VIEWPORTS = [
  { width: 1920, height: 1080 },
  { width: 1366, height: 768 },
  { width: 3840, height: 2160 },
] as const;
/** The pages a county shows (the county comparison needs a prefecture). */
const PAGES = ['overview', 'map', 'rankings', 'reviews', 'hotline', 'alerts'] as const;
let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** What Chromium logs by itself for a data request that fails (503, or the connection refused). */
const waitForPage = (page: Page, pageId: ScreenPageId) => waitForScreenPage(page, pageId);

async function openScreen(viewport: { width: number; height: number }, hash: string, search = '', deviceScaleFactor = 1): Promise<WatchedPage> {
  const watched = await openWatched(browser, { viewport, deviceScaleFactor });
  await probeCanvasText(watched.context);
  await watched.page.goto(appUrl(hash, search));
  return watched;
}

/**
 * Every page, and where it is shown: the county comparison needs a prefecture (the large
 * scenario), and the map is drawn there too, with counties.
 */
const LAYOUT_CASES: { page: ScreenPageId; search: string; scope?: string; name: string }[] = [
  { page: 'overview', search: '', name: 'overview' },
  { page: 'map', search: '', name: 'map' },
  { page: 'rankings', search: '', name: 'rankings' },
  { page: 'reviews', search: '', name: 'reviews' },
  { page: 'hotline', search: '', name: 'hotline' },
  { page: 'alerts', search: '', name: 'alerts' },
  { page: 'regions', search: 'scenario=large', name: 'regions-prefecture' },
  { page: 'map', search: 'scenario=large', name: 'map-prefecture' },
];

describe('big screen layout', () => {
  for (const viewport of VIEWPORTS) {
    for (const layoutCase of LAYOUT_CASES) {
      const pageId = layoutCase.page;
      test(`${layoutCase.name} at ${viewport.width}×${viewport.height}: fills the viewport, nothing overflows, is cut or collides; text readable from 3 m; charts at full resolution`, async () => {
        const { page, context, consoleErrors, foreignRequests } = await openScreen(viewport, `/screen?pages=${pageId}&rotate=0`, layoutCase.search);
        try {
          await waitForPage(page, pageId);
          // The controls show for a few seconds after the screen opens, then fade: the wall as it stays.
          await page.waitForSelector('.screen-controls[data-hidden="true"]', { state: 'attached', timeout: 15_000 });
          await page.waitForTimeout(500); // their 0.4 s fade
          const layout = await page.evaluate(measureLayout);
          await saveShot(page, `screen-${layoutCase.name}-${viewport.width}x${viewport.height}`);
          expect(layout.problems).toEqual([]);
          expect(layout.collisions).toEqual([]);
          expect(layout.texts).toBeGreaterThan(10);
          // 16:9 viewports: the canvas is the whole viewport, to the pixel.
          expect(Math.abs(layout.canvas.width - viewport.width)).toBeLessThan(1);
          expect(Math.abs(layout.canvas.height - viewport.height)).toBeLessThan(1);
          // Read from 3 m: no text, in HTML or in a chart, under 1/60 of the screen's height.
          expect(layout.smallestText.px, layout.smallestText.what).toBeGreaterThanOrEqual(viewport.height / 60 - 0.05);
          const unit = Math.min(viewport.width / 1920, viewport.height / 1080);
          // Headline figures: at least 64 px on the 1080 canvas, scaled with it.
          for (const size of layout.kpiFontPx) expect(size).toBeGreaterThanOrEqual(64 * unit - 0.5);
          if (pageId === 'overview') expect(layout.kpiFontPx).toHaveLength(5);
          // Laid out at real size, never transformed: each chart's backing store is its CSS size.
          for (const chart of layout.charts) {
            expect(Math.abs(chart.pixelWidth - Math.round(chart.cssWidth))).toBeLessThanOrEqual(1);
            expect(Math.abs(chart.pixelHeight - Math.round(chart.cssHeight))).toBeLessThanOrEqual(1);
            expect(chart.cssWidth).toBeGreaterThan(300 * unit);
          }
          const transform = await page.$eval('.screen-canvas', (element) => getComputedStyle(element).transform);
          expect(transform).toBe('none');
          expect(await page.evaluate(() => window.__spdDiagnostics?.liveCharts())).toBe(layout.charts.length);
          expect(consoleErrors).toEqual([]);
          expect(foreignRequests).toEqual([]);
        } finally {
          await context.close();
        }
      }, 90_000);
    }
  }

  test('at a device pixel ratio of 2 (a 4K panel at 200%), charts are drawn with twice the pixels', async () => {
    const { page, context, consoleErrors } = await openScreen({ width: 1920, height: 1080 }, '/screen?pages=overview&rotate=0', '', 2);
    try {
      await waitForPage(page, 'overview');
      const layout = await page.evaluate(measureLayout);
      expect(layout.problems).toEqual([]);
      for (const chart of layout.charts) expect(Math.abs(chart.pixelWidth - Math.round(chart.cssWidth * 2))).toBeLessThanOrEqual(2);
      expect(consoleErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test('scale modes on a 4:3 display: fit letterboxes, fill and width cover it; nothing spills in any', async () => {
    const viewport = { width: 1280, height: 960 };
    for (const scale of ['fit', 'fill', 'width'] as const) {
      const { page, context, consoleErrors } = await openScreen(viewport, `/screen?pages=overview&rotate=0&scale=${scale}`);
      try {
        await waitForPage(page, 'overview');
        const layout = await page.evaluate(measureLayout);
        expect(layout.problems).toEqual([]);
        expect(layout.canvas.width).toBeCloseTo(1280, 0);
        if (scale === 'fit') {
          expect(layout.canvas.height).toBeCloseTo(720, 0);
          expect(layout.canvas.top).toBeCloseTo(120, 0);
        } else {
          expect(layout.canvas.height).toBeCloseTo(960, 0);
          expect(layout.canvas.top).toBeCloseTo(0, 0);
        }
        expect(consoleErrors).toEqual([]);
      } finally {
        await context.close();
      }
    }
  });

  test('a window resized while running re-lays the canvas out (no reload)', async () => {
    const { page, context, consoleErrors } = await openScreen({ width: 1366, height: 768 }, '/screen?pages=alerts&rotate=0');
    try {
      await waitForPage(page, 'alerts');
      await page.setViewportSize({ width: 1920, height: 1080 });
      await page.waitForTimeout(500);
      const layout = await page.evaluate(measureLayout);
      expect(layout.problems).toEqual([]);
      expect(layout.canvas.width).toBeCloseTo(1920, 0);
      expect(consoleErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test('no serious or critical accessibility violations', async () => {
    const { page, context } = await openScreen({ width: 1920, height: 1080 }, `/screen?pages=${PAGES.join(',')}&rotate=0`);
    try {
      await waitForPage(page, 'overview');
      for (const pageId of PAGES) {
        if (pageId !== 'overview') {
          await page.keyboard.press('ArrowRight');
          await waitForPage(page, pageId);
        }
        const violations = await axeViolations(page);
        expect(violations, pageId).toEqual([]);
      }
    } finally {
      await context.close();
    }
  }, 120_000);
});

describe('rotation and pause', () => {
  test('pages rotate on time, space pauses with a visible 已暂停 and resumes, the boards keep a fixed number of rows', async () => {
    const { page, context, consoleErrors } = await openScreen({ width: 1920, height: 1080 }, '/screen?pages=overview,rankings,alerts&rotate=4');
    try {
      await waitForPage(page, 'overview');
      const seen: string[] = [];
      const started = Date.now();
      await page.waitForSelector('.screen-canvas[data-page="rankings"]', { timeout: 6_000 });
      await page.waitForSelector('.screen-rank-row');
      seen.push('rankings');
      const rows = await page.evaluate(() => [...document.querySelectorAll('[data-scroller]')].map((board) => board.querySelectorAll('li').length));
      await page.waitForSelector('.screen-canvas[data-page="alerts"]', { timeout: 6_000 });
      seen.push('alerts');
      expect(Date.now() - started).toBeGreaterThan(3_500);
      await page.waitForSelector('.screen-canvas[data-page="overview"]', { timeout: 6_000 });
      expect(seen).toEqual(['rankings', 'alerts']);
      // 26 departments on a board with room for about 13: the rows on screen plus the one sliding in.
      expect(rows[0]).toBeLessThan(26);

      await page.keyboard.press('Space');
      await page.waitForSelector('text=已暂停');
      const pausedOn = await page.$eval('.screen-canvas', (element) => (element as HTMLElement).dataset.page);
      await page.waitForTimeout(4_000);
      expect(await page.$eval('.screen-canvas', (element) => (element as HTMLElement).dataset.page)).toBe(pausedOn);
      expect(await page.evaluate(() => window.__spdDiagnostics?.paused())).toBe(true);
      await page.keyboard.press('Space');
      await page.waitForFunction(() => !document.body.textContent?.includes('已暂停'));
      await page.waitForFunction((previous) => (document.querySelector('.screen-canvas') as HTMLElement).dataset.page !== previous, pausedOn, {
        timeout: 5_000,
      });
      expect(consoleErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test('the ranking board scrolls through every department without adding elements', async () => {
    const { page, context, consoleErrors } = await openScreen({ width: 1920, height: 1080 }, '/screen?pages=rankings&rotate=0');
    try {
      await waitForPage(page, 'rankings');
      const board = page.locator('[data-scroller]').first();
      const count = () => board.locator('li').count();
      const before = await count();
      const firstNames = new Set<string>();
      for (let step = 0; step < 4; step++) {
        firstNames.add((await board.locator('li').first().locator('.screen-name').textContent()) ?? '');
        await page.waitForTimeout(3_800);
        expect(await count()).toBe(before);
      }
      // Each step brings the next office to the top.
      expect(firstNames.size).toBeGreaterThanOrEqual(3);
      // Hover holds it.
      await board.hover();
      const held = await board.locator('li').first().textContent();
      await page.waitForTimeout(4_000);
      expect(await board.locator('li').first().textContent()).toBe(held);
      expect(consoleErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

/** A backend of our own on the page's origin (source=http), switched off and on by the test. */
function controllableBackend() {
  const endMonth = lastCompleteMonth(new Date());
  const data = generateDataset({ scenario: 'normal', endMonth });
  let down = false;
  const handle = async (route: Route) => {
    const url = new URL(route.request().url());
    if (down) {
      await route.fulfill({ status: 503, contentType: 'application/json', body: JSON.stringify({ error: 'unavailable', detail: 'down for the test' }) });
      return;
    }
    if (url.pathname.endsWith('/offices')) {
      await route.fulfill({ contentType: 'application/json', body: JSON.stringify({ offices: data.offices }) });
    } else if (url.pathname.endsWith('/records')) {
      const from = url.searchParams.get('from') ?? '';
      const to = url.searchParams.get('to') ?? '';
      const records = data.records.filter((record) => record.month >= from && record.month <= to);
      await route.fulfill({ contentType: 'application/json', body: JSON.stringify({ records }) });
    } else {
      await route.fulfill({ status: 404, contentType: 'application/json', body: JSON.stringify({ error: 'not-found', detail: 'no scheme' }) });
    }
  };
  return { handle, setDown: (value: boolean) => (down = value) };
}

describe('refresh through an outage', () => {
  test('a failed refresh keeps the numbers and says 数据更新于 HH:mm（连接中断）; the screen recovers by itself', async () => {
    const backend = controllableBackend();
    const watched = await openWatched(browser, { viewport: { width: 1920, height: 1080 } });
    const { page, context, consoleErrors } = watched;
    try {
      await page.route('**/e2e-api/**', backend.handle);
      await page.goto(appUrl('/screen?pages=overview&rotate=0&refresh=2', 'source=http&baseUrl=e2e-api'));
      await waitForPage(page, 'overview');
      const figure = await page.locator('.screen-kpi-value').first().textContent();
      await page.waitForSelector('text=/^数据更新于 \\d{2}:\\d{2}$/');

      backend.setDown(true);
      await page.waitForSelector('text=/^数据更新于 \\d{2}:\\d{2}（连接中断）$/', { timeout: 10_000 });
      expect(await page.locator('.screen-kpi-value').first().textContent()).toBe(figure);
      expect(await page.locator('.screen-asof').getAttribute('class')).toContain('stale');
      const urlBefore = page.url();

      backend.setDown(false);
      await page.waitForSelector('text=/^数据更新于 \\d{2}:\\d{2}$/', { timeout: 15_000 });
      expect(await page.locator('.screen-kpi-value').first().textContent()).toBe(figure);
      expect(page.url()).toBe(urlBefore);
      expect(consoleErrors.filter((line) => !isOutageLine(line))).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test("the mock outage scenario (down 10 s, up 25 s, down 10 s on the demo's ?outage= clock): connecting, data, stale notice, recovery — no reload", async () => {
    const { page, context, consoleErrors } = await openScreen(
      { width: 1366, height: 768 },
      '/screen?pages=overview&rotate=0&refresh=5',
      'scenario=outage&outage=10,25',
    );
    try {
      // Down for the first 10 s: the screen says it is connecting and keeps trying.
      await page.waitForSelector('text=正在连接数据源…', { timeout: 10_000 });
      await page.waitForSelector('text=/已连续失败 \\d+ 次/', { timeout: 10_000 });
      await page.waitForSelector('.screen-kpi-value', { timeout: 30_000 });
      await waitForPage(page, 'overview');
      await page.waitForSelector('text=/^数据更新于 \\d{2}:\\d{2}$/');
      // Down again from 35 s: the numbers stay, with the notice.
      await page.waitForSelector('text=/（连接中断）$/', { timeout: 45_000 });
      expect(await page.locator('.screen-kpi-value').count()).toBe(5);
      // Up again from 45 s: back-off 5, 10, 20 s … capped at the 5 s refresh.
      await page.waitForSelector('text=/^数据更新于 \\d{2}:\\d{2}$/', { timeout: 30_000 });
      expect(consoleErrors.filter((line) => !isOutageLine(line))).toEqual([]);
    } finally {
      await context.close();
    }
  }, 120_000);
});

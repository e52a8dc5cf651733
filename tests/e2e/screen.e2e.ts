import type { Browser, Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { generateDataset } from '../../mocks/generator';
import { lastCompleteMonth } from '../../src/domain';
import { axeViolations, appUrl, launchChromium, openWatched, type WatchedPage } from './browser';

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
const PAGES = ['overview', 'rankings', 'alerts'] as const;
let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** What Chromium logs by itself for a data request that fails (503, or the connection refused). */
function isOutageLine(line: string): boolean {
  return /(status of 503|net::ERR_FAILED|Failed to fetch)/.test(line) && /\/(offices|records|scheme|capabilities)\b/.test(line);
}

async function waitForPage(page: Page, pageId: (typeof PAGES)[number]): Promise<void> {
  await page.waitForSelector(`.screen-canvas[data-page="${pageId}"]`);
  const ready: Record<(typeof PAGES)[number], string> = {
    overview: '.screen-kpi-value',
    rankings: '.screen-rank-row',
    alerts: '.screen-figure-value',
  };
  await page.waitForSelector(ready[pageId], { timeout: 30_000 });
  const charts = pageId === 'overview' ? 2 : pageId === 'alerts' ? 1 : 0;
  await page.waitForFunction((count) => document.querySelectorAll('.screen-chart canvas').length >= count, charts);
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  // Charts draw on the next frames after setOption.
  await page.waitForTimeout(300);
}

interface LayoutReport {
  problems: string[];
  canvas: { left: number; top: number; width: number; height: number };
  texts: number;
  kpiFontPx: number[];
  charts: { cssWidth: number; cssHeight: number; pixelWidth: number; pixelHeight: number }[];
  boardRows: number[];
}

/**
 * Measured in the page: nothing leaves the canvas or its panel, the document does not scroll, no
 * panel hides content behind its overflow, and no text is cut (scrollWidth ≤ clientWidth). Rows
 * of a scrolling board move through a window by design: they are checked across, not up and down.
 */
function measureLayout(): LayoutReport {
  const problems: string[] = [];
  const canvas = document.querySelector<HTMLElement>('.screen-canvas')!;
  const box = canvas.getBoundingClientRect();
  const root = document.documentElement;
  if (root.scrollWidth > root.clientWidth || root.scrollHeight > root.clientHeight) {
    problems.push(`document scrolls: ${root.scrollWidth}×${root.scrollHeight} in ${root.clientWidth}×${root.clientHeight}`);
  }
  if (document.body.scrollHeight > window.innerHeight || document.body.scrollWidth > window.innerWidth) problems.push('body larger than the viewport');
  const slack = 1;
  if (box.left < -slack || box.top < -slack || box.right > window.innerWidth + slack || box.bottom > window.innerHeight + slack) {
    problems.push(`canvas outside the viewport: ${JSON.stringify(box)}`);
  }
  const describe = (element: Element) => {
    const text = (element.textContent ?? '').trim().slice(0, 30);
    return `${element.tagName.toLowerCase()}.${[...element.classList].join('.')} "${text}"`;
  };
  const inside = (inner: DOMRect, outer: DOMRect, vertical = true) =>
    inner.left >= outer.left - slack && inner.right <= outer.right + slack && (!vertical || (inner.top >= outer.top - slack && inner.bottom <= outer.bottom + slack));

  // (A board's window holds one row more than it shows, by design: it is not among these.)
  for (const container of canvas.querySelectorAll<HTMLElement>('.screen-canvas, .screen-body, .screen-page, .screen-row, .screen-column, .screen-panel, .screen-header')) {
    if (container.scrollHeight > container.clientHeight + slack || container.scrollWidth > container.clientWidth + slack) {
      problems.push(`content overflows ${describe(container)}: ${container.scrollWidth}×${container.scrollHeight} in ${container.clientWidth}×${container.clientHeight}`);
    }
  }
  if (canvas.scrollHeight > canvas.clientHeight + slack) problems.push('canvas content taller than the canvas');

  let texts = 0;
  for (const element of canvas.querySelectorAll<HTMLElement>('*')) {
    const style = getComputedStyle(element);
    if (style.display === 'none' || style.visibility === 'hidden') continue;
    const rect = element.getBoundingClientRect();
    if (rect.width === 0 && rect.height === 0) continue;
    const row = element.closest('[data-scroller] .screen-window > *');
    const panel = element.closest('.screen-panel, .screen-header');
    if (!inside(rect, box, !row)) problems.push(`outside the canvas: ${describe(element)}`);
    if (panel && panel !== element && !inside(rect, panel.getBoundingClientRect(), !row)) problems.push(`outside its panel: ${describe(element)}`);
    const hasText = [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && (node.textContent ?? '').trim() !== '');
    if (!hasText) continue;
    texts++;
    // Across: the width the text needs fits. Up and down, a CJK font's ascent + descent (about
    // 1.45 em) exceeds a 1.3 line box without any ink outside it: 0.2 em of that is not a cut.
    const fontSize = parseFloat(style.fontSize);
    if (style.display !== 'inline' && (element.scrollWidth > element.clientWidth + slack || element.scrollHeight > element.clientHeight + 0.2 * fontSize)) {
      problems.push(`text cut: ${describe(element)} ${element.scrollWidth}×${element.scrollHeight} in ${element.clientWidth}×${element.clientHeight}`);
    }
  }

  const kpiFontPx = [...canvas.querySelectorAll('.screen-kpi-value')].map((element) => parseFloat(getComputedStyle(element).fontSize));
  const charts = [...canvas.querySelectorAll('.screen-chart canvas')].map((element) => {
    const chart = element as HTMLCanvasElement;
    const rect = chart.getBoundingClientRect();
    return { cssWidth: rect.width, cssHeight: rect.height, pixelWidth: chart.width, pixelHeight: chart.height };
  });
  const boardRows = [...canvas.querySelectorAll('[data-scroller]')].map((board) => board.querySelectorAll('li').length);
  return { problems, canvas: { left: box.left, top: box.top, width: box.width, height: box.height }, texts, kpiFontPx, charts, boardRows };
}

async function openScreen(viewport: { width: number; height: number }, hash: string, search = '', deviceScaleFactor = 1): Promise<WatchedPage> {
  const watched = await openWatched(browser, { viewport, deviceScaleFactor });
  await watched.page.goto(appUrl(hash, search));
  return watched;
}

describe('big screen layout', () => {
  for (const viewport of VIEWPORTS) {
    for (const pageId of PAGES) {
      test(`${pageId} at ${viewport.width}×${viewport.height}: fills the viewport, nothing overflows or is cut, charts drawn at full resolution`, async () => {
        const { page, context, consoleErrors, foreignRequests } = await openScreen(viewport, `/screen?pages=${pageId}&rotate=0`);
        try {
          await waitForPage(page, pageId);
          const layout = await page.evaluate(measureLayout);
          expect(layout.problems).toEqual([]);
          expect(layout.texts).toBeGreaterThan(10);
          // 16:9 viewports: the canvas is the whole viewport, to the pixel.
          expect(Math.abs(layout.canvas.width - viewport.width)).toBeLessThan(1);
          expect(Math.abs(layout.canvas.height - viewport.height)).toBeLessThan(1);
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
      });
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
    const { page, context } = await openScreen({ width: 1920, height: 1080 }, '/screen?pages=overview,rankings,alerts&rotate=0');
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
  });
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
      await page.waitForFunction((previous) => (document.querySelector('.screen-canvas') as HTMLElement).dataset.page !== previous, pausedOn, { timeout: 5_000 });
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

  test(
    'the mock outage scenario (down 30 s, up 90 s, down 30 s): connecting, data, stale notice, recovery — no reload',
    async () => {
      const { page, context, consoleErrors } = await openScreen({ width: 1366, height: 768 }, '/screen?pages=overview&rotate=0&refresh=5', 'scenario=outage');
      try {
        // Down for the first 30 s: the screen says it is connecting and keeps trying.
        await page.waitForSelector('text=正在连接数据源…', { timeout: 20_000 });
        await page.waitForSelector('text=/已连续失败 \\d+ 次/', { timeout: 20_000 });
        await page.waitForSelector('.screen-kpi-value', { timeout: 60_000 });
        await waitForPage(page, 'overview');
        await page.waitForSelector('text=/^数据更新于 \\d{2}:\\d{2}$/');
        // Down again from 120 s: the numbers stay, with the notice.
        await page.waitForSelector('text=/（连接中断）$/', { timeout: 120_000 });
        expect(await page.locator('.screen-kpi-value').count()).toBe(5);
        // Up again from 150 s: back-off 5, 10, 20 s … capped at the 5 s refresh.
        await page.waitForSelector('text=/^数据更新于 \\d{2}:\\d{2}$/', { timeout: 60_000 });
        expect(consoleErrors.filter((line) => !isOutageLine(line))).toEqual([]);
      } finally {
        await context.close();
      }
    },
    240_000,
  );
});

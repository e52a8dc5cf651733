import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Locator, Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { generateDataset } from '../../mocks/generator';
import { lastCompleteMonth } from '../../src/domain';
import { appUrl, isOutageLine, launchChromium, openWatched, settle } from './browser';

/**
 * The everyday screens as a leader opens them: the overview answers "how are we doing" above the
 * fold (verdict, offices with red cards, the bottom three with their 失分项), the rankings carry
 * the reason beside each rank, and an outage passes without a reload. Screenshots go to the
 * ignored tests/e2e/artifacts/ folder, to be looked at.
 */

const ARTIFACTS = path.resolve(import.meta.dirname, 'artifacts');
let browser: Browser;
beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** The element's box lies wholly within the first screen (no scrolling: the page is at its top). */
async function aboveTheFold(page: Page, locator: Locator): Promise<boolean> {
  const box = await locator.boundingBox();
  const viewport = page.viewportSize()!;
  const scrollY = await page.evaluate(() => window.scrollY);
  return box !== null && scrollY === 0 && box.y >= 0 && box.y + box.height <= viewport.height && box.width > 0;
}

const SIZES = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
] as const;

describe('the first screen answers "how are we doing"', () => {
  for (const viewport of SIZES) {
    test(`overview at ${viewport.width}×${viewport.height}: the verdict, the offices with red cards and the bottom three with their lost points without scrolling`, async () => {
      const { page, context, consoleErrors } = await openWatched(browser, { viewport });
      try {
        await page.goto(appUrl('/overview'));
        await page.locator('[data-verdict]').waitFor();
        await settle(page);
        await page.screenshot({ path: path.join(ARTIFACTS, `overview-${viewport.width}x${viewport.height}.png`) });

        const verdict = page.locator('[data-verdict]');
        expect(await verdict.innerText()).toMatch(/红牌 [\d,]+ 个单位|无红黄牌/);
        expect(await aboveTheFold(page, verdict)).toBe(true);

        // The normal scenario has red cards: each office with one, named with what it is for.
        const red = page.locator('ul.card-offices li[data-level="red"]');
        expect(await red.count()).toBeGreaterThan(0);
        for (const item of await red.all()) expect(await aboveTheFold(page, item)).toBe(true);

        // The bottom three of each ranked kind, each with its lost points (a value against a line, in points).
        const bottoms = page.locator('[data-bottom]');
        expect(await bottoms.count()).toBeGreaterThan(0);
        for (const bottom of await bottoms.all()) {
          const items = bottom.locator('ol.bottom-list > li');
          expect(await items.count()).toBe(3);
          for (const item of await items.all()) {
            const lost = item.locator('.lost-points');
            expect(await lost.innerText()).toMatch(/−[\d,]+\.\d{2}分|数据不全|样本不足|无失分/);
            expect(await aboveTheFold(page, lost)).toBe(true);
          }
        }
        // The tiles follow below.
        await page.getByRole('heading', { name: '本期主要指标' }).waitFor();
        expect(consoleErrors).toEqual([]);
      } finally {
        await context.close();
      }
    });

    test(`rankings at ${viewport.width}×${viewport.height}: 主要失分项 and 得分变化 beside each rank, no blank space below the page`, async () => {
      const { page, context, consoleErrors } = await openWatched(browser, { viewport });
      try {
        await page.goto(appUrl('/rankings'));
        const table = page.locator('table', { has: page.getByRole('columnheader', { name: '主要失分项' }) });
        await table.waitFor();
        await settle(page);
        await page.screenshot({ path: path.join(ARTIFACTS, `rankings-${viewport.width}x${viewport.height}.png`) });
        await page.screenshot({ path: path.join(ARTIFACTS, `rankings-${viewport.width}x${viewport.height}-full.png`), fullPage: true });
        expect(await table.getByRole('columnheader', { name: '得分变化' }).count()).toBe(1);
        const lost = await table.locator('tbody .lost-points').allInnerTexts();
        expect(lost.length).toBeGreaterThan(0);
        expect(lost.some((text) => /（起评线 [\d.]+%）−[\d,]+\.\d{2}分/.test(text))).toBe(true);

        // No blank space below the page's last element: hidden text does not stretch the page.
        const gap = await page.evaluate(() => {
          const bottoms = [...document.querySelectorAll('main *')]
            .filter((element) => {
              const style = getComputedStyle(element);
              return style.position !== 'absolute' && style.position !== 'fixed' && element.getBoundingClientRect().height > 0;
            })
            .map((element) => element.getBoundingClientRect().bottom + window.scrollY);
          return document.documentElement.scrollHeight - Math.max(...bottoms);
        });
        expect(gap).toBeLessThan(80);
        expect(consoleErrors).toEqual([]);
      } finally {
        await context.close();
      }
    });
  }
});

/** What Chromium logs by itself for a data request that fails while the backend is down on purpose. */
/** A backend of our own on the page's origin (source=http), switched off and on by the test. */
function controllableBackend() {
  const data = generateDataset({ scenario: 'normal', endMonth: lastCompleteMonth(new Date()) });
  let down = true;
  let failed = 0;
  const handle = async (route: Route) => {
    const url = new URL(route.request().url());
    if (down) {
      failed += 1;
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
  return { handle, failed: () => failed, setDown: (value: boolean) => (down = value) };
}

describe('an outage on an everyday screen', () => {
  test('the overview says it is retrying in plain words, counts the attempts, keeps the address in the details, and recovers without a reload', async () => {
    const backend = controllableBackend();
    const { page, context, consoleErrors } = await openWatched(browser);
    try {
      await page.route('**/e2e-api/**', backend.handle);
      await page.goto(appUrl('/overview', 'source=http&baseUrl=e2e-api'));
      const alert = page.getByRole('alert');
      const attempt = alert.getByText(/^数据源暂时无法连接，正在自动重试（第 \d+ 次）$/);
      await attempt.waitFor({ timeout: 15_000 }).catch(async (error: unknown) => {
        await page.screenshot({ path: path.join(ARTIFACTS, 'overview-outage-failed.png') });
        throw error;
      });
      const first = Number(/第 (\d+) 次/.exec(await attempt.innerText())![1]);
      // The back-off asks again by itself (5 s, then 10 s …) and counts it.
      await alert.getByText(`数据源暂时无法连接，正在自动重试（第 ${first + 1} 次）`).waitFor({ timeout: 15_000 });
      await page.screenshot({ path: path.join(ARTIFACTS, 'overview-outage-1366x768.png') });
      const details = alert.locator('details');
      expect(await details.locator('summary').innerText()).toBe('技术信息');
      expect(await details.evaluate((element) => element.textContent ?? '')).toMatch(/503/);
      const urlBefore = page.url();
      // A mark on the page's window: a reload would wipe it.
      await page.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));

      backend.setDown(false);
      // The next attempt finds the source back: the figures appear.
      await page.locator('[data-verdict]').waitFor({ timeout: 25_000 });
      await page.getByRole('heading', { name: '本期主要指标' }).waitFor();
      expect(await page.getByRole('alert').count()).toBe(0);
      expect(page.url()).toBe(urlBefore);
      expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
      expect(backend.failed()).toBeGreaterThanOrEqual(2);
      expect(consoleErrors.filter((line) => !isOutageLine(line))).toEqual([]);
    } finally {
      await context.close();
    }
  }, 60_000);
});

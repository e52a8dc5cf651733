/**
 * Names and texts carrying script payloads, through every screen in Chromium: the hostile mock
 * scenario, a data file a staff member uploads, and a scheme imported in the editor. Every chart
 * is swept with the mouse so ECharts opens its tooltips (HTML, built from those names). No payload
 * may ever run: alert/confirm/prompt are trapped, dialogs counted, and the payloads of our own
 * files set window.__pwned.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { addMonths, lastCompleteMonth } from '../../src/domain';
import { appUrl, launchChromium, openWatched, settle, type WatchedPage } from './browser';

const CASES = path.resolve(import.meta.dirname, '../hostile/cases');

/** The hostile mock scenario's attack names (mocks/hostile.ts) and the offices that carry them. */
const MOCK_PAYLOADS = ['<img src=x onerror=alert(1)>镇', '<script>alert("村")</script>村便民服务室'];

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

interface Tripwire extends WatchedPage {
  dialogs: string[];
}

/** A page whose alert/confirm/prompt only raise a flag, with every real dialog counted too. */
async function openTripwired(): Promise<Tripwire> {
  const watched = await openWatched(browser);
  await watched.context.addInitScript(() => {
    const w = window as unknown as { __xss: string[] };
    w.__xss = [];
    for (const name of ['alert', 'confirm', 'prompt'] as const) {
      (window as unknown as Record<string, unknown>)[name] = (...args: unknown[]) => {
        w.__xss.push(`${name}(${args.map(String).join(', ')})`);
        return null;
      };
    }
  });
  const dialogs: string[] = [];
  watched.page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return { ...watched, dialogs };
}

/**
 * Sweeps the mouse over every chart so ECharts shows a tooltip for each bar, point and slice it
 * meets; returns every tooltip text seen.
 */
async function sweepCharts(page: Page): Promise<string[]> {
  const seen = new Set<string>();
  // Handles, not locators: the big screen rotates its pages, and a chart that is gone is skipped.
  const charts = await page.$$('[role="img"]:has(canvas)');
  for (const chart of charts) {
    try {
      if (!(await chart.isVisible())) continue;
      await chart.scrollIntoViewIfNeeded({ timeout: 2000 });
      const box = await chart.boundingBox();
      if (!box || box.width < 20 || box.height < 20) continue;
      const points: { x: number; y: number }[] = [];
      // Rows of horizontal bars are ≥ 12 px apart, columns and points of the vertical charts ≥ 20 px.
      for (let y = box.y + 6; y < box.y + box.height - 6; y += 11) {
        for (const fx of [0.3, 0.7]) points.push({ x: box.x + box.width * fx, y });
      }
      for (let x = box.x + 6; x < box.x + box.width - 6; x += 18) points.push({ x, y: box.y + box.height * 0.6 });
      for (const point of points) {
        await page.mouse.move(point.x, point.y);
        const text = await chart.evaluate((element) =>
          [...element.querySelectorAll('div')]
            .filter((div) => div.querySelector('canvas') === null && getComputedStyle(div).display !== 'none' && div.textContent)
            .map((div) => div.textContent ?? '')
            .join('\n'),
        );
        if (text) seen.add(text);
      }
    } catch (error) {
      if (!/detached|not attached|Target closed|Element is not/i.test(String(error))) throw error;
    } finally {
      await chart.dispose();
    }
    await page.mouse.move(0, 0);
  }
  return [...seen];
}

/** Nothing from the data became markup or ran; no number is shown as NaN, undefined or Infinity. */
async function expectNothingRan(watched: Tripwire, where: string): Promise<void> {
  const { page } = watched;
  const state = await page.evaluate(() => ({
    xss: (window as unknown as { __xss?: string[] }).__xss ?? [],
    pwned: (window as unknown as { __pwned?: unknown }).__pwned ?? null,
    injected: document.querySelectorAll('img[src="x"], iframe, svg[onload], script:not([src])').length,
    text: document.body.innerText,
  }));
  expect(state.xss, where).toEqual([]);
  expect(state.pwned, where).toBeNull();
  expect(state.injected, where).toBe(0);
  expect(watched.dialogs, where).toEqual([]);
  // Data values are quoted in sentences (“…”); what remains is the app's own text and numbers.
  expect(state.text.replace(/“[^”]*”|"[^"]*"/g, ''), where).not.toMatch(/\bNaN\b|\bundefined\b|\bInfinity\b|\[object /);
}

const HOSTILE_ROUTES = [
  '/overview',
  '/overview?kind=township',
  '/rankings',
  '/rankings?kind=township',
  '/alerts',
  '/office/t12',
  '/office/t01-v01',
  '/office/d-forestry',
  '/themes',
  '/themes/handling?kind=township',
  '/themes/reviews?kind=township',
  '/themes/hotline?kind=township',
  '/themes/disclosure?kind=township',
  '/bulletin',
  '/screen',
  '/status',
  '/settings/source',
  '/settings/scheme',
];

/** Screens where a payload name sits in a chart, so a tooltip must show it as text. */
const TOOLTIP_PROOF = new Set(['/rankings?kind=township', '/themes/reviews?kind=township']);

describe('the hostile scenario on every screen', () => {
  test.each(HOSTILE_ROUTES)(
    '%s: names are text, tooltips escape them, nothing runs',
    async (route) => {
      const watched = await openTripwired();
      const { page, consoleErrors, context } = watched;
      await page.goto(appUrl(route, 'scenario=hostile'));
      await settle(page);
      const tooltips = await sweepCharts(page);
      await expectNothingRan(watched, route);
      if (TOOLTIP_PROOF.has(route)) {
        expect(
          tooltips.some((text) => MOCK_PAYLOADS.some((payload) => text.includes(payload))),
          tooltips.join(' | '),
        ).toBe(true);
      }
      if (route.startsWith('/office/t12')) await page.getByRole('heading', { name: MOCK_PAYLOADS[0], level: 2 }).waitFor();
      expect(consoleErrors).toEqual([]);
      await context.close();
    },
    180_000,
  );
});

/** A case file with its months moved to the last two complete months, so screens open on them. */
function recentCopy(file: string): string {
  const month = lastCompleteMonth(new Date());
  const text = readFileSync(path.join(CASES, file), 'utf8')
    .replaceAll('"2025-06"', `"${month}"`)
    .replaceAll('"2025-05"', `"${addMonths(month, -1)}"`)
    .replaceAll('"2025-04"', `"${addMonths(month, -2)}"`);
  const dir = mkdtempSync(path.join(tmpdir(), 'hostile-'));
  const target = path.join(dir, file);
  writeFileSync(target, text);
  return target;
}

async function visitAll(watched: Tripwire, routes: readonly string[]): Promise<string[]> {
  const tooltips: string[] = [];
  for (const route of routes) {
    await watched.page.goto(appUrl(route));
    await settle(watched.page);
    tooltips.push(...(await sweepCharts(watched.page)));
    await expectNothingRan(watched, route);
  }
  return tooltips;
}

async function upload(page: Page, filePath: string): Promise<void> {
  await page.goto(appUrl('/settings/source'));
  await page.getByRole('heading', { name: '导入数据文件' }).waitFor();
  await page.locator('input[type="file"]').setInputFiles(filePath);
  await page.getByText(/导入完成/).waitFor({ timeout: 30_000 });
}

describe('payloads from the staff member’s own files', () => {
  test('an uploaded data file with script in its office names: every screen, every tooltip, nothing runs', async () => {
    const watched = await openTripwired();
    const { page, context, consoleErrors, foreignRequests } = watched;
    await upload(page, recentCopy('19-html-names.json'));
    await expectNothingRan(watched, 'upload');

    const payload = '<img src=x onerror="window.__pwned=1;alert(1)">县人社局';
    const tooltips = await visitAll(watched, [
      '/overview',
      '/rankings',
      '/rankings?kind=township',
      '/alerts',
      '/office/d2',
      '/office/t2',
      '/themes/handling',
      '/themes/reviews?kind=township',
      '/bulletin',
      '/screen',
      '/status',
    ]);
    expect(
      tooltips.some((text) => text.includes(payload)),
      tooltips.join(' | '),
    ).toBe(true);

    await page.goto(appUrl('/rankings'));
    await page.getByRole('link', { name: payload }).first().waitFor();
    await page.goto(appUrl('/office/d2'));
    await page.getByRole('heading', { name: payload, level: 2 }).waitFor();
    await expectNothingRan(watched, 'office page');
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await context.close();
  }, 300_000);

  test('a scheme whose name and card message carry script, imported in the editor and saved', async () => {
    const watched = await openTripwired();
    const { page, context, consoleErrors } = watched;
    const scheme = (JSON.parse(readFileSync(path.join(CASES, '23-scheme-with-script.json'), 'utf8')) as { scheme: unknown }).scheme;
    const dir = mkdtempSync(path.join(tmpdir(), 'scheme-'));
    const schemePath = path.join(dir, 'scheme.json');
    writeFileSync(schemePath, JSON.stringify(scheme));

    await page.goto(appUrl('/settings/scheme', 'scenario=hostile'));
    await page.getByText('当前生效：').waitFor();
    await page.locator('#scheme-import').setInputFiles(schemePath);
    await page.getByText(/已读入文件“scheme.json”/).waitFor();
    await page.getByRole('button', { name: '保存并应用' }).click();
    await page.getByText(/已保存/).waitFor();
    await page.getByText('本浏览器保存的方案“<img src=x onerror="window.__pwned=1">考核方案”').waitFor();
    await expectNothingRan(watched, 'scheme editor');

    // The overdue rule's message is shown with every overdue card.
    const message = '<script>window.__pwned=1</script>有超期办结事项';
    for (const route of ['/alerts', '/overview', '/bulletin', '/screen', '/status']) {
      await page.goto(appUrl(route, 'scenario=hostile'));
      await settle(page);
      await sweepCharts(page);
      await expectNothingRan(watched, route);
    }
    await page.goto(appUrl('/alerts', 'scenario=hostile'));
    await settle(page);
    expect(await page.getByText(message, { exact: false }).count()).toBeGreaterThan(0);
    expect(consoleErrors).toEqual([]);
    await context.close();
  }, 300_000);
});

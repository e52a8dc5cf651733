/**
 * The province scenario (青川省: 14 prefectures, ~21,000 offices, ~750,000 records over 36 months)
 * in Chromium: the scope navigation at that size, province → prefecture → county and back, and
 * what the browser holds (JS heap after a forced collection, DOM nodes) and how long it takes.
 *
 * The demo's in-page mock backend cannot play it (generating it takes ~20–40 s of the page's main
 * thread and holds the records twice), so the data is served the way a deployment serves it: by a
 * backend speaking the contract over HTTP (bench/contract-server.ts), behind vite preview on the
 * page's origin, as bench/ui.bench.ts serves the large scenario. config.json is answered with an
 * HTTP source and a longer timeout, as a province's deployment would set it.
 */
import path from 'node:path';
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';
import { lastCompleteMonth } from '../../src/domain';
import { generateDataset } from '../../mocks/generator';
import { startContractServer, type ContractServer } from '../../bench/contract-server';
import { loadWindow } from '../../src/data/queries';
import { launchChromium, openWatched } from './browser';

const ROOT = path.resolve(import.meta.dirname, '../..');
const ARTIFACTS = path.resolve(import.meta.dirname, 'artifacts');
const API = 'province-api';

let browser: Browser;
let backend: ContractServer;
let server: PreviewServer;
let baseUrl = '';
let served = { offices: 0, records: 0, generatedMs: 0 };

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  const started = performance.now();
  const data = generateDataset({ scenario: 'province', endMonth: lastCompleteMonth(new Date()) });
  served = { offices: data.offices.length, records: data.records.length, generatedMs: performance.now() - started };
  backend = await startContractServer(data);
  // The records the app will ask for, serialised once before it asks (a deployment's database
  // answers in its own time; the page's work is what is measured here).
  const window = loadWindow(new Date());
  await fetch(`http://127.0.0.1:${backend.port}/records?from=${window.from}&to=${window.to}`).then((response) => response.arrayBuffer());
  server = await preview({
    root: ROOT,
    configFile: path.join(ROOT, 'vite.config.ts'),
    preview: { port: 0, strictPort: false, open: false, proxy: { [`/${API}`]: `http://127.0.0.1:${backend.port}` } },
    logLevel: 'warn',
  });
  baseUrl = server.resolvedUrls!.local[0]!;
  browser = await launchChromium();
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  backend?.server.close();
});

async function hashQuery(page: Page): Promise<URLSearchParams> {
  return new URLSearchParams((await page.evaluate(() => window.location.hash)).split('?')[1] ?? '');
}

interface HeapUsage {
  usedSize: number;
  totalSize: number;
  backingStorageSize?: number;
}
const MB = 2 ** 20;

/**
 * What the page holds after a forced collection, as Chromium reports it: the JS heap, the array
 * buffers beside it (the indexed counts live in typed arrays, off the heap), and the DOM nodes.
 */
async function held(page: Page): Promise<{ heapMB: number; buffersMB: number; nodes: number }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const usage = (await cdp.send('Runtime.getHeapUsage')) as HeapUsage;
  await cdp.send('Performance.enable');
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  await cdp.detach();
  const nodes = metrics.find((metric) => metric.name === 'Nodes')?.value ?? 0;
  return { heapMB: usage.usedSize / MB, buffersMB: (usage.backingStorageSize ?? 0) / MB, nodes };
}

/**
 * The largest heap plus buffers seen while the page loads, sampled every half second without
 * forcing a collection. Samples wait while the page's thread is busy, so a short peak can be missed:
 * this is a floor of the peak, not the peak.
 */
async function sampleWhile(page: Page, work: Promise<unknown>): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  let peak = 0;
  let done = false;
  const sampling = (async () => {
    while (!done) {
      const usage = (await cdp.send('Runtime.getHeapUsage').catch(() => null)) as HeapUsage | null;
      if (usage) peak = Math.max(peak, usage.usedSize + (usage.backingStorageSize ?? 0));
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  })();
  try {
    await work;
  } finally {
    done = true;
    await sampling;
    await cdp.detach().catch(() => undefined);
  }
  return peak / MB;
}

/** The overview at the current scope has drawn its region table (or, at a county, its kinds' sections). */
async function regionTable(page: Page, scopeName: string) {
  const section = page.locator('section.region-ranking', { has: page.getByRole('heading', { name: new RegExp(`^${scopeName}下辖地区排名`) }) });
  await section.waitFor({ timeout: 120_000 });
  return section;
}

describe('the province in Chromium, served over HTTP', () => {
  test('province → prefecture → county and back at 21,000 offices; what the browser holds at that size', async () => {
    const { page, consoleErrors, context } = await openWatched(browser, { viewport: { width: 1366, height: 768 } });
    await page.route('**/config.json', (route) =>
      route.fulfill({
        contentType: 'application/json',
        body: JSON.stringify({
          title: '{region}政务服务绩效监测',
          dataSource: { type: 'http', baseUrl: API, timeoutMs: 240_000 },
          refreshSeconds: 0,
          locale: 'zh-CN',
        }),
      }),
    );
    const navigationStart = Date.now();
    await page.goto(`${baseUrl}#/overview`);
    const peakMB = await sampleWhile(page, regionTable(page, '青川省'));
    const province = await regionTable(page, '青川省');
    const loadMs = Date.now() - navigationStart;
    const recordsMs = await page.evaluate(() => {
      const entry = performance.getEntriesByType('resource').find((resource) => resource.name.includes('/records?'));
      return entry ? (entry as PerformanceResourceTiming).responseEnd : null;
    });
    expect(await page.locator('h1').innerText()).toBe('青川省政务服务绩效监测');
    const prefectures = province.locator('tbody tr');
    expect(await prefectures.count()).toBe(14);
    // The picker lists the province's prefectures, not its 160 regions.
    const picker = page.getByRole('combobox', { name: '青川省下辖地区' });
    expect(await picker.locator('option').count()).toBe(15);
    const atProvince = await held(page);
    await page.screenshot({ path: path.join(ARTIFACTS, 'province-overview.png'), fullPage: true });

    // Into the first prefecture of the ranking, from its row.
    const city = (await prefectures.first().locator('td').nth(2).innerText()).trim();
    let started = Date.now();
    await prefectures.first().getByRole('link', { name: city, exact: true }).click();
    const cityTable = await regionTable(page, city);
    const toCityMs = Date.now() - started;
    expect(await page.locator('h1').innerText()).toBe(`${city}政务服务绩效监测`);
    expect(await page.getByRole('navigation', { name: '地区层级' }).locator('li').allInnerTexts()).toEqual(['青川省', city]);
    const counties = await cityTable.locator('tbody tr').count();
    expect(counties).toBeGreaterThanOrEqual(8);
    expect(counties).toBeLessThanOrEqual(10);

    // Into a county by the picker's second list, then its rankings: its own departments.
    const county = (await cityTable.locator('tbody tr').nth(1).locator('td').nth(2).innerText()).trim();
    started = Date.now();
    await page.getByRole('combobox', { name: `${city}下辖地区` }).selectOption({ label: county });
    await page.getByRole('heading', { name: '部门前三名' }).waitFor({ timeout: 120_000 });
    await expect.poll(() => page.locator('section.region-ranking').count()).toBe(0);
    const toCountyMs = Date.now() - started;
    expect(await page.locator('h1').innerText()).toBe(`${county}政务服务绩效监测`);
    expect(await page.getByRole('navigation', { name: '地区层级' }).locator('li').allInnerTexts()).toEqual(['青川省', city, county]);
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '排名' }).click();
    const departments = page.getByRole('table', { name: /^部门排名表/ });
    await departments.locator('tbody tr').first().waitFor({ timeout: 120_000 });
    const names = await departments.locator('tbody tr td:nth-child(3)').allInnerTexts();
    expect(names.length).toBeGreaterThan(15);
    for (const name of names) expect(name).toContain(county);
    await page.screenshot({ path: path.join(ARTIFACTS, 'province-county-rankings.png'), fullPage: true });

    // Back through the county's overview and the city to the province.
    await page.goBack();
    await page.getByRole('heading', { name: '部门前三名' }).waitFor();
    expect(await page.locator('h1').innerText()).toBe(`${county}政务服务绩效监测`);
    await page.goBack();
    await regionTable(page, city);
    await page.goBack();
    await regionTable(page, '青川省');
    expect((await hashQuery(page)).get('scope')).toBeNull();
    expect(await page.locator('h1').innerText()).toBe('青川省政务服务绩效监测');
    const afterwards = await held(page);

    console.log(
      [
        `province over HTTP: ${served.offices.toLocaleString('en-US')} offices, ${served.records.toLocaleString('en-US')} records (generated in ${(served.generatedMs / 1000).toFixed(1)} s in Node)`,
        `  navigation → the province's overview with its 14 prefectures ranked: ${(loadMs / 1000).toFixed(1)} s (records response ended at ${recordsMs === null ? '?' : (recordsMs / 1000).toFixed(1)} s)`,
        `  province → ${city} (overview): ${(toCityMs / 1000).toFixed(1)} s; ${city} → ${county}: ${(toCountyMs / 1000).toFixed(1)} s`,
        `  held at the province, after a forced GC: JS heap ${atProvince.heapMB.toFixed(0)} MB + array buffers ${atProvince.buffersMB.toFixed(0)} MB; DOM nodes ${atProvince.nodes.toLocaleString('en-US')}`,
        `  largest heap + buffers sampled while loading (a floor of the peak): ${peakMB.toFixed(0)} MB`,
        `  held back at the province after the round trip: JS heap ${afterwards.heapMB.toFixed(0)} MB + array buffers ${afterwards.buffersMB.toFixed(0)} MB; DOM nodes ${afterwards.nodes.toLocaleString('en-US')}`,
      ].join('\n'),
    );
    expect(consoleErrors).toEqual([]);
    await context.close();
  }, 600_000);
});

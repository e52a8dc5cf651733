/**
 * The regions issue's screens in Chromium on the large scenario (云岭市: 25 市直部门 and 13
 * counties, ~2,000 offices, the demo's in-page mock backend): the counties ranked, a county opened
 * as the scope with its own departments only, names qualified, the header naming the scope, back
 * and forward through scopes and periods, and the rankings page no taller than what it shows.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { appUrl, axeViolations, launchChromium, openWatched, settle } from './browser';

const ARTIFACTS = path.resolve(import.meta.dirname, 'artifacts');
const LARGE = 'scenario=large';

let browser: Browser;
beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

async function hashQuery(page: Page): Promise<URLSearchParams> {
  const hash = await page.evaluate(() => window.location.hash);
  return new URLSearchParams(hash.split('?')[1] ?? '');
}

/** Cell texts of a table's body rows. */
function bodyRows(table: Locator): Promise<string[][]> {
  return table.locator('tbody tr').evaluateAll((rows) => rows.map((row) => [...row.querySelectorAll('td')].map((cell) => (cell.textContent ?? '').trim())));
}

/**
 * The document's height against the bottom of what it shows: the lowest visible box of the page
 * (anything drawn: text, tables, charts; the 1-px boxes of screen-reader text do not count), plus
 * the main area's bottom padding.
 */
function heights(page: Page): Promise<{ document: number; content: number }> {
  return page.evaluate(() => {
    let bottom = 0;
    for (const element of document.body.querySelectorAll('*')) {
      const rect = element.getBoundingClientRect();
      if (rect.width <= 1 || rect.height <= 1) continue;
      const style = getComputedStyle(element);
      if (style.visibility === 'hidden' || style.display === 'none') continue;
      bottom = Math.max(bottom, rect.bottom + window.scrollY);
    }
    const main = document.querySelector('main');
    const padding = main ? parseFloat(getComputedStyle(main).paddingBottom) : 0;
    return { document: document.documentElement.scrollHeight, content: bottom + padding };
  });
}

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true });
}

describe('a prefecture and its counties in Chromium (large scenario)', () => {
  test('the county ranking shows 13 counties; a county opens with its own departments only; the header names the scope; back and forward restore scope and period', async () => {
    const { page, consoleErrors, context } = await openWatched(browser);
    await page.goto(appUrl('/rankings', LARGE));
    const counties = page.getByRole('table', { name: /^下辖地区排名表/ });
    await counties.locator('tbody tr').first().waitFor({ timeout: 60_000 });
    await settle(page);
    await shot(page, 'regions-rankings-prefecture');
    const rows = await bodyRows(counties);
    expect(rows).toHaveLength(13);
    for (const row of rows) expect(row[2]).toMatch(/县/);
    expect(await page.locator('h1').innerText()).toBe('云岭市政务服务绩效监测');
    expect(await page.getByRole('navigation', { name: '地区层级' }).innerText()).toBe('云岭市');

    // An earlier month first: the period must survive the trip into the county and back.
    const month = page.getByLabel('月份', { exact: true });
    const months = await month.locator('option').evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value));
    const earlier = months[2]!;
    await month.selectOption(earlier);
    await expect.poll(async () => (await hashQuery(page)).get('period')).toBe(`m:${earlier}`);
    await counties.locator('tbody tr').first().waitFor();

    // The third county of the ranking opens as the scope, on its departments.
    const county = (await bodyRows(counties))[2]![2]!.replace(/数据不完整$/, '').trim();
    await counties.getByRole('link', { name: county, exact: true }).click();
    await expect.poll(async () => (await hashQuery(page)).get('scope')).toMatch(/^pref-c\d\d$/);
    const scope = (await hashQuery(page)).get('scope')!;
    expect((await hashQuery(page)).get('period')).toBe(`m:${earlier}`);
    const departments = page.getByRole('table', { name: /^部门排名表/ });
    await departments.locator('tbody tr').first().waitFor();
    await settle(page);
    await shot(page, 'regions-rankings-county');
    expect(await page.locator('h1').innerText()).toBe(`${county}政务服务绩效监测`);
    const crumbs = page.getByRole('navigation', { name: '地区层级' });
    expect(await crumbs.locator('li').allInnerTexts()).toEqual(['云岭市', county]);
    expect(await crumbs.locator('[aria-current="page"]').innerText()).toBe(county);
    const own = await bodyRows(departments);
    // A county's own departments: 20-odd, each named for the county (国家税务总局…县税务局 too), none of another county's.
    expect(own.length).toBeGreaterThan(15);
    expect(own.length).toBeLessThan(30);
    for (const row of own) expect(row[2]).toContain(county);
    // No tab for regions under a county.
    const tabs = page.getByRole('navigation', { name: '单位类型' });
    expect(await tabs.getByRole('link').allInnerTexts()).toEqual([expect.stringMatching(/^部门/), expect.stringMatching(/^乡镇（街道）/)]);

    // Back: the city, on the earlier month; back again: the latest month; forward twice: the county again.
    await page.goBack();
    await counties.locator('tbody tr').first().waitFor();
    expect((await hashQuery(page)).get('scope')).toBeNull();
    expect((await hashQuery(page)).get('period')).toBe(`m:${earlier}`);
    expect(await page.locator('h1').innerText()).toBe('云岭市政务服务绩效监测');
    expect(await month.inputValue()).toBe(earlier);
    await page.goBack();
    await expect.poll(async () => (await hashQuery(page)).get('period')).toBeNull();
    await expect.poll(() => month.inputValue()).toBe(months[0]);
    await page.goForward();
    await expect.poll(() => month.inputValue()).toBe(earlier);
    await page.goForward();
    await departments.locator('tbody tr').first().waitFor();
    expect((await hashQuery(page)).get('scope')).toBe(scope);
    expect(await month.inputValue()).toBe(earlier);
    expect(await page.locator('h1').innerText()).toBe(`${county}政务服务绩效监测`);

    // The breadcrumb leads back up, keeping the period.
    await crumbs.getByRole('link', { name: '云岭市' }).click();
    await counties.locator('tbody tr').first().waitFor();
    expect((await hashQuery(page)).get('period')).toBe(`m:${earlier}`);
    expect(await axeViolations(page)).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  test('a repeated township name is qualified with its county on the rankings (search) and on the alerts', async () => {
    const { page, consoleErrors, context } = await openWatched(browser);
    await page.goto(appUrl('/rankings?kind=department', LARGE));
    await page
      .getByRole('table', { name: /^部门排名表/ })
      .locator('tbody tr')
      .first()
      .waitFor({ timeout: 60_000 });
    await page.getByLabel('查找单位').fill('城东街道');
    const found = page.getByRole('region', { name: /其他排名中名称含“城东街道”的单位/ });
    await found.waitFor();
    const names = await found.locator('li').evaluateAll((items) => items.map((item) => item.querySelector('a')?.textContent ?? ''));
    expect(names).toHaveLength(13);
    expect(new Set(names).size).toBe(13);
    for (const name of names) expect(name).toMatch(/^城东街道（.+县）$/);
    await shot(page, 'regions-rankings-search');
    // One of them leads to its county's ranking, found there by the same search, unqualified in its own county.
    await found
      .locator('li')
      .first()
      .getByRole('link', { name: /排名中查看/ })
      .click();
    const townships = page.getByRole('table', { name: /^乡镇（街道）排名表/ });
    await townships.locator('tbody tr').first().waitFor();
    expect((await bodyRows(townships)).map((row) => row[2]!.replace(/数据不完整$/, ''))).toEqual(['城东街道']);

    // The alerts of the city: counted by county and rule before the detail, every repeated name with its county.
    await page.goto(appUrl('/alerts', LARGE));
    const detail = page.getByRole('table', { name: '红黄牌明细' });
    await detail.locator('tbody tr').first().waitFor({ timeout: 60_000 });
    await settle(page);
    await shot(page, 'regions-alerts-prefecture');
    const byRegion = page.getByRole('region', { name: '分地区统计' }).first();
    expect(await byRegion.locator('tbody tr').count()).toBe(14);
    await page.getByLabel('查找单位').fill('街道');
    const streets = (await bodyRows(detail)).map((row) => row[1]!);
    expect(streets.length).toBeGreaterThan(0);
    for (const name of streets) expect(name).toMatch(/^城[东西南北关]街道（.+县）$|^(?!城[东西南北关]街道).*街道$/);
    expect(streets.some((name) => /^城[东西]街道（.+县）$/.test(name))).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  test('the rankings page is no taller than what it shows (within 1.2×), on the counties, the departments and a county’s townships', async () => {
    const { page, consoleErrors, context } = await openWatched(browser);
    const measured: string[] = [];
    for (const [hash, caption] of [
      ['/rankings', /^下辖地区排名表/],
      ['/rankings?kind=department', /^部门排名表/],
      ['/rankings?scope=pref-c05&kind=township', /^乡镇（街道）排名表/],
    ] as const) {
      await page.goto(appUrl(hash, LARGE));
      await page.getByRole('table', { name: caption }).locator('tbody tr').first().waitFor({ timeout: 60_000 });
      await settle(page);
      const { document, content } = await heights(page);
      measured.push(`${hash}: ${document} px for ${Math.round(content)} px of content`);
      expect(document / content).toBeLessThanOrEqual(1.2);
      // No box scrolls on its own inside the page.
      expect(await page.locator('.table-scroll').count()).toBe(0);
    }
    console.log(`rankings page heights (1366×768):\n  ${measured.join('\n  ')}`);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});

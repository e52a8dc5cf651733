import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { appUrl, launchChromium, openWatched } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

test('the demo build opens the data-source status page in Chinese with no console error', async () => {
  const { page, consoleErrors, foreignRequests, context } = await openWatched(browser);
  await page.goto(appUrl('/status'));
  await page.getByRole('heading', { name: '数据源状态', level: 2 }).first().waitFor();
  await page.getByText('单位数（按类型）').waitFor();
  // Offices by kind come from the mock backend: the county has departments and townships.
  const facts = await page.locator('#status-offices ~ dl, section[aria-labelledby="status-offices"] dl').first().innerText();
  expect(facts).toMatch(/部门\s+\d+/);
  expect(facts).toMatch(/乡镇（街道）\s+\d+/);
  await expect(page.locator('html').getAttribute('lang')).resolves.toBe('zh-CN');
  await page.getByText('未发现问题').waitFor();
  expect(consoleErrors).toEqual([]);
  expect(foreignRequests).toEqual([]);
  await context.close();
});

test('the hostile scenario lists the bad rows and still shows the good ones', async () => {
  const { page, consoleErrors, context } = await openWatched(browser);
  await page.goto(appUrl('/status', 'scenario=hostile'));
  await page.getByText(/问题数据被剔除/).waitFor();
  const rows = await page.locator('section[aria-labelledby="status-quality"] tbody tr').count();
  expect(rows).toBeGreaterThan(5);
  const recordsLine = await page.getByText(/有效 [\d,]+ 条，剔除 [\d,]+ 条/).innerText();
  const [, valid] = /有效 ([\d,]+) 条/.exec(recordsLine)!;
  expect(Number(valid!.replace(/,/g, ''))).toBeGreaterThan(1000);
  expect(consoleErrors).toEqual([]);
  await context.close();
});

test('English is fetched when chosen, the whole page switches, and the choice survives a reload', async () => {
  const { page, consoleErrors, context } = await openWatched(browser);
  await page.goto(appUrl('/status'));
  await page.getByRole('heading', { name: '数据源状态', level: 2 }).first().waitFor();
  await page.getByLabel('语言').selectOption('en');
  await page.getByRole('heading', { name: 'Data source status', level: 2 }).first().waitFor();
  await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
  await page.reload();
  await page.getByRole('heading', { name: 'Data source status', level: 2 }).first().waitFor();
  expect(await page.getByText('单位数（按类型）').count()).toBe(0);
  expect(consoleErrors).toEqual([]);
  await context.close();
});

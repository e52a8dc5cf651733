import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { zipBombXlsx } from '../fixtures/zipBomb';
import { appUrl, launchChromium, openWatched } from './browser';
import { bigImportFiles } from './bigImport';

/**
 * Big files never hold the page: a 200,000-row import is parsed, validated and stored off the
 * main thread, and a zip bomb dressed as .xlsx is refused at once as too large. The main thread is
 * watched with a PerformanceObserver of long tasks (the browser's own 50 ms threshold).
 */
let browser: Browser;
const dir = mkdtempSync(path.join(tmpdir(), 'import-large-'));
let officesPath: string;
let recordsPath: string;

beforeAll(async () => {
  browser = await launchChromium();
  const files = bigImportFiles();
  officesPath = path.join(dir, '单位表.csv');
  recordsPath = path.join(dir, '月度数据表.csv');
  writeFileSync(officesPath, files.offices);
  writeFileSync(recordsPath, files.records);
}, 120_000);
afterAll(async () => {
  await browser?.close();
});

/** Records every long task of the page from its first script on. */
async function watchLongTasks(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const tasks: number[] = [];
    (window as unknown as { __longTasks: number[] }).__longTasks = tasks;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push(entry.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
}

async function longTasksSince(page: Page, from: number): Promise<number[]> {
  return page.evaluate((start) => (window as unknown as { __longTasks: number[] }).__longTasks.slice(start), from);
}

async function openSource(page: Page): Promise<number> {
  await page.goto(appUrl('/settings/source'));
  await page.getByRole('heading', { name: '导入数据文件' }).waitFor({ timeout: 30_000 });
  // Let the page settle: only what the import does is measured.
  await page.waitForTimeout(1_500);
  return page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks.length);
}

test('a 200,000-row import: the longest main-thread task stays under 100 ms, and every row is there', async () => {
  const { page, context, consoleErrors } = await openWatched(browser);
  await watchLongTasks(page);
  const before = await openSource(page);
  // By path: the browser reads the files itself, as from the picker (no test code on the page's thread).
  await page.locator('input[type="file"]').setInputFiles([officesPath, recordsPath]);
  await page.getByText('导入完成：单位 2,500 个，月度记录 200,000 条。').waitFor({ timeout: 120_000 });
  // What follows the import on this page (the switch to the new source) is part of it.
  await page.waitForTimeout(1_500);
  const tasks = await longTasksSince(page, before);
  const longest = Math.max(0, ...tasks);
  console.log(`200,000-row import: ${tasks.length} long task(s), longest ${longest.toFixed(0)} ms`);
  expect(longest).toBeLessThan(100);
  await page.getByText('有效 200,000 条，剔除 0 条').waitFor();
  expect(consoleErrors).toEqual([]);
  await context.close();
}, 180_000);

test('a 200,000-row file with every row broken: every row reported, and the page still never stalls', async () => {
  const brokenPath = path.join(dir, '月度数据表（列错位）.csv');
  writeFileSync(brokenPath, bigImportFiles({ broken: true }).records);
  const { page, context, consoleErrors } = await openWatched(browser);
  await watchLongTasks(page);
  const before = await openSource(page);
  await page.locator('input[type="file"]').setInputFiles([officesPath, brokenPath]);
  await page.getByText(/^导入完成：单位 2,500 个，月度记录 0 条。/).waitFor({ timeout: 120_000 });
  await page.getByText('有效 0 条，剔除 200,000 条').waitFor();
  await page.waitForTimeout(1_500);
  const tasks = await longTasksSince(page, before);
  console.log(`200,000 broken rows: ${tasks.length} long task(s), longest ${Math.max(0, ...tasks).toFixed(0)} ms`);
  expect(Math.max(0, ...tasks)).toBeLessThan(100);
  expect(consoleErrors).toEqual([]);
  await context.close();
}, 180_000);

test('a zip bomb dressed as .xlsx is refused early as too large, with the limit, and the page never stalls', async () => {
  const bombPath = path.join(dir, '月度数据（炸弹）.xlsx');
  writeFileSync(bombPath, zipBombXlsx(600));
  const { page, context, consoleErrors } = await openWatched(browser);
  await watchLongTasks(page);
  const before = await openSource(page);
  await page.locator('input[type="file"]').setInputFiles(bombPath);
  const error = page.getByRole('alert').filter({ hasText: '无法导入' });
  await error.waitFor({ timeout: 10_000 });
  expect(await error.innerText()).toContain('文件“月度数据（炸弹）.xlsx”解压后超过 400 MB');
  expect(Math.max(0, ...(await longTasksSince(page, before)))).toBeLessThan(100);
  expect(consoleErrors).toEqual([]);
  await context.close();
}, 60_000);

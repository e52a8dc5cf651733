/**
 * Import benchmark: prints figures, asserts nothing (the browser test import-large.e2e.ts holds
 * the longest task under 100 ms).
 *
 *   npm run bench:import            (builds, then serves dist/ with vite preview)
 *   npx tsx bench/import.bench.ts --dist /path/to/other/dist   (another build, e.g. for a before/after)
 *
 * In Chromium, on 设置 → 数据来源, with a PerformanceObserver of long tasks installed before the
 * app's first script:
 *   - a prefecture's own files, 2,500 offices and 200,000 monthly rows as CSV (~20 MB), dropped
 *     through the file input: time to 导入完成, long tasks on the main thread (count, longest, sum);
 *   - then the overview opened on that data (not part of the import: the screen's own work);
 *   - the same rows all broken (a negative count each, as a shifted column gives): 200,000 issues
 *     reported, unpacked on the page in slices;
 *   - a zip bomb dressed as .xlsx (600 MB of sheet in ~600 KB): time until it is refused, and what
 *     the page said.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { preview } from 'vite';
import { zipBombXlsx } from '../tests/fixtures/zipBomb';
import { bigImportFiles } from '../tests/e2e/bigImport';

const ROOT = path.resolve(import.meta.dirname, '..');
const distFlag = process.argv.indexOf('--dist');
const outDir = distFlag > 0 ? path.resolve(process.argv[distFlag + 1]!) : path.join(ROOT, 'dist');

async function longTasks(page: Page, from = 0): Promise<number[]> {
  return page.evaluate((start) => (window as unknown as { __longTasks: number[] }).__longTasks.slice(start), from);
}

function describe(tasks: number[]): string {
  if (tasks.length === 0) return 'no long task';
  const longest = Math.max(...tasks);
  const sum = tasks.reduce((total, task) => total + task, 0);
  return `${tasks.length} long task(s), longest ${longest.toFixed(0)} ms, ${sum.toFixed(0)} ms in all`;
}

const dir = mkdtempSync(path.join(tmpdir(), 'import-bench-'));
const files = bigImportFiles();
const officesPath = path.join(dir, '单位表.csv');
const recordsPath = path.join(dir, '月度数据表.csv');
writeFileSync(officesPath, files.offices);
writeFileSync(recordsPath, files.records);
const brokenPath = path.join(dir, '月度数据表（列错位）.csv');
writeFileSync(brokenPath, bigImportFiles({ broken: true }).records);
const bombPath = path.join(dir, '月度数据.xlsx');
const bomb = zipBombXlsx(600);
writeFileSync(bombPath, bomb);

const server = await preview({ root: ROOT, configFile: path.join(ROOT, 'vite.config.ts'), build: { outDir }, preview: { port: 0 }, logLevel: 'warn' });
const url = server.resolvedUrls!.local[0]!;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
try {
  console.log(`build: ${outDir}`);
  console.log(
    `files: ${files.rows.toLocaleString('en')} record rows, ${(files.records.length / 1e6).toFixed(1)} MB of CSV; bomb ${(bomb.length / 1024).toFixed(0)} KB → 600 MB`,
  );

  const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1366, height: 768 } });
  const page = await context.newPage();
  await page.addInitScript(() => {
    const tasks: number[] = [];
    (window as unknown as { __longTasks: number[] }).__longTasks = tasks;
    new PerformanceObserver((list) => list.getEntries().forEach((entry) => tasks.push(entry.duration))).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(`${url}#/settings/source`);
  await page.getByRole('heading', { name: '导入数据文件' }).waitFor({ timeout: 30_000 });
  await page.waitForTimeout(1_500);

  let from = (await longTasks(page)).length;
  let started = Date.now();
  await page.locator('input[type="file"]').setInputFiles([officesPath, recordsPath]);
  await page.getByText(/^导入完成/).waitFor({ timeout: 180_000 });
  const importMs = Date.now() - started;
  await page.waitForTimeout(1_500);
  console.log(`200,000-row CSV import: ${(importMs / 1000).toFixed(1)} s to 导入完成; main thread: ${describe(await longTasks(page, from))}`);

  from = (await longTasks(page)).length;
  started = Date.now();
  await page.goto(`${url}#/overview`);
  await page.waitForFunction(() => document.querySelectorAll('.chart-panel [role="img"] canvas').length >= 4 && !document.querySelector('.skeleton'), null, {
    timeout: 120_000,
  });
  console.log(`then the overview on it: ${((Date.now() - started) / 1000).toFixed(1)} s to drawn; main thread: ${describe(await longTasks(page, from))}`);
  await context.close();

  const brokenContext = await browser.newContext({ locale: 'zh-CN' });
  const brokenPage = await brokenContext.newPage();
  await brokenPage.addInitScript(() => {
    const tasks: number[] = [];
    (window as unknown as { __longTasks: number[] }).__longTasks = tasks;
    new PerformanceObserver((list) => list.getEntries().forEach((entry) => tasks.push(entry.duration))).observe({ type: 'longtask', buffered: true });
  });
  await brokenPage.goto(`${url}#/settings/source`);
  await brokenPage.getByRole('heading', { name: '导入数据文件' }).waitFor({ timeout: 30_000 });
  await brokenPage.waitForTimeout(1_500);
  from = (await longTasks(brokenPage)).length;
  started = Date.now();
  await brokenPage.locator('input[type="file"]').setInputFiles([officesPath, brokenPath]);
  await brokenPage.getByText(/^导入完成/).waitFor({ timeout: 180_000 });
  const brokenMs = Date.now() - started;
  await brokenPage.waitForTimeout(1_500);
  console.log(`200,000 broken rows (all reported): ${(brokenMs / 1000).toFixed(1)} s; main thread: ${describe(await longTasks(brokenPage, from))}`);
  await brokenContext.close();

  const bombContext = await browser.newContext({ locale: 'zh-CN' });
  const bombPage = await bombContext.newPage();
  await bombPage.addInitScript(() => {
    const tasks: number[] = [];
    (window as unknown as { __longTasks: number[] }).__longTasks = tasks;
    new PerformanceObserver((list) => list.getEntries().forEach((entry) => tasks.push(entry.duration))).observe({ type: 'longtask', buffered: true });
  });
  await bombPage.goto(`${url}#/settings/source`);
  await bombPage.getByRole('heading', { name: '导入数据文件' }).waitFor({ timeout: 30_000 });
  await bombPage.waitForTimeout(1_000);
  from = (await longTasks(bombPage)).length;
  started = Date.now();
  await bombPage.locator('input[type="file"]').setInputFiles(bombPath);
  const said = bombPage.getByRole('alert').filter({ hasText: '无法导入' });
  await said.waitFor({ timeout: 180_000 });
  console.log(
    `zip bomb (.xlsx, 600 MB inside): refused after ${((Date.now() - started) / 1000).toFixed(2)} s; main thread: ${describe(await longTasks(bombPage, from))}`,
  );
  console.log(`  said: ${(await said.innerText()).replace(/\s+/g, ' ')}`);
  await bombContext.close();
} finally {
  await browser.close();
  await server.close();
}

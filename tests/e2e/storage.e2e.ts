import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { lastCompleteMonth } from '../../src/domain';
import { appUrl, axeViolations, baseUrl, launchChromium, openWatched } from './browser';

/**
 * What the browser may do to what staff keep in it: refuse a write (storage full), or drop the
 * imported data (eviction under storage pressure, a cleared cache). Nothing typed is lost without
 * a word, nothing throws, and no other figures are shown in place of the staff's own.
 */
let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** Fills this origin's localStorage to the last few bytes, as years of other use of the browser might. */
async function fillStorage(page: Page): Promise<number> {
  return page.evaluate(() => {
    let index = 0;
    for (let size = 1024 * 1024; size >= 8;) {
      try {
        localStorage.setItem(`filler.${index++}`, 'x'.repeat(size));
      } catch {
        size = Math.floor(size / 2);
      }
    }
    return index;
  });
}

async function freeStorage(page: Page): Promise<void> {
  await page.evaluate(() => {
    for (const key of Object.keys(localStorage)) if (key.startsWith('filler.')) localStorage.removeItem(key);
  });
}

test('storage full while editing the bulletin: the text stays, a notice says it is not saved, Word still exports it, nothing throws', async () => {
  const { page, context, consoleErrors } = await openWatched(browser);
  await page.goto(appUrl('/bulletin'));
  await page.locator('article.bulletin-paper h3').waitFor({ timeout: 30_000 });
  await fillStorage(page);

  const editor = page.getByLabel('编辑段落：工作要求');
  await editor.fill('请各单位于下月5日前报送整改情况（存储已满时写的）。');
  await editor.press('End');
  await page.keyboard.type('再补一句。');
  // Not undone keystroke by keystroke: every character is still there.
  expect(await editor.inputValue()).toBe('请各单位于下月5日前报送整改情况（存储已满时写的）。再补一句。');
  const notice = page.getByRole('alert').filter({ hasText: '有1段修改没有保存到浏览器。' });
  await notice.waitFor();
  expect(await notice.innerText()).toContain('浏览器的存储空间已满。');
  expect(await notice.innerText()).toContain('关闭或刷新本页后就会丢失');
  await page.getByText('未保存', { exact: true }).waitFor();
  expect(await axeViolations(page)).toEqual([]);

  // The Word export carries the text on screen.
  const [word] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出 Word' }).click()]);
  const xml = strFromU8(unzipSync(new Uint8Array(readFileSync((await word.path())!)))['word/document.xml']!);
  expect(xml).toContain('再补一句。');
  // So does the text download the notice offers.
  const [text] = await Promise.all([page.waitForEvent('download'), notice.getByRole('button', { name: '下载为文本文件' }).click()]);
  expect(readFileSync((await text.path())!, 'utf8')).toContain('【工作要求】\r\n请各单位于下月5日前报送整改情况（存储已满时写的）。再补一句。');

  // Space freed: one more try stores it, and the notice goes.
  await freeStorage(page);
  await notice.getByRole('button', { name: '再试一次保存' }).click();
  await notice.waitFor({ state: 'detached' });
  await page.reload();
  await page.locator('article.bulletin-paper h3').waitFor();
  expect(await page.getByLabel('编辑段落：工作要求').inputValue()).toBe('请各单位于下月5日前报送整改情况（存储已满时写的）。再补一句。');
  expect(consoleErrors).toEqual([]);
  await context.close();
});

test('storage full when saving a scheme: no uncaught error; the scheme stays in force here, with a notice that offers the JSON', async () => {
  const { page, context, consoleErrors } = await openWatched(browser);
  await page.goto(appUrl('/settings/scheme'));
  const name = page.getByLabel('方案名称');
  await name.waitFor({ timeout: 30_000 });
  await name.fill('2026年度考核方案（存储已满时保存）');
  await fillStorage(page);
  await page.getByRole('button', { name: '保存并应用' }).click();

  const notice = page.getByRole('alert').filter({ hasText: '没有保存到浏览器' });
  await notice.waitFor();
  expect(await notice.innerText()).toContain('方案“2026年度考核方案（存储已满时保存）”没有保存到浏览器。浏览器的存储空间已满。');
  // In force in this tab, said plainly.
  await page.getByText('本浏览器保存的方案“2026年度考核方案（存储已满时保存）”').waitFor();
  expect(await axeViolations(page)).toEqual([]);
  const [file] = await Promise.all([page.waitForEvent('download'), notice.getByRole('button', { name: '导出 JSON 文件' }).click()]);
  expect(JSON.parse(readFileSync((await file.path())!, 'utf8')).name).toBe('2026年度考核方案（存储已满时保存）');

  await freeStorage(page);
  await notice.getByRole('button', { name: '再试一次保存' }).click();
  await notice.waitFor({ state: 'detached' });
  await page.reload();
  await page.getByText('本浏览器保存的方案“2026年度考核方案（存储已满时保存）”').waitFor({ timeout: 30_000 });
  expect(consoleErrors).toEqual([]);
  await context.close();
});

const OFFICES_CSV =
  '单位编码,单位名称,单位类型,上级单位编码\r\nBL,白鹭县,区域,\r\nBL-D1,白鹭县公安局,部门,BL\r\nBL-D2,白鹭县人社局,部门,BL\r\nBL-T1,白鹭镇,乡镇,BL\r\n';

function recordsCsv(): string {
  const month = lastCompleteMonth(new Date());
  return [
    '单位编码,月份,受理件数,办结件数,评价数,好评数,差评数',
    `BL-D1,${month},1000,990,900,895,2`,
    `BL-D2,${month},800,790,700,697,1`,
    `BL-T1,${month},600,590,500,498,1`,
  ].join('\r\n');
}

test('imported data evicted by the browser, then a reload: a notice and no figures, never the configured source silently; the configured source only on purpose', async () => {
  const { page, context, consoleErrors } = await openWatched(browser);
  await page.goto(appUrl('/settings/source'));
  await page.getByRole('heading', { name: '导入数据文件' }).waitFor({ timeout: 30_000 });
  await page.locator('input[type="file"]').setInputFiles([
    { name: '单位表.csv', mimeType: 'text/csv', buffer: Buffer.from(OFFICES_CSV) },
    { name: '月度数据表.csv', mimeType: 'text/csv', buffer: Buffer.from(recordsCsv()) },
  ]);
  await page.getByText('导入完成：单位 4 个，月度记录 3 条。').waitFor({ timeout: 20_000 });
  // The browser's answer to "keep it for good" is on the page.
  await page.locator('p.persist:not([data-persist="asking"])').waitFor();
  expect(await page.locator('p.persist').innerText()).toMatch(/^长期保存：(浏览器已同意|浏览器没有同意|此浏览器不支持)/);

  // The browser evicts the site's IndexedDB under storage pressure (as it would, without asking).
  const cdp = await context.newCDPSession(page);
  await cdp.send('Storage.clearDataForOrigin', { origin: new URL(baseUrl()).origin, storageTypes: 'indexeddb' });

  for (const route of ['/rankings', '/overview', '/screen']) {
    // A fresh start of the app on that screen (a hash change alone would not reload it).
    await page.goto('about:blank');
    await page.goto(appUrl(route));
    const panel = page.getByRole('alert').filter({ hasText: '导入的数据已不在本浏览器中' });
    await panel.waitFor({ timeout: 30_000 });
    expect(await panel.innerText()).toContain('单位表.csv、月度数据表.csv');
    // No figures of any source: no table, no chart, no name of the configured county.
    await page.waitForTimeout(1_000);
    expect(await page.locator('table.data-table, [role="img"] canvas').count()).toBe(0);
    expect(await page.getByText(/青岚县/).count()).toBe(0);
  }
  expect(await axeViolations(page)).toEqual([]);

  // On purpose: the configured source, named on the button.
  await page.getByRole('button', { name: /改用配置的数据源（演示数据/ }).click();
  await page
    .getByText(/青岚县/)
    .first()
    .waitFor({ timeout: 30_000 });
  await page.reload();
  await page
    .getByText(/青岚县/)
    .first()
    .waitFor({ timeout: 30_000 });
  expect(await page.getByText('导入的数据已不在本浏览器中').count()).toBe(0);
  expect(consoleErrors).toEqual([]);
  await context.close();
});

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import readXlsxFile from 'read-excel-file/node';
import writeXlsxFile from 'write-excel-file/node';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { addMonths, lastCompleteMonth } from '../../src/domain';
import { axeViolations, appUrl, launchChromium, openWatched } from './browser';

/** Serious and critical accessibility violations, as "rule: first target" lines. */
let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

type Cell = string | number | null;

/** 白鹭县: names no mock county uses, so the screens can only show them from the uploaded file. */
const OFFICES: Cell[][] = [
  ['BL', '白鹭县', '区域', null],
  ['BL-D1', '白鹭县公安局', '部门', 'BL'],
  ['BL-D2', '白鹭县人社局', '部门', 'BL'],
  ['BL-D3', '白鹭县医保局', '部门', 'BL'],
  ['BL-D4', '白鹭县税务局', '部门', 'BL'],
  ['BL-T1', '白鹭镇', '乡镇', 'BL'],
  ['BL-T2', '鹭湖乡', '乡镇', 'BL'],
];

/** A row of the template's 月度数据表 from the counts a clerk would type, every rule kept. */
function recordRow(header: readonly string[], officeId: string, month: string, accepted: number, quality: number): Cell[] {
  const completed = accepted - 5;
  const reviews = Math.round(completed * 0.9);
  const bad = quality > 0.99 ? 0 : 3;
  const tickets = Math.round(accepted / 12);
  const counts: Record<string, number> = {
    受理件数: accepted,
    办结件数: completed,
    按时办结件数: completed - Math.round((1 - quality) * 100),
    超期件数: 0,
    临期件数: 1,
    网上受理件数: Math.round(accepted * quality * 0.9),
    全程网办件数: Math.round(accepted * 0.5),
    评价数: reviews,
    主动评价数: reviews - 2,
    好评数: reviews - bad - 1,
    差评数: bad,
    差评整改数: bad,
    热线工单数: tickets,
    热线按时响应数: tickets,
    热线按时办结数: tickets - 1,
    热线问题解决数: tickets - 2,
    热线回访数: tickets - 3,
    热线回访满意数: tickets - 4,
    公开信息条数: 20,
    被上级采用条数: 4,
  };
  return header.map((column) => (column === '单位编码' ? officeId : column === '月份' ? month : (counts[column] ?? null)));
}

async function downloadTemplate(page: Page): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载 Excel 模板（.xlsx）' }).click()]);
  expect(download.suggestedFilename()).toBe('政务服务绩效数据模板.xlsx');
  const file = await download.path();
  return file;
}

test('from an empty browser to the uploaded offices ranked: template, upload, report, rankings, reload, remove', async () => {
  const { page, consoleErrors, foreignRequests, context } = await openWatched(browser);
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  await page.goto(appUrl('/settings/source'));
  await page.getByRole('heading', { name: '导入数据文件' }).waitFor();
  await page.getByText('本机尚未保存导入的数据。').waitFor();
  expect(await axeViolations(page)).toEqual([]);

  // The file picker is reached by keyboard: from the section links, Tab lands on the (visually hidden) input.
  await page.getByRole('link', { name: '通报格式' }).focus();
  await page.keyboard.press('Tab');
  await expect(page.evaluate(() => document.activeElement?.getAttribute('type'))).resolves.toBe('file');

  // The template, as the staff member downloads it.
  const templatePath = await downloadTemplate(page);
  const sheets = await readXlsxFile(readFileSync(templatePath));
  expect(sheets.map((sheet) => sheet.sheet)).toEqual(['单位表', '月度数据表', '填写说明']);
  const officeHeader = sheets[0]!.data[0]!.map(String);
  const recordHeader = sheets[1]!.data[0]!.map(String);
  expect(officeHeader).toEqual(['单位编码', '单位名称', '单位类型（区域/部门/乡镇/村）', '上级单位编码']);
  expect(recordHeader.slice(0, 3)).toEqual(['单位编码', '月份', '受理件数']);
  // The example rows are for the last complete month; the guide sheet says absent ≠ 0.
  const month = lastCompleteMonth(new Date());
  expect(sheets[1]!.data[1]![1]).toBe(month);
  expect(sheets[2]!.data.flat().join('')).toContain('不等于 0');

  // Filled in programmatically: the template's headers, our offices, two months, one bad row.
  const previous = addMonths(month, -1);
  const records: Cell[][] = [];
  OFFICES.slice(1).forEach(([id], index) => {
    records.push(recordRow(recordHeader, String(id), previous, 900 + index * 130, 0.995 - index * 0.001));
    records.push(recordRow(recordHeader, String(id), month, 1000 + index * 150, 0.999 - index * 0.002));
  });
  const badRow = recordRow(recordHeader, 'BL-D9', month, 500, 0.99);
  records.push(badRow);
  const filled = await writeXlsxFile([
    { sheet: '单位表', data: [officeHeader, ...OFFICES] },
    { sheet: '月度数据表', data: [recordHeader, ...records] },
  ]).toBuffer();
  const dir = mkdtempSync(path.join(tmpdir(), 'own-data-'));
  const uploadPath = path.join(dir, '白鹭县数据.xlsx');
  writeFileSync(uploadPath, filled);

  // Uploaded through the file input.
  await page.locator('input[type="file"]').setInputFiles(uploadPath);
  await page.getByText('导入完成：单位 7 个，月度记录 12 条。').waitFor({ timeout: 20_000 });
  // Parsed off the main thread.
  expect(workers.some((url) => /parse\.worker/.test(url))).toBe(true);
  // The quality report names the file, the sheet and the spreadsheet row of the bad row (header = 1).
  const quality = page.locator('section[aria-labelledby="own-data-quality"]');
  const badLine = quality.locator('tbody tr', { hasText: 'BL-D9' });
  await expect(badLine.locator('td').nth(0).innerText()).resolves.toBe('白鹭县数据.xlsx / 月度数据表');
  await expect(badLine.locator('td').nth(1).innerText()).resolves.toBe(String(records.length + 1));
  await expect(badLine.innerText()).resolves.toContain('单位不存在');
  await page.getByText('（正在使用）').waitFor();
  expect(await axeViolations(page)).toEqual([]);

  // Every screen now shows the uploaded offices: the rankings rank them.
  await page.goto(appUrl('/rankings'));
  await page.getByRole('heading', { name: '排名', level: 2 }).first().waitFor();
  const table = page.locator('table.data-table').first();
  await table.getByText('白鹭县公安局').waitFor();
  const ranked = await table.locator('tbody tr').allInnerTexts();
  expect(ranked.join('\n')).toContain('白鹭县税务局');
  expect(ranked.join('\n')).not.toContain('青岚县');

  // A reload keeps the data: it is in IndexedDB, and the choice is remembered.
  await page.reload();
  await page.locator('table.data-table').first().getByText('白鹭县公安局').waitFor();

  // Removed: back to the configured (mock) source.
  await page.goto(appUrl('/settings/source'));
  await page.getByRole('button', { name: '删除本机保存的数据' }).click();
  await page.getByRole('button', { name: '删除本机保存的数据' }).click();
  await page.getByText('已删除本机保存的数据。').waitFor();
  await page.getByText('本机尚未保存导入的数据。').waitFor();
  await page.goto(appUrl('/rankings'));
  await page
    .locator('table.data-table')
    .first()
    .getByText(/青岚县/)
    .first()
    .waitFor();
  await page.reload();
  await page
    .locator('table.data-table')
    .first()
    .getByText(/青岚县/)
    .first()
    .waitFor();
  expect(await page.getByText('白鹭县公安局').count()).toBe(0);

  expect(consoleErrors).toEqual([]);
  expect(foreignRequests).toEqual([]);
  await context.close();
});

test('two CSV files dropped on the page (GBK offices, UTF-8 records) load, and switching back and forth keeps the stored data', async () => {
  const { page, consoleErrors, context } = await openWatched(browser);
  await page.goto(appUrl('/settings/source'));
  await page.getByRole('heading', { name: '导入数据文件' }).waitFor();
  const month = lastCompleteMonth(new Date());
  const officesCsv = ['单位编码,单位名称,单位类型,上级单位编码', ...OFFICES.map((row) => row.map((cell) => cell ?? '').join(','))].join('\r\n');
  const header = ['单位编码', '月份', '受理件数', '办结件数', '评价数', '好评数', '差评数'];
  const recordsCsv = [header.join(','), ...OFFICES.slice(1).map(([id], i) => recordRow(header, String(id), month, 800 + i * 10, 0.99).join(','))].join('\r\n');

  // Dropped as a real drag and drop would deliver them, the offices file in GBK as Chinese Excel saves CSV.
  await page.evaluate(
    async ({ officesText, recordsText }) => {
      const gbk = new Map<string, number[]>();
      const decoder = new TextDecoder('gbk');
      for (let lead = 0x81; lead <= 0xfe; lead++) {
        for (let trail = 0x40; trail <= 0xfe; trail++) {
          const char = decoder.decode(new Uint8Array([lead, trail]));
          if (char.length === 1 && !gbk.has(char)) gbk.set(char, [lead, trail]);
        }
      }
      const bytes: number[] = [];
      for (const char of officesText) bytes.push(...(char.charCodeAt(0) < 0x80 ? [char.charCodeAt(0)] : gbk.get(char)!));
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(bytes)], '单位表.csv', { type: 'text/csv' }));
      transfer.items.add(new File([`\uFEFF${recordsText}`], '月度数据表.csv', { type: 'text/csv' }));
      const zone = document.querySelector('.file-drop')!;
      zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));
      zone.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    },
    { officesText: officesCsv, recordsText: recordsCsv },
  );
  await page.getByText('导入完成：单位 7 个，月度记录 6 条。').waitFor({ timeout: 20_000 });
  await page.getByText(/单位表\.csv：按 GBK 编码读取/).waitFor();

  await page.getByRole('button', { name: '切换回配置的数据源' }).click();
  await page.getByText(/已切换回配置的数据源/).waitFor();
  await page.getByRole('button', { name: '改用本机导入的数据' }).click();
  await page.getByText('各页面现在显示导入的数据。').waitFor();
  await page.goto(appUrl('/rankings'));
  await page.locator('table.data-table').first().getByText('白鹭县公安局').waitFor();

  expect(consoleErrors).toEqual([]);
  await context.close();
});

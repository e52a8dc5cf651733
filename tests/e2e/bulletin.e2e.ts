import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import readXlsxFile from 'read-excel-file/node';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser, Download, Page } from 'playwright-core';
import { appUrl, launchChromium, openWatched } from './browser';

let browser: Browser;
const dir = mkdtempSync(path.join(tmpdir(), 'bulletin-e2e-'));

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

async function openBulletin(page: Page, search = '') {
  await page.goto(appUrl('/bulletin', search));
  await page.locator('article.bulletin-paper h3').waitFor({ timeout: 30_000 });
  // The charts' print images are drawn just after the screen.
  await page.locator('img.chart-image').first().waitFor({ state: 'attached' });
  // The title is drawn in lines broken at word boundaries: the title is the lines together.
  return (await page.locator('article.bulletin-paper h3').innerText()).replace(/\s+/g, '');
}

async function save(download: Download, name: string): Promise<Buffer> {
  const file = path.join(dir, name);
  await download.saveAs(file);
  return readFileSync(file);
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test('prints to A4 PDF pages holding the Chinese title and the totals shown on screen', async () => {
  const { page, consoleErrors, foreignRequests, context } = await openWatched(browser);
  const title = await openBulletin(page);
  expect(title).toMatch(/^关于\d{4}年\d{1,2}月全县政务服务绩效情况的通报$/);
  const acceptedRow = page
    .getByRole('table', { name: '主要指标' })
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: '受理件数', exact: true }) });
  const acceptedOnScreen = (await acceptedRow.locator('td').first().innerText()).trim();
  expect(acceptedOnScreen).toMatch(/^\d{1,3}(,\d{3})+$/);
  const onTimeRow = page
    .getByRole('table', { name: '主要指标' })
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: '按时办结率', exact: true }) });
  const onTimeOnScreen = (await onTimeRow.locator('td').first().innerText()).trim();

  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  const file = path.join(dir, 'bulletin.pdf');
  writeFileSync(file, pdf);
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
  expect(pages).toBeGreaterThanOrEqual(2);
  expect(info).toMatch(/Page size:\s+59\d(\.\d+)? x 84\d(\.\d+)? pts \(A4\)/);
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  const joined = text.replace(/\s+/g, '');
  expect(joined).toContain(title);
  // Running text writes numbers as a 公文 does (11050件); the tables keep their separators.
  expect(joined).toContain(`全县共受理政务服务事项${acceptedOnScreen.replace(/,/g, '')}件`);
  // Page numbers — 1 —, — 2 — on every page (outer side, from the @page margin boxes).
  for (let number = 1; number <= pages; number++) expect(text, `page ${number}`).toMatch(new RegExp(`—\\s*${number}\\s*—`));
  // The text block of page 1 starts 37 mm from the top and 28 mm from the left (GB/T 9704 5.2.2), in points.
  const words = [
    ...execFileSync('pdftotext', ['-bbox', '-f', '1', '-l', '1', file, '-'], { encoding: 'utf8' }).matchAll(
      /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g,
    ),
  ];
  const mm = (points: number) => (points / 72) * 25.4;
  const body = words.filter((word) => !/—|^\d+$/.test(word[5]!));
  expect(mm(Math.min(...body.map((word) => Number(word[1]))))).toBeCloseTo(28, 0);
  // pdftotext's word boxes carry the font's whole ascent and descent: the title's first line is
  // placed by its box's middle, which falls in the first line of the text block (37 mm + 10.2 mm).
  const first = body.reduce((top, word) => (Number(word[2]) < Number(top[2]) ? word : top));
  const middle = mm((Number(first[2]) + Number(first[4])) / 2);
  expect(middle).toBeGreaterThan(37);
  expect(middle).toBeLessThan(37 + 225 / 22);
  expect(mm(595.28 - Math.max(...body.map((word) => Number(word[3]))))).toBeGreaterThanOrEqual(25.5);
  expect(text).toContain(acceptedOnScreen);
  expect(text).toContain(onTimeOnScreen);
  // The app's chrome and the editors are not printed; the charts are, as images.
  expect(text).not.toContain('导出 Word');
  expect(text).not.toContain('查看数据');
  const images = execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' }).trim().split('\n').slice(2);
  expect(images.length).toBeGreaterThanOrEqual(2);
  expect(consoleErrors).toEqual([]);
  expect(foreignRequests).toEqual([]);
  await context.close();
});

test('exports Word and Excel on demand, each loading its own chunk only then', async () => {
  const { page, consoleErrors, context } = await openWatched(browser);
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url());
  });
  const title = await openBulletin(page);
  expect(scripts.some((url) => /\/docx-[^/]*\.js$/.test(url))).toBe(false);
  expect(scripts.some((url) => /writeXlsxFile[^/]*\.js$/.test(url))).toBe(false);

  const [word] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出 Word' }).click()]);
  expect(word.suggestedFilename()).toBe(`${title}.docx`);
  expect(scripts.some((url) => /\/docx-[^/]*\.js$/.test(url))).toBe(true);
  const docx = unzipSync(new Uint8Array(await save(word, 'bulletin.docx')));
  const xml = strFromU8(docx['word/document.xml']!);
  expect(xml.replace(/<[^>]+>/g, '')).toContain(title);
  expect(xml).toContain('w:eastAsia="仿宋_GB2312"');
  // Both score charts, drawn for the page: the text block's 156 mm (590 CSS px) at twice the size.
  const media = Object.keys(docx).filter((name) => name.startsWith('word/media/'));
  expect(media).toHaveLength(2);
  for (const name of media) {
    const size = pngSize(Buffer.from(docx[name]!));
    expect(size.width).toBe(1180);
  }

  const [excel] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出 Excel' }).click()]);
  expect(excel.suggestedFilename()).toBe(`${title}.xlsx`);
  expect(scripts.some((url) => /writeXlsxFile[^/]*\.js$/.test(url))).toBe(true);
  const sheets = await readXlsxFile(await save(excel, 'bulletin.xlsx'));
  expect(sheets.map((sheet) => sheet.sheet)).toContain('部门排名');
  expect(consoleErrors).toEqual([]);
  await context.close();
});

test('an edited paragraph is what prints', async () => {
  const { page, context } = await openWatched(browser);
  await openBulletin(page);
  const editor = page.getByLabel('编辑段落：工作要求');
  await editor.fill('请各单位于下月5日前报送整改情况（人工修改）。');
  await page.reload();
  await page.locator('article.bulletin-paper h3').waitFor();
  await expect(page.getByLabel('编辑段落：工作要求').inputValue()).resolves.toBe('请各单位于下月5日前报送整改情况（人工修改）。');
  await page.emulateMedia({ media: 'print' });
  const file = path.join(dir, 'edited.pdf');
  writeFileSync(file, await page.pdf({ preferCSSPageSize: true }));
  const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
  expect(text).toContain('请各单位于下月5日前报送整改情况（人工修改）。');
  await context.close();
});

test('offices named like attacks stay text on screen and are neutralised in Excel', async () => {
  const { page, consoleErrors, context } = await openWatched(browser);
  let dialogs = 0;
  page.on('dialog', async (dialog) => {
    dialogs += 1;
    await dialog.dismiss();
  });
  await openBulletin(page, 'scenario=hostile');
  await expect(page.getByRole('rowheader', { name: '<img src=x onerror=alert(1)>镇' }).first().isVisible()).resolves.toBe(true);
  const [excel] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出 Excel' }).click()]);
  const sheets = await readXlsxFile(await save(excel, 'hostile.xlsx'));
  const names = sheets.find((sheet) => sheet.sheet === '部门排名')!.data.map((row) => row[1]);
  expect(names).toContain(`'=HYPERLINK("http://example.com/x","县林业局")`);
  expect(names).toContain("'+县水利局");
  expect(names).toContain("'@县应急管理局");
  expect(dialogs).toBe(0);
  expect(consoleErrors).toEqual([]);
  await context.close();
});

test('has no serious or critical accessibility violations', async () => {
  const { page, context } = await openWatched(browser);
  await openBulletin(page);
  // Evaluated over the DevTools protocol, so the page's CSP (script-src 'self') does not block it.
  await page.evaluate(readFileSync(path.resolve(import.meta.dirname, '../../node_modules/axe-core/axe.min.js'), 'utf8'));
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run: (context: Document) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }
    ).axe;
    const result = await axe.run(document);
    return result.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map(
        (violation) =>
          `${violation.id}: ${violation.nodes
            .map((node) => node.target.join(' '))
            .slice(0, 3)
            .join(', ')}`,
      );
  });
  expect(violations).toEqual([]);
  await context.close();
});

/**
 * The bulletin as pictures in Chromium (#17, Size): a bulletin longer than three pages downloads as
 * a .zip of one PNG per A4 page (page-01.png…), each at 192 dpi, cut where print cuts pages; the
 * normal county (青岚县) and the large prefecture (云岭市). One page of each is kept in
 * tests/e2e/artifacts/bulletin-images/ (ignored by git) to be looked at.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { appUrl, launchChromium, openWatched } from './browser';

let browser: Browser;
const dir = mkdtempSync(path.join(tmpdir(), 'bulletin-images-'));
const ARTIFACTS = path.resolve(import.meta.dirname, 'artifacts/bulletin-images');

beforeAll(async () => {
  browser = await launchChromium();
  mkdirSync(ARTIFACTS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

/** A4 at twice the CSS size: 210 × 297 mm at 96 px to the inch, times 2. */
const PORTRAIT = { width: Math.round(((210 * 96) / 25.4) * 2), height: Math.round(((297 * 96) / 25.4) * 2) };
const MM = (96 / 25.4) * 2;

function pngSize(bytes: Uint8Array): { width: number; height: number } {
  const view = Buffer.from(bytes);
  expect(view.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  return { width: view.readUInt32BE(16), height: view.readUInt32BE(20) };
}

async function openBulletin(page: Page, search: string): Promise<string> {
  await page.goto(appUrl('/bulletin', search));
  await page.locator('article.bulletin-paper h3').waitFor({ timeout: 30_000 });
  await page.locator('img.chart-image').first().waitFor({ state: 'attached' });
  return (await page.locator('article.bulletin-paper h3').innerText()).replace(/\s+/g, '');
}

/** Pages of the print view (Chromium's own pagination of the same paper). */
async function printedPages(page: Page, name: string): Promise<number> {
  await page.emulateMedia({ media: 'print' });
  const file = path.join(dir, `${name}.pdf`);
  writeFileSync(file, await page.pdf({ preferCSSPageSize: true }));
  await page.emulateMedia({ media: 'screen' });
  return Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);
}

/**
 * Ink in bands of a page image, read back in the browser: the share of non-white pixels in the top
 * margin (above the text block), the bottom margin above the page number, and the text block.
 */
async function ink(page: Page, png: Uint8Array, landscape: boolean) {
  const top = (landscape ? 28 : 37) * MM;
  const blockBottom = top + (landscape ? 156 : 225) * MM;
  return page.evaluate(
    async ({ base64, top, blockBottom }) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext('2d')!;
      context.drawImage(bitmap, 0, 0);
      const share = (from: number, to: number) => {
        const data = context.getImageData(0, Math.round(from), bitmap.width, Math.max(1, Math.round(to - from))).data;
        let dark = 0;
        for (let i = 0; i < data.length; i += 4) if (data[i]! < 200 || data[i + 1]! < 200 || data[i + 2]! < 200) dark++;
        return dark / (data.length / 4);
      };
      // The page number's dashes sit 4.5 mm under the block: the band above them is margin.
      return { topMargin: share(0, top - 2), bottomMargin: share(blockBottom + 2, blockBottom + 8), block: share(top, blockBottom) };
    },
    { base64: Buffer.from(png).toString('base64'), top, blockBottom },
  );
}

async function exportImages(page: Page, name: string) {
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), page.getByRole('button', { name: '导出图片（PNG）' }).click()]);
  const file = path.join(dir, `${name}-${download.suggestedFilename()}`);
  await download.saveAs(file);
  return { fileName: download.suggestedFilename(), bytes: new Uint8Array(readFileSync(file)) };
}

describe.each([
  { name: 'normal', search: '', minPages: 8 },
  { name: 'large', search: 'scenario=large', minPages: 20 },
])('page images of the $name scenario', ({ name, search, minPages }) => {
  test('one PNG per A4 page in a zip, as many as print makes, each at 192 dpi with its margins blank', { timeout: 240_000 }, async () => {
    const { page, consoleErrors, context } = await openWatched(browser);
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    const title = await openBulletin(page, search);
    const printed = await printedPages(page, name);
    // The images' code is fetched on the click, not with the screen.
    expect(scripts.some((url) => /\/pageImages-[^/]*\.js$/.test(url))).toBe(false);
    const started = Date.now();
    const { fileName, bytes } = await exportImages(page, name);
    const seconds = (Date.now() - started) / 1000;
    expect(fileName).toBe(`${title}.zip`);
    expect(scripts.some((url) => /\/pageImages-[^/]*\.js$/.test(url))).toBe(true);
    const files = unzipSync(bytes);
    const names = Object.keys(files);
    expect(names.length).toBeGreaterThanOrEqual(minPages);
    expect(names).toEqual(names.map((_, index) => `page-${String(index + 1).padStart(2, '0')}.png`));
    // Cut where print cuts: the same number of pages, give or take one where a line falls differently.
    expect(Math.abs(names.length - printed), `${names.length} images, ${printed} printed pages`).toBeLessThanOrEqual(1);
    let landscapes = 0;
    const sizes: string[] = [];
    for (const [index, entry] of names.entries()) {
      const png = files[entry]!;
      const size = pngSize(png);
      const landscape = size.width > size.height;
      if (landscape) landscapes++;
      expect(landscape ? { width: size.height, height: size.width } : size, entry).toEqual(PORTRAIT);
      const bands = await ink(page, png, landscape);
      // A page that fails is kept to be looked at.
      if (bands.topMargin !== 0 || bands.bottomMargin !== 0 || bands.block <= 0.005) writeFileSync(path.join(ARTIFACTS, `${name}-${entry}`), png);
      expect(bands.topMargin, `${entry} top margin`).toBe(0);
      expect(bands.bottomMargin, `${entry} bottom margin`).toBe(0);
      expect(bands.block, `${entry} text block`).toBeGreaterThan(0.005);
      sizes.push(`${index + 1}:${Math.round(png.length / 1024)}KB`);
    }
    console.log(
      `${name}: ${names.length} page images (${landscapes} landscape), ${printed} printed pages, ${seconds.toFixed(1)} s, zip ${Math.round(bytes.length / 1024)} KB; ${sizes.join(' ')}`,
    );
    writeFileSync(path.join(ARTIFACTS, `${name}-page-01.png`), files[names[0]!]!);
    writeFileSync(path.join(ARTIFACTS, `${name}-page-${String(names.length - 1).padStart(2, '0')}.png`), files[names[names.length - 2]!]!);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});

test('a bulletin of a few pages stays one image of the whole paper, at twice its size', { timeout: 120_000 }, async () => {
  const { page, consoleErrors, context } = await openWatched(browser);
  const title = await openBulletin(page, '');
  // No demo scope has a bulletin this short: the paper on screen is cut to its head and first
  // section (hidden, not removed, so React's tree stays as it was), which the export clones.
  await page.evaluate(() => {
    const paper = document.querySelector('article.bulletin-paper')!;
    for (const part of Array.from(paper.querySelectorAll<HTMLElement>('.bulletin-section ~ .bulletin-section, .bulletin-annex'))) part.style.display = 'none';
  });
  const box = (await page.locator('article.bulletin-paper').boundingBox())!;
  expect(box.height).toBeLessThan(box.width * 4);
  const { fileName, bytes } = await exportImages(page, 'short');
  expect(fileName).toBe(`${title}.png`);
  const size = pngSize(bytes);
  expect(size.width).toBe(Math.ceil(box.width) * 2);
  expect(size.height).toBeGreaterThan(size.width);
  expect(size.height).toBeLessThanOrEqual(Math.ceil(box.height) * 2 + 2);
  writeFileSync(path.join(ARTIFACTS, 'short.png'), bytes);
  expect(consoleErrors).toEqual([]);
  await context.close();
});

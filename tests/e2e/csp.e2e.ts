/**
 * The demo build under its Content-Security-Policy (vite.config.ts: script-src 'self', no eval):
 * no violation on any screen, chart download, bulletin export, template download, file upload
 * (parse worker) or scheme export; and the app sends nothing anywhere but its own origin.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { appUrl, baseUrl, launchChromium, openWatched, settle } from './browser';

const FIXTURES = path.resolve(import.meta.dirname, '../hostile');

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

interface Violation {
  directive: string;
  blocked: string;
  sample: string;
  source: string;
}

/** Collects every securitypolicyviolation event of every document the page opens. */
async function watchCsp(page: Page): Promise<void> {
  await page.context().addInitScript(() => {
    const w = window as unknown as { __csp: unknown[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      w.__csp.push({ directive: event.effectiveDirective, blocked: event.blockedURI, sample: event.sample, source: event.sourceFile });
    });
  });
}

async function violations(page: Page): Promise<Violation[]> {
  return page.evaluate(() => (window as unknown as { __csp?: Violation[] }).__csp ?? []);
}

/** A few mouse moves over the first chart: ECharts' tooltip is a styled div (style-src allows it). */
async function touchChart(page: Page): Promise<void> {
  const chart = page.locator('[role="img"]:has(canvas)').first();
  if ((await chart.count()) === 0 || !(await chart.isVisible())) return;
  await chart.scrollIntoViewIfNeeded();
  const box = await chart.boundingBox();
  if (!box) return;
  for (let i = 1; i < 8; i++) await page.mouse.move(box.x + (box.width * i) / 8, box.y + box.height / 2);
}

async function download(page: Page, click: () => Promise<void>): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), click()]);
  return file.suggestedFilename();
}

const SCREENS = [
  '/overview',
  '/rankings',
  '/rankings?kind=township',
  '/alerts',
  '/office/d-police',
  '/themes',
  '/themes/reviews',
  '/themes/hotline',
  '/themes/disclosure',
  '/bulletin',
  '/screen',
  '/status',
  '/settings/source',
  '/settings/scheme',
];

/** Every screen, then everything that creates a file or starts a worker. */
async function tour(page: Page, search: string): Promise<string[]> {
  const files: string[] = [];
  for (const route of SCREENS) {
    await page.goto(appUrl(route, search));
    await settle(page);
    await touchChart(page);
  }

  await page.goto(appUrl('/rankings', search));
  await settle(page);
  files.push(await download(page, () => page.getByRole('button', { name: '下载图片' }).first().click()));

  await page.goto(appUrl('/bulletin', search));
  await settle(page);
  for (const name of ['导出 Word', '导出 Excel', '导出图片（PNG）']) {
    files.push(await download(page, () => page.getByRole('button', { name }).click()));
  }

  await page.goto(appUrl('/settings/scheme', search));
  await page.getByText('当前生效：').waitFor();
  files.push(await download(page, () => page.getByRole('button', { name: '导出 JSON 文件' }).click()));

  await page.goto(appUrl('/settings/source', search));
  await page.getByRole('heading', { name: '导入数据文件' }).waitFor();
  files.push(await download(page, () => page.getByRole('button', { name: '下载 Excel 模板（.xlsx）' }).click()));
  // Two files through the parse worker: offices as JSON, records as a CSV with a BOM.
  await page.locator('input[type="file"]').setInputFiles([path.join(FIXTURES, 'fixtures/base-offices.json'), path.join(FIXTURES, 'cases/17-bom.csv')]);
  await page.getByText(/导入完成/).waitFor({ timeout: 30_000 });
  await page.goto(appUrl('/rankings', search));
  await settle(page);
  await page.getByRole('link', { name: '县公安局' }).first().waitFor();
  return files;
}

describe('the Content-Security-Policy', () => {
  test('the build carries the policy: scripts only from our origin, no eval, no inline script', async () => {
    const { page, context } = await openWatched(browser);
    await watchCsp(page);
    await page.goto(appUrl('/overview'));
    await settle(page);
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(policy).toContain("script-src 'self'");
    expect(policy).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline/);
    expect(policy).toContain("connect-src 'self'");

    // It is enforced: an injected inline script is blocked and reported, so the listener works.
    const ran = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true';
      document.head.append(script);
      return (window as unknown as { __inlineRan?: boolean }).__inlineRan === true;
    });
    expect(ran).toBe(false);
    await expect.poll(async () => (await violations(page)).map((v) => v.directive)).toContain('script-src-elem');
    await context.close();
  });

  test('no violation on any screen, chart download, export, template, upload or scheme export', async () => {
    const { page, context, consoleErrors } = await openWatched(browser);
    await watchCsp(page);
    const files = await tour(page, '');
    const seen = await violations(page);
    expect(files).toHaveLength(6);
    expect(files.some((name) => name.endsWith('.docx'))).toBe(true);
    expect(files.some((name) => name.endsWith('.xlsx'))).toBe(true);
    expect(seen).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await context.close();
  }, 300_000);
});

describe('requests', () => {
  test('with hostile names carrying URLs, every request stays on the origin and only reads (GET)', async () => {
    const { page, context, foreignRequests, consoleErrors } = await openWatched(browser);
    const origin = new URL(baseUrl()).origin;
    const requests: { method: string; url: string }[] = [];
    context.on('request', (request) => requests.push({ method: request.method(), url: request.url() }));
    const sockets: string[] = [];
    page.on('websocket', (socket) => sockets.push(socket.url()));
    await tour(page, 'scenario=hostile');
    expect(foreignRequests).toEqual([]);
    expect(sockets).toEqual([]);
    const elsewhere = requests.filter(({ url }) => !url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'));
    expect(elsewhere).toEqual([]);
    expect(requests.filter(({ method }) => method !== 'GET')).toEqual([]);
    // The data came from the mock backend on our origin, and nothing else was asked of it.
    expect(requests.some(({ url }) => url.includes('/mock-api/records'))).toBe(true);
    expect(consoleErrors).toEqual([]);
    await context.close();
  }, 300_000);
});

/**
 * The data service end to end: `npm run serve`'s code started on an empty data folder (the demo
 * county), an editor added from the command line, the SPA served by the service on one origin.
 * One browser context (a staff PC) logs in and uploads the reference template through 设置 → 数据来源;
 * another context (another PC, no login, nothing in its storage) reads the uploaded figures on the
 * overview, the big screen and the bulletin.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import writeXlsxFile from 'write-excel-file/node';
import { templateWorkbookSheets } from '../../src/adapters/file/templateXlsx';
import { lastCompleteMonth } from '../../src/domain';
import { CHROMIUM_ARGS } from './browser';
import { chromium } from 'playwright-core';

const ROOT = path.resolve(import.meta.dirname, '../..');
const MONTH = lastCompleteMonth(new Date());
/** The template's example rows: 示例县, six offices, 6,286 items accepted in its month. */
const ACCEPTED = /6,?286/;
/** Screenshots to look at (ignored by git). */
const SHOTS = path.join(ROOT, 'tests/e2e/artifacts/service');

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const port = (server.address() as { port: number }).port;
      server.close(() => resolve(port));
    });
  });
}

const service = (args: string[]) => [process.execPath, ['--import', 'tsx', 'server/src/main.ts', ...args]] as const;

describe('the data service: one source for every screen of the hall', () => {
  let dataDir: string;
  let child: ChildProcess;
  let url: string;
  let token: string;
  let browser: Browser;

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'service-e2e-'));
    const [node, addArgs] = service(['add-editor', '--data', dataDir, '--name', '张三']);
    const added = execFileSync(node, addArgs, { cwd: ROOT, encoding: 'utf8' });
    token = added.trim().split('\n').at(-1)!.trim();
    const port = await freePort();
    const [, serveArgs] = service(['serve', '--data', dataDir, '--port', String(port), '--quiet']);
    child = spawn(node, serveArgs, { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
    url = `http://127.0.0.1:${port}`;
    for (let i = 0; i < 300; i++) {
      try {
        if ((await fetch(`${url}/api/v1/offices`)).ok) break;
      } catch {
        // starting
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    child?.kill('SIGTERM');
    await new Promise((resolve) => child?.once('exit', resolve));
    rmSync(dataDir, { recursive: true, force: true });
  });

  test('serves the SPA and the API from one origin with the policy as a header', async () => {
    const response = await fetch(`${url}/`);
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await fetch(`${url}/config.json`).then((r) => r.json())).toMatchObject({ dataSource: { type: 'http', baseUrl: 'api/v1' } });
  });

  test('a staff PC uploads the reference template; another PC reads its figures on the overview, the big screen and the bulletin', async () => {
    const staff = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1366, height: 900 } });
    const page = await staff.newPage();
    await page.goto(`${url}/#/settings/source`);
    await page.getByLabel('编辑令牌').fill(token);
    await page.getByRole('button', { name: '登录' }).click();
    await expect.poll(() => page.getByText('已登录：张三').count(), { timeout: 15_000 }).toBe(1);
    // Beside the service's upload, the browser's own import says it shares nothing.
    expect(await page.getByRole('heading', { name: '仅在本机查看（不上传到数据服务）' }).count()).toBe(1);
    const xlsx = (await writeXlsxFile(templateWorkbookSheets(MONTH, ['填写说明']) as never).toBuffer()) as Buffer;
    await page.locator('#service-upload ~ p input[type="file"]').setInputFiles({ name: '数据模板.xlsx', mimeType: 'application/octet-stream', buffer: xlsx });
    await expect.poll(() => page.getByRole('status').filter({ hasText: '已导入' }).count(), { timeout: 30_000 }).toBeGreaterThan(0);
    await expect.poll(async () => (await page.getByRole('status').filter({ hasText: '已导入' }).first().textContent()) ?? '').toContain('张三');
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SHOTS, 'staff-upload.png'), fullPage: true });
    await staff.close();

    // Another PC: a fresh context, no token, no local data.
    const other = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1366, height: 900 } });
    const viewer = await other.newPage();
    const consoleErrors: string[] = [];
    viewer.on('pageerror', (error) => consoleErrors.push(error.message));

    await viewer.goto(`${url}/#/overview`);
    await expect.poll(() => viewer.locator('body').innerText(), { timeout: 30_000 }).toMatch(ACCEPTED);
    expect(await viewer.locator('body').innerText()).toContain('示例县');
    await viewer.screenshot({ path: path.join(SHOTS, 'other-overview.png'), fullPage: true });

    await viewer.goto(`${url}/#/screen`);
    await expect.poll(() => viewer.locator('body').innerText(), { timeout: 30_000 }).toMatch(ACCEPTED);
    await viewer.screenshot({ path: path.join(SHOTS, 'other-screen.png') });

    await viewer.goto(`${url}/#/bulletin/${MONTH}`);
    await expect.poll(() => viewer.locator('body').innerText(), { timeout: 30_000 }).toMatch(ACCEPTED);
    // The bulletin's title names the scope as 全县 (公文 style): its figures are the uploaded ones.
    expect(await viewer.locator('body').innerText()).toContain(`关于${MONTH.slice(0, 4)}年${Number(MONTH.slice(5))}月全县`);
    await viewer.screenshot({ path: path.join(SHOTS, 'other-bulletin.png'), fullPage: true });
    expect(consoleErrors).toEqual([]);
    await other.close();
  });

  /** A PC where an editor has logged in, on the bulletin of MONTH. */
  async function editorOnBulletin(): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1366, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${url}/#/settings/source`);
    await page.getByLabel('编辑令牌').fill(token);
    await page.getByRole('button', { name: '登录' }).click();
    await expect.poll(() => page.getByText('已登录：张三').count(), { timeout: 15_000 }).toBe(1);
    await page.goto(`${url}/#/bulletin/${MONTH}`);
    await page.locator('article.bulletin-paper h3').waitFor({ timeout: 30_000 });
    return { context, page };
  }
  const OVERVIEW = '编辑段落：政务服务事项办理情况';
  const CLOSING = '编辑段落：工作要求';
  /** Fills a paragraph and waits until the service has taken this PC's edits. */
  async function fillAndSend(page: Page, label: string, text: string): Promise<void> {
    const sent = page.waitForResponse((response) => response.url().includes('/bulletin-edits') && response.request().method() === 'PUT' && response.ok(), {
      timeout: 15_000,
    });
    await page.getByLabel(label).fill(text);
    await sent;
  }

  test('bulletin edits through the service: another PC’s paragraph is taken silently, one changed on both PCs is a conflict to choose', async () => {
    const a = await editorOnBulletin();
    await fillAndSend(a.page, OVERVIEW, '甲电脑写的总体情况。');

    // PC B opens the bulletin: A's paragraph is there, with no conflict; B's own paragraph goes back to the service.
    const b = await editorOnBulletin();
    await expect.poll(() => b.page.getByLabel(OVERVIEW).inputValue(), { timeout: 15_000 }).toBe('甲电脑写的总体情况。');
    expect(await b.page.locator('.paragraph-conflict').count()).toBe(0);
    await fillAndSend(b.page, CLOSING, '乙电脑写的工作要求。');
    await a.page.reload();
    await expect.poll(() => a.page.getByLabel(CLOSING).inputValue(), { timeout: 15_000 }).toBe('乙电脑写的工作要求。');
    expect(await a.page.getByLabel(OVERVIEW).inputValue()).toBe('甲电脑写的总体情况。');

    // Both change the overview: B's text is kept on B's screen beside the service's (A's), and the service keeps A's until B chooses.
    await fillAndSend(a.page, OVERVIEW, '甲电脑改过的总体情况。');
    await b.page.getByLabel(OVERVIEW).fill('乙电脑改过的总体情况。');
    const alert = b.page.getByRole('alert').filter({ hasText: '数据服务中保存的' });
    await expect.poll(() => alert.count(), { timeout: 15_000 }).toBe(1);
    expect(await b.page.locator('.paragraph-conflict .theirs').innerText()).toBe('甲电脑改过的总体情况。');
    expect(await b.page.getByLabel(OVERVIEW).inputValue()).toBe('乙电脑改过的总体情况。');
    await b.page.locator('.bulletin-paragraph.conflict').screenshot({ path: path.join(SHOTS, 'bulletin-conflict.png') });
    const kept = b.page.waitForResponse((response) => response.url().includes('/bulletin-edits') && response.request().method() === 'PUT' && response.ok(), {
      timeout: 15_000,
    });
    await b.page.getByRole('button', { name: '保留本机的文字' }).click();
    await kept;
    expect(await b.page.locator('.paragraph-conflict').count()).toBe(0);
    await a.page.reload();
    await expect.poll(() => a.page.getByLabel(OVERVIEW).inputValue(), { timeout: 15_000 }).toBe('乙电脑改过的总体情况。');
    expect(await a.page.locator('.paragraph-conflict').count()).toBe(0);
    await a.context.close();
    await b.context.close();
  });
});

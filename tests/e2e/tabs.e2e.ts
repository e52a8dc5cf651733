import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { lastCompleteMonth } from '../../src/domain';
import { appUrl, axeViolations, launchChromium, openWatched } from './browser';

/**
 * Two tabs of one browser profile (two pages of one context), as staff use them: one to read, one
 * to write. What one tab types or imports reaches the other, and nothing typed is lost silently.
 */
let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** A second tab of the same context, its errors recorded like the first's. */
async function secondTab(context: BrowserContext, errors: string[]): Promise<Page> {
  const page = await context.newPage();
  page.on('pageerror', (error) => errors.push(`pageerror (second tab): ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && !/status of 404/.test(message.text())) errors.push(`${message.text()} (second tab)`);
  });
  return page;
}

async function openBulletin(page: Page): Promise<void> {
  await page.goto(appUrl('/bulletin'));
  await page.locator('article.bulletin-paper h3').waitFor({ timeout: 30_000 });
}

const CLOSING = '编辑段落：工作要求';
const OVERVIEW = '编辑段落：政务服务事项办理情况';

async function caretToEnd(page: Page, label: string): Promise<void> {
  await page.getByLabel(label).focus();
  await page.keyboard.press('Control+End');
}

async function textOf(page: Page, label: string): Promise<string> {
  return page.getByLabel(label).inputValue();
}

/** Waits until each labelled editor of the page holds its text (another tab's typing arriving). */
async function waitForTexts(page: Page, texts: Record<string, string>): Promise<void> {
  await page.waitForFunction(
    (wanted) =>
      Object.entries(wanted).every(([name, text]) => {
        const label = [...document.querySelectorAll('label')].find((item) => item.textContent === name);
        return (document.getElementById(label?.htmlFor ?? '') as HTMLTextAreaElement | null)?.value === text;
      }),
    texts,
    { timeout: 5_000 },
  );
}

test('typing in turn into one paragraph in two tabs: every keystroke survives in both', async () => {
  const { page: a, context, consoleErrors } = await openWatched(browser);
  const b = await secondTab(context, consoleErrors);
  await openBulletin(a);
  await openBulletin(b);
  const generated = await textOf(a, CLOSING);
  await caretToEnd(a, CLOSING);
  await caretToEnd(b, CLOSING);

  let expected = generated;
  for (const char of 'aababaab') {
    const [typing, other] = char === 'a' ? [a, b] : [b, a];
    await typing.keyboard.type(char);
    expected += char;
    // The other tab has it within moments, with no reload.
    await waitForTexts(other, { [CLOSING]: expected });
  }
  expect(await textOf(a, CLOSING)).toBe(`${generated}aababaab`);
  expect(await textOf(b, CLOSING)).toBe(`${generated}aababaab`);
  expect(await a.getByRole('alert').filter({ hasText: '另一个标签页同时修改了' }).count()).toBe(0);
  // And it is what a fresh tab reads.
  const c = await secondTab(context, consoleErrors);
  await openBulletin(c);
  expect(await textOf(c, CLOSING)).toBe(`${generated}aababaab`);
  expect(consoleErrors).toEqual([]);
  await context.close();
});

test('typed at the same moment into one paragraph: both texts are kept and a conflict is shown, never a silent overwrite', async () => {
  const { page: a, context, consoleErrors } = await openWatched(browser);
  const b = await secondTab(context, consoleErrors);
  await openBulletin(a);
  await openBulletin(b);
  const generated = await textOf(a, CLOSING);
  await caretToEnd(a, CLOSING);
  await caretToEnd(b, CLOSING);
  // Both tabs type before either hears of the other (as fast as the protocol delivers keys).
  await Promise.all([a.keyboard.type('甲甲甲'), b.keyboard.type('乙乙乙')]);
  await a.waitForTimeout(1_000);
  const texts = [await textOf(a, CLOSING), await textOf(b, CLOSING)];
  const conflicts = await Promise.all([a, b].map((page) => page.getByRole('alert').filter({ hasText: '另一个标签页同时修改了' }).count()));
  if (texts[0] === texts[1]) {
    // The browser happened to deliver them in turn: then nothing may be missing.
    expect(texts[0]!.replace(generated, '').split('').sort().join('')).toBe('乙乙乙甲甲甲');
  } else {
    // Otherwise a tab whose keystrokes are not in the stored text shows the conflict with both texts on screen.
    expect(conflicts.some((count) => count > 0)).toBe(true);
    const page = conflicts[0]! > 0 ? a : b;
    const theirs = await page.locator('.paragraph-conflict .theirs').innerText();
    const mine = await textOf(page, CLOSING);
    // Each tab's keystrokes are all in one of the two texts on screen (typed on each other's, they may interleave).
    const count = (text: string, char: string) => text.split(char).length - 1;
    const shown = JSON.stringify({ mine, theirs }).replaceAll(generated, '…');
    expect(Math.max(count(mine, '甲'), count(theirs, '甲')), shown).toBe(3);
    expect(Math.max(count(mine, '乙'), count(theirs, '乙')), shown).toBe(3);
    // Settled by keeping this tab's text: both tabs then agree.
    await page.getByRole('button', { name: '保留本页的文字' }).click();
    const other = page === a ? b : a;
    await other.waitForFunction(() => document.querySelectorAll('.paragraph-conflict').length === 0);
    expect(await textOf(other, CLOSING)).toBe(mine);
  }
  expect(consoleErrors).toEqual([]);
  await context.close();
});

test('edits of two paragraphs in two tabs both survive, in both tabs and after a reload', async () => {
  const { page: a, context, consoleErrors } = await openWatched(browser);
  const b = await secondTab(context, consoleErrors);
  await openBulletin(a);
  await openBulletin(b);
  await Promise.all([a.getByLabel(OVERVIEW).fill('甲页写的总体情况。'), b.getByLabel(CLOSING).fill('乙页写的工作要求。')]);
  for (const page of [a, b]) await waitForTexts(page, { [OVERVIEW]: '甲页写的总体情况。', [CLOSING]: '乙页写的工作要求。' });
  await a.reload();
  await a.locator('article.bulletin-paper h3').waitFor();
  expect(await textOf(a, OVERVIEW)).toBe('甲页写的总体情况。');
  expect(await textOf(a, CLOSING)).toBe('乙页写的工作要求。');
  expect(consoleErrors).toEqual([]);
  await context.close();
});

type Cell = string | number | null;
const OFFICES: Cell[][] = [
  ['BL', '白鹭县', '区域', null],
  ['BL-D1', '白鹭县公安局', '部门', 'BL'],
  ['BL-D2', '白鹭县人社局', '部门', 'BL'],
  ['BL-T1', '白鹭镇', '乡镇', 'BL'],
];

/** Drops the two CSV files on the data-source page, as a drag and drop would. */
async function importBailu(page: Page): Promise<void> {
  const month = lastCompleteMonth(new Date());
  const offices = ['单位编码,单位名称,单位类型,上级单位编码', ...OFFICES.map((row) => row.map((cell) => cell ?? '').join(','))].join('\r\n');
  const records = [
    '单位编码,月份,受理件数,办结件数,评价数,好评数,差评数',
    `BL-D1,${month},1000,990,900,895,2`,
    `BL-D2,${month},800,790,700,697,1`,
    `BL-T1,${month},600,590,500,498,1`,
  ].join('\r\n');
  await page.goto(appUrl('/settings/source'));
  await page.getByRole('heading', { name: '导入数据文件' }).waitFor();
  await page.evaluate(
    ({ officesText, recordsText }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([officesText], '单位表.csv', { type: 'text/csv' }));
      transfer.items.add(new File([recordsText], '月度数据表.csv', { type: 'text/csv' }));
      const zone = document.querySelector('.file-drop')!;
      zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));
      zone.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    },
    { officesText: offices, recordsText: records },
  );
  await page.getByText('导入完成：单位 4 个，月度记录 3 条。').waitFor({ timeout: 20_000 });
}

test('an import in one tab reaches the other open tabs (the big screen too) without a reload, with a notice; so does a removal', async () => {
  const { page: reader, context, consoleErrors } = await openWatched(browser);
  const writer = await secondTab(context, consoleErrors);
  const wall = await secondTab(context, consoleErrors);
  await reader.goto(appUrl('/rankings'));
  await reader
    .locator('table.data-table')
    .first()
    .getByText(/青岚县/)
    .first()
    .waitFor({ timeout: 30_000 });
  await wall.goto(appUrl('/screen'));
  await wall
    .getByText(/青岚县/)
    .first()
    .waitFor({ timeout: 30_000 });

  await importBailu(writer);
  await reader.getByText('另一个标签页改用了导入的数据（单位表.csv、月度数据表.csv），本页已随之切换。').waitFor({ timeout: 5_000 });
  await reader.locator('table.data-table').first().getByText('白鹭县公安局').waitFor({ timeout: 10_000 });
  expect(
    await reader
      .locator('table.data-table')
      .first()
      .getByText(/青岚县/)
      .count(),
  ).toBe(0);
  await wall.getByText(/另一个标签页改用了导入的数据/).waitFor({ timeout: 5_000 });
  await wall.getByText(/白鹭/).first().waitFor({ timeout: 10_000 });
  expect(await axeViolations(reader)).toEqual([]);

  // Removed in the writing tab: the reading tab goes back to the configured source and says so.
  await writer.getByRole('button', { name: '删除本机保存的数据' }).click();
  await writer.getByRole('button', { name: '删除本机保存的数据' }).click();
  await writer.getByText('已删除本机保存的数据。').waitFor();
  await reader.getByText('另一个标签页切换回了配置的数据源，本页已随之切换。').waitFor({ timeout: 5_000 });
  await reader
    .locator('table.data-table')
    .first()
    .getByText(/青岚县/)
    .first()
    .waitFor({ timeout: 10_000 });
  expect(consoleErrors).toEqual([]);
  await context.close();
});

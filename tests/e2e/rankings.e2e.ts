import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { axeViolations, appUrl, launchChromium, openWatched } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

async function hashQuery(page: Page): Promise<URLSearchParams> {
  const hash = await page.evaluate(() => window.location.hash);
  return new URLSearchParams(hash.split('?')[1] ?? '');
}

async function hashPath(page: Page): Promise<string> {
  return decodeURIComponent((await page.evaluate(() => window.location.hash)).split('?')[0]!.slice(1));
}

function panel(page: Page, title: RegExp): Locator {
  return page.locator('section.chart-panel', { has: page.getByRole('heading', { name: title }) });
}

/** The rows of a chart panel's 查看数据 table, as cell texts; the panel goes back to its chart after. */
async function chartTable(chartPanel: Locator): Promise<string[][]> {
  await chartPanel.getByRole('button', { name: '查看数据' }).click();
  const rows = chartPanel.locator('table tbody tr');
  await rows.first().waitFor();
  const cells = await rows.evaluateAll((elements) => elements.map((row) => [...row.querySelectorAll('td')].map((cell) => cell.textContent ?? '')));
  await chartPanel.getByRole('button', { name: '查看图表' }).click();
  return cells;
}

/** Every chart on the page has drawn on a canvas of non-zero size. */
async function chartsDrawn(page: Page): Promise<number> {
  await page.waitForFunction(() => {
    const charts = [...document.querySelectorAll('.chart-panel [role="img"]')];
    return (
      charts.length > 0 &&
      charts.every((chart) => {
        const canvas = chart.querySelector('canvas');
        return canvas !== null && canvas.width > 0 && canvas.height > 0;
      })
    );
  });
  return page.locator('.chart-panel [role="img"]').count();
}

/** The main ranking table's body rows: [rank, change, office, measured value, …]. */
async function rankingRows(page: Page): Promise<string[][]> {
  const table = page.getByRole('table', { name: /排名表/ });
  await table.locator('tbody tr').first().waitFor();
  return table.locator('tbody tr').evaluateAll((rows) => rows.map((row) => [...row.querySelectorAll('td')].map((cell) => (cell.textContent ?? '').trim())));
}

/**
 * The centre of the n-th bar (0-based, top first) of the ranking chart by score: the chart lays its
 * rows out evenly between the grid's top (32 px, under the legend) and bottom (24 px) margins.
 */
async function barPoint(chart: Locator, index: number, count: number): Promise<{ x: number; y: number }> {
  await chart.scrollIntoViewIfNeeded();
  const box = (await chart.boundingBox())!;
  const band = (box.height - 32 - 24) / count;
  return { x: box.x + box.width * 0.3, y: box.y + 32 + band * (index + 0.5) };
}

describe('rankings, alerts and office in Chromium', () => {
  test('rankings: table and 查看数据 agree, period and kind change in the URL, an office opens from the table and from the chart', async () => {
    const { page, consoleErrors, foreignRequests, context } = await openWatched(browser);
    await page.goto(appUrl('/rankings'));
    const rows = await rankingRows(page);
    expect(rows.length).toBeGreaterThan(20);
    expect(await chartsDrawn(page)).toBe(1);
    for (const row of rows) expect(row.join(' ')).not.toMatch(/NaN|Infinity|undefined/);

    // The chart's table view lists the ranked offices with the scores of the ranking table.
    const chart = panel(page, /部门综合得分排名/);
    const data = await chartTable(chart);
    const ranked = rows.filter((row) => /^\d+$/.test(row[0]!));
    expect(data).toEqual(ranked.map((row) => [row[0], row[2]!.replace(/数据不完整$/, ''), row[3]]));
    for (const row of data) expect(row[2]).toMatch(/^\d{1,3}\.\d{2}$/);

    // An earlier month, then townships: each a step in the URL that back undoes.
    const month = await page.getByLabel('月份', { exact: true }).inputValue();
    const options = await page
      .getByLabel('月份', { exact: true })
      .locator('option')
      .evaluateAll((elements) => elements.map((option) => (option as HTMLOptionElement).value));
    const earlier = options.find((value) => value < month)!;
    await page.getByLabel('月份', { exact: true }).selectOption(earlier);
    await expect.poll(async () => (await hashQuery(page)).get('period')).toBe(`m:${earlier}`);
    const [year, m] = earlier.split('-');
    await page.getByRole('heading', { level: 2, name: new RegExp(`${year}年${Number(m)}月`) }).waitFor();
    await page
      .getByRole('navigation', { name: '单位类型' })
      .getByRole('link', { name: /乡镇（街道）/ })
      .click();
    await expect.poll(async () => (await hashQuery(page)).get('kind')).toBe('township');
    await page.getByRole('table', { name: /乡镇（街道）排名表/ }).waitFor();
    const townships = await rankingRows(page);
    expect(townships.length).toBeGreaterThan(5);
    await page.goBack();
    await page.getByRole('table', { name: /^部门排名表/ }).waitFor();
    expect((await hashQuery(page)).get('period')).toBe(`m:${earlier}`);

    // By one indicator: a rate, two decimals, best first.
    await page.getByLabel('排名依据', { exact: true }).selectOption('goodReviewRate');
    await expect.poll(async () => (await hashQuery(page)).get('by')).toBe('goodReviewRate');
    await page.getByRole('table', { name: /按好评率/ }).waitFor();
    const byRate = (await rankingRows(page)).filter((row) => /^\d+$/.test(row[0]!));
    for (const row of byRate) expect(row[3]).toMatch(/^\d{1,3}\.\d{2}%$/);
    const values = byRate.map((row) => Number(row[3]!.replace('%', '')));
    expect([...values].sort((a, b) => b - a)).toEqual(values);

    // An office opens from its name in the table, on the same period.
    const first = byRate[0]!;
    await page
      .getByRole('table', { name: /排名表/ })
      .getByRole('link', { name: first[2]!.replace(/数据不完整$/, '') })
      .first()
      .click();
    await expect.poll(() => hashPath(page)).toMatch(/^\/office\//);
    expect((await hashQuery(page)).get('period')).toBe(`m:${earlier}`);
    await page.getByRole('heading', { name: first[2]!.replace(/数据不完整$/, ''), level: 2 }).waitFor();
    await page.goBack();

    // …and from its bar in the chart.
    const scoreRows = await (async () => {
      await page.getByLabel('排名依据', { exact: true }).selectOption('score');
      await page.getByRole('table', { name: /按综合得分/ }).waitFor();
      return (await rankingRows(page)).filter((row) => /^\d+$/.test(row[0]!));
    })();
    await chartsDrawn(page);
    const third = await barPoint(panel(page, /部门综合得分排名/).locator('[role="img"]'), 2, scoreRows.length);
    await page.mouse.click(third.x, third.y);
    await expect.poll(() => hashPath(page)).toMatch(/^\/office\//);
    await page.getByRole('heading', { name: scoreRows[2]![2]!.replace(/数据不完整$/, ''), level: 2 }).waitFor();

    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await context.close();
  });

  test('alerts and office open by URL, read their figures from the table views, pass axe', async () => {
    const { page, consoleErrors, context } = await openWatched(browser);
    await page.goto(appUrl('/rankings'));
    await rankingRows(page);
    expect(await axeViolations(page)).toEqual([]);

    await page.goto(appUrl('/alerts'));
    await page.getByRole('heading', { name: '本期红黄牌' }).waitFor();
    expect(await chartsDrawn(page)).toBe(1);
    const cards = page.getByRole('table', { name: '红黄牌明细' });
    const cardRows = await cards
      .locator('tbody tr')
      .evaluateAll((rows) => rows.map((row) => [...row.querySelectorAll('td')].map((cell) => (cell.textContent ?? '').trim())));
    const summary = await page.getByText(/本期红牌 [\d,]+ 个单位（[\d,]+ 张），黄牌/).innerText();
    const [, red, yellow] = /红牌 [\d,]+ 个单位（(\d+) 张），黄牌 [\d,]+ 个单位（(\d+) 张）/.exec(summary)!;
    expect(cardRows.length).toBe(Number(red) + Number(yellow));
    // The last month of the cards-over-time table counts what the list shows.
    const perMonth = await chartTable(panel(page, /红黄牌数量/));
    expect(perMonth).toHaveLength(12);
    const last = perMonth.at(-1)!;
    expect([last[1], last[2]]).toEqual([red, yellow]);
    // A filter narrows the list and lives in the URL.
    await page.getByLabel('级别', { exact: true }).selectOption('red');
    await expect.poll(async () => (await hashQuery(page)).get('level')).toBe('red');
    await expect.poll(async () => cards.locator('tbody tr').count()).toBe(Number(red));
    expect(await axeViolations(page)).toEqual([]);

    // The office of the first red card, by URL, with its card and since-when.
    const officeLink = cards.locator('tbody tr').first().getByRole('link');
    const name = await officeLink.innerText();
    const href = (await officeLink.getAttribute('href'))!;
    await page.goto(appUrl(href.slice(1)));
    await page.getByRole('heading', { name, level: 2 }).waitFor();
    expect(await chartsDrawn(page)).toBe(2);
    const cardsPanel = page.getByRole('region', { name: '本期红黄牌' });
    expect(await cardsPanel.innerText()).toMatch(/自 \d{4}年\d{1,2}月 起，已持续 \d+ 个月/);
    const history = await chartTable(panel(page, /排名变化/));
    expect(history).toHaveLength(12);
    for (const row of history) expect(row[1]).toMatch(/^(第 \d+ 名 \/ 共 \d+|未排名|未报送)$/);
    const trendRows = await chartTable(panel(page, /走势/));
    expect(trendRows).toHaveLength(12);
    for (const row of trendRows) for (const cell of row.slice(1)) expect(cell).toMatch(/^(\d{1,3}(,\d{3})*\.\d{2}%|—)$/);
    const counts = page.getByRole('table', { name: /逐月原始数据/ });
    expect(await counts.locator('tbody tr').count()).toBe(12);
    expect(await page.locator('main, body').first().innerText()).not.toMatch(/NaN|Infinity|undefined/);
    expect(await axeViolations(page)).toEqual([]);

    // An unknown office: a clear message and a way back, no crash.
    await page.goto(appUrl('/office/no-such-office'));
    await page.getByText('未找到编号为“no-such-office”的单位', { exact: false }).waitFor();
    await page.getByRole('link', { name: '返回排名' }).click();
    await expect.poll(() => hashPath(page)).toBe('/rankings');

    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  test('hostile names show as text in the table, the chart tooltip and the office page; nothing executes', async () => {
    const { page, consoleErrors, context } = await openWatched(browser);
    await context.addInitScript(() => {
      (window as unknown as { __xss: boolean }).__xss = false;
      window.alert = () => {
        (window as unknown as { __xss: boolean }).__xss = true;
      };
    });
    let dialogs = 0;
    page.on('dialog', (dialog) => {
      dialogs += 1;
      void dialog.dismiss();
    });
    const payload = '<img src=x onerror=alert(1)>镇';

    await page.goto(appUrl('/rankings?kind=township', 'scenario=hostile'));
    const rows = await rankingRows(page);
    const index = rows.findIndex((row) => row[2]!.startsWith(payload));
    expect(index).toBeGreaterThanOrEqual(0);
    await page.getByRole('link', { name: payload }).waitFor();

    // Its bar's tooltip names it as text.
    await chartsDrawn(page);
    const ranked = rows.filter((row) => /^\d+$/.test(row[0]!)).length;
    const chart = panel(page, /乡镇（街道）综合得分排名/).locator('[role="img"]');
    const point = await barPoint(chart, index, ranked);
    await page.mouse.move(point.x, point.y);
    await expect.poll(async () => (await chart.locator('div').allInnerTexts()).some((text) => text.includes(payload))).toBe(true);
    const data = await chartTable(panel(page, /乡镇（街道）综合得分排名/));
    expect(data.map((row) => row[1])).toContain(payload);

    // Its page by URL, and the alerts page of the same data.
    await page.goto(appUrl('/office/t12', 'scenario=hostile'));
    await page.getByRole('heading', { name: payload, level: 2 }).waitFor();
    await chartsDrawn(page);
    await page.goto(appUrl('/alerts', 'scenario=hostile'));
    await page.getByRole('heading', { name: '本期红黄牌' }).waitFor();
    await chartsDrawn(page);

    expect(await page.locator('img[src="x"], script:not([src])').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __xss: boolean }).__xss)).toBe(false);
    expect(dialogs).toBe(0);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});

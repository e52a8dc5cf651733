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

/** The query part of the page's hash route, e.g. "period=q:2025-01&kind=township". */
async function hashQuery(page: Page): Promise<URLSearchParams> {
  const hash = await page.evaluate(() => window.location.hash);
  return new URLSearchParams(hash.split('?')[1] ?? '');
}

/** Serious and critical accessibility violations, as "rule: first target" lines. */
/** The rows of a chart panel's 查看数据 table, as cell texts. */
async function chartTable(panel: Locator): Promise<string[][]> {
  // A panel keeps its table view open across views; open it only when it is closed.
  const open = panel.getByRole('button', { name: '查看数据' });
  if (await open.isVisible()) await open.click();
  const rows = panel.locator('table tbody tr');
  await rows.first().waitFor();
  return rows.evaluateAll((elements) => elements.map((row) => [...row.querySelectorAll('td')].map((cell) => cell.textContent ?? '')));
}

/** Every chart of the page has drawn on its canvas (a canvas of non-zero size inside each chart). */
async function chartsDrawn(page: Page): Promise<number> {
  // Back to the charts where a table view was left open.
  const back = page.getByRole('button', { name: '查看图表' });
  while ((await back.count()) > 0) await back.first().click();
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

describe('overview in Chromium', () => {
  test('figures, table views, period and kind in the URL, back and forward, no console error, no serious axe violation', async () => {
    const { page, consoleErrors, foreignRequests, context } = await openWatched(browser);
    await page.goto(appUrl('/overview'));
    const tiles = page.locator('section.panel', { has: page.getByRole('heading', { name: '本期主要指标' }) });
    await tiles.waitFor();
    expect(await chartsDrawn(page)).toBe(4);

    // The month's volume read from the trend's table view is the tile's figure.
    const accepted = await tiles.locator('[data-indicator="accepted"] .kpi-value').innerText();
    expect(accepted).toMatch(/^\d{1,3}(,\d{3})+$/);
    const volume = page.locator('section.chart-panel', { has: page.getByRole('heading', { name: /办件量走势/ }) });
    const rows = await chartTable(volume);
    expect(rows).toHaveLength(12);
    const month = await page.getByLabel('月份', { exact: true }).inputValue();
    const [year, m] = month.split('-');
    expect(rows.at(-1)![0]).toBe(`${year}年${Number(m)}月`);
    expect(rows.at(-1)![1]).toBe(accepted);
    // Rates in the table views carry two decimals.
    const rates = await chartTable(page.locator('section.chart-panel', { has: page.getByRole('heading', { name: /主要比率走势/ }) }));
    for (const cell of rates.flatMap((row) => row.slice(1, 7))) expect(cell).toMatch(/^(\d{1,3}\.\d{2}%|—)$/);
    const body = await page.locator('main, body').first().innerText();
    expect(body).not.toMatch(/NaN|Infinity|undefined/);

    // month → quarter → another month → townships: each step is a URL, back and forward walk them.
    await page.getByLabel('时段类型', { exact: true }).selectOption('quarter');
    await expect.poll(async () => (await hashQuery(page)).get('period')).toMatch(/^q:\d{4}-\d{2}$/);
    const quarter = (await hashQuery(page)).get('period');
    // The quarter picker lists quarters (2026年第三季度), the heading the one picked.
    const quarters = page.getByLabel('季度', { exact: true });
    const options = await quarters
      .locator('option')
      .evaluateAll((elements) => elements.map((option) => [(option as HTMLOptionElement).value, option.textContent ?? '']));
    for (const [, text] of options) expect(text).toMatch(/^\d{4}年第[一二三四]季度(（截至\d+月）)?$/);
    const earlier = options.find(([value]) => `q:${value}` !== quarter)!;
    await quarters.selectOption(earlier[0]!);
    await page.getByRole('heading', { level: 2, name: new RegExp(`^总览\\s*${earlier[1]}$`) }).waitFor();
    await expect.poll(async () => (await hashQuery(page)).get('period')).not.toBe(quarter);
    const otherQuarter = (await hashQuery(page)).get('period');
    expect(otherQuarter).toMatch(/^q:/);
    await page.getByLabel('单位类型', { exact: true }).selectOption('township');
    await expect.poll(async () => (await hashQuery(page)).get('kind')).toBe('township');
    await page.getByRole('heading', { name: /受理件数前 10 位（乡镇（街道））/ }).waitFor();

    await page.goBack();
    await expect.poll(async () => (await hashQuery(page)).get('kind')).toBe(null);
    await page.getByRole('heading', { name: /受理件数前 10 位（部门）/ }).waitFor();
    expect(await page.getByLabel('单位类型', { exact: true }).inputValue()).toBe('department');
    expect((await hashQuery(page)).get('period')).toBe(otherQuarter);
    await page.goBack();
    await expect.poll(async () => (await hashQuery(page)).get('period')).toBe(quarter);
    expect(await page.getByLabel('时段类型', { exact: true }).inputValue()).toBe('quarter');
    await page.goBack();
    await expect.poll(async () => (await hashQuery(page)).get('period')).toBe(null);
    expect(await page.getByLabel('时段类型', { exact: true }).inputValue()).toBe('month');
    await page.goForward();
    await expect.poll(async () => (await hashQuery(page)).get('period')).toBe(quarter);
    await page.getByRole('heading', { level: 2, name: /第[一二三四]季度/ }).waitFor();
    expect(await chartsDrawn(page)).toBe(4);

    // An office is one click away from the best three.
    const best = page.locator('section[data-kind="department"] .rank-list a').first();
    const name = await best.innerText();
    await best.click();
    await expect.poll(async () => page.evaluate(() => window.location.hash)).toMatch(/^#\/office\//);
    expect((await hashQuery(page)).get('period')).toBe(quarter);
    expect(name.length).toBeGreaterThan(0);
    await page.goBack();
    await tiles.waitFor();

    expect(await axeViolations(page)).toEqual([]);
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await context.close();
  });

  test('a pasted link restores the same view', async () => {
    const { page, consoleErrors, context } = await openWatched(browser);
    await page.goto(appUrl('/overview'));
    await page.getByRole('heading', { name: '本期主要指标' }).waitFor();
    const month = await page.getByLabel('月份', { exact: true }).inputValue();
    await page.goto(appUrl(`/overview?period=ytd:${month}&kind=township&months=24`));
    await page.getByRole('heading', { name: '本期主要指标' }).waitFor();
    expect(await page.getByLabel('时段类型', { exact: true }).inputValue()).toBe('ytd');
    expect(await page.getByLabel('单位类型', { exact: true }).inputValue()).toBe('township');
    expect(await page.getByLabel('时间跨度', { exact: true }).inputValue()).toBe('24');
    const rows = await chartTable(page.locator('section.chart-panel', { has: page.getByRole('heading', { name: /办件量走势/ }) }));
    expect(rows.length).toBe(24);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});

describe('themes in Chromium', () => {
  test('each theme opens by URL, draws its charts, keeps kind in the URL, and passes axe', async () => {
    const { page, consoleErrors, context } = await openWatched(browser);
    const themes = [
      ['handling', '办件与网办', '网上办理率'],
      ['reviews', '好差评', '好评率'],
      ['hotline', '12345热线', '热线按时办结率'],
      ['disclosure', '政务公开', '公开信息条数'],
    ] as const;
    for (const [id, name, indicator] of themes) {
      await page.goto(appUrl(`/themes/${id}`));
      await page.getByRole('heading', { level: 2, name: new RegExp(`专题：${name}`) }).waitFor();
      expect(await page.getByRole('navigation', { name: '专题导航' }).getByRole('link', { name }).getAttribute('aria-current')).toBe('page');
      expect(await chartsDrawn(page)).toBe(2);
      const bars = page.locator('section.chart-panel', { has: page.getByRole('heading', { name: `各部门${indicator}` }) });
      const rows = await chartTable(bars);
      expect(rows.length).toBeGreaterThan(10);
      // A value, then (for a rate on too few tickets) its 样本不足 note.
      for (const row of rows) expect(row[1]).toMatch(/^(\d{1,3}(,\d{3})*(\.\d{2}%)?|\d+\.\d{2}%|—)( 样本不足：.*)?$/);
      expect(await axeViolations(page)).toEqual([]);
    }

    // Kind and indicator are part of the view: back restores them.
    await page.goto(appUrl('/themes/reviews'));
    await page.getByRole('heading', { name: '各部门好评率' }).waitFor();
    await page.getByLabel('单位类型', { exact: true }).selectOption('township');
    await page.getByRole('heading', { name: '各乡镇（街道）好评率' }).waitFor();
    await page.getByRole('link', { name: '差评整改率' }).click();
    await page.getByRole('heading', { name: '各乡镇（街道）差评整改率' }).waitFor();
    expect((await hashQuery(page)).get('indicator')).toBe('rectificationRate');
    await page.goBack();
    await page.getByRole('heading', { name: '各乡镇（街道）好评率' }).waitFor();
    await page.goBack();
    await page.getByRole('heading', { name: '各部门好评率' }).waitFor();
    // The tabs keep the kind and the period.
    await page.getByLabel('时段类型', { exact: true }).selectOption('quarter');
    await expect.poll(async () => (await hashQuery(page)).get('period')).toMatch(/^q:/);
    await page.getByRole('navigation', { name: '专题导航' }).getByRole('link', { name: '12345热线' }).click();
    await page.getByRole('heading', { level: 2, name: /专题：12345热线/ }).waitFor();
    expect((await hashQuery(page)).get('period')).toMatch(/^q:/);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});

describe('hostile data in Chromium', () => {
  test('an office named <img src=x onerror=alert(1)> shows as text everywhere and nothing executes', async () => {
    const { page, consoleErrors, context } = await openWatched(browser);
    // The payload calls alert(1): if any of it ever runs, the flag says so.
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

    await page.goto(appUrl('/themes/reviews?kind=township', 'scenario=hostile'));
    await page.getByRole('heading', { name: '各乡镇（街道）好评率' }).waitFor();
    await chartsDrawn(page);
    await page.getByRole('link', { name: payload }).first().waitFor();
    // The chart draws it on canvas and names it in the tooltip: hover every bar row.
    const chart = page.locator('section.chart-panel', { has: page.getByRole('heading', { name: '各乡镇（街道）好评率' }) }).locator('[role="img"]');
    await chart.scrollIntoViewIfNeeded();
    const box = (await chart.boundingBox())!;
    let tooltipShowedPayload = false;
    for (let y = box.y + 10; y < box.y + box.height - 30; y += 8) {
      await page.mouse.move(box.x + box.width * 0.45, y);
      const texts = await page.locator('.chart-panel [role="img"] div').allInnerTexts();
      if (texts.some((text) => text.includes(payload))) tooltipShowedPayload = true;
    }
    expect(tooltipShowedPayload).toBe(true);
    const bars = await chartTable(page.locator('section.chart-panel', { has: page.getByRole('heading', { name: '各乡镇（街道）好评率' }) }));
    expect(bars.map((row) => row[0])).toContain(payload);

    await page.goto(appUrl('/overview?kind=township', 'scenario=hostile'));
    await page.getByRole('heading', { name: '本期主要指标' }).waitFor();
    await chartsDrawn(page);
    const top = await chartTable(page.locator('section.chart-panel', { has: page.getByRole('heading', { name: /受理件数前 10 位/ }) }));
    expect(top.map((row) => row[0])).toContain(payload);

    expect(await page.locator('img[src="x"], script:not([src])').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __xss: boolean }).__xss)).toBe(false);
    expect(dialogs).toBe(0);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});

import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';

/** Where the browser tests leave their screenshots (ignored by git): look at them before claiming anything about layout. */
export const ARTIFACTS = path.resolve(import.meta.dirname, 'artifacts');

export async function saveShot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}

export const SCREEN_PAGE_IDS = ['overview', 'map', 'rankings', 'regions', 'reviews', 'hotline', 'alerts'] as const;
export type ScreenPageId = (typeof SCREEN_PAGE_IDS)[number];

/** What shows a page is drawn, and how many charts it has. */
export const PAGE_READY: Record<ScreenPageId, { selector: string; charts: number }> = {
  overview: { selector: '.screen-kpi-value', charts: 2 },
  map: { selector: '.screen-map svg path', charts: 0 },
  rankings: { selector: '.screen-rank-row', charts: 0 },
  regions: { selector: '.screen-region-row', charts: 0 },
  reviews: { selector: '.screen-ring-figure', charts: 1 },
  hotline: { selector: '.screen-ring-figure', charts: 1 },
  alerts: { selector: '.screen-figure-value', charts: 1 },
};

/**
 * Runs in the page before its scripts (layout tests only): records, per canvas, every text ECharts
 * draws — its size and its box on screen — so the test can measure chart text as it measures the
 * DOM's: the smallest size, and texts drawn over each other.
 */
export const CANVAS_TEXT_PROBE = `(() => {
  const record = (ctx, text, x, y) => {
    if (text === undefined || text === null || String(text).trim() === '') return;
    const canvas = ctx.canvas;
    const size = parseFloat((/([\\d.]+)px/.exec(ctx.font) || [])[1] || '0');
    const width = ctx.measureText(String(text)).width;
    const m = ctx.getTransform();
    const ratio = window.devicePixelRatio || 1;
    let left = x;
    const align = ctx.textAlign;
    if (align === 'center') left = x - width / 2;
    else if (align === 'right' || align === 'end') left = x - width;
    let top = y - size * 0.8;
    const base = ctx.textBaseline;
    if (base === 'top' || base === 'hanging') top = y;
    else if (base === 'middle') top = y - size / 2;
    else if (base === 'bottom' || base === 'ideographic') top = y - size;
    const list = canvas.__texts || (canvas.__texts = []);
    list.push({ text: String(text), size: size * Math.hypot(m.a, m.b) / ratio, rotated: Math.abs(m.b) > 1e-6,
      left: (m.a * left + m.c * top + m.e) / ratio, top: (m.b * left + m.d * top + m.f) / ratio,
      width: width * Math.hypot(m.a, m.b) / ratio, height: size * Math.hypot(m.c, m.d) / ratio });
    if (list.length > 4000) list.splice(0, list.length - 4000);
  };
  const fill = CanvasRenderingContext2D.prototype.fillText;
  CanvasRenderingContext2D.prototype.fillText = function (text, x, y, maxWidth) {
    record(this, text, x, y);
    return maxWidth === undefined ? fill.call(this, text, x, y) : fill.call(this, text, x, y, maxWidth);
  };
  // A chart redraws everything on each frame it draws: what counts is its last frame.
  const clear = CanvasRenderingContext2D.prototype.clearRect;
  CanvasRenderingContext2D.prototype.clearRect = function (x, y, w, h) {
    if (x <= 0 && y <= 0 && w >= this.canvas.width && h >= this.canvas.height) this.canvas.__texts = [];
    return clear.call(this, x, y, w, h);
  };
})();`;

export async function probeCanvasText(context: BrowserContext): Promise<void> {
  await context.addInitScript(CANVAS_TEXT_PROBE);
}

export async function waitForScreenPage(page: Page, pageId: ScreenPageId, timeout = 30_000): Promise<void> {
  await page.waitForSelector(`.screen-canvas[data-page="${pageId}"]`, { timeout });
  const ready = PAGE_READY[pageId];
  await page.waitForSelector(`.screen-body[data-shown="true"] ${ready.selector}`, { timeout });
  await page.waitForFunction((count) => document.querySelectorAll('.screen-body[data-shown="true"] .screen-chart canvas').length >= count, ready.charts, {
    timeout,
  });
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  // Charts draw on the next frames after setOption.
  await page.waitForTimeout(400);
}

export interface LayoutReport {
  problems: string[];
  canvas: { left: number; top: number; width: number; height: number };
  texts: number;
  kpiFontPx: number[];
  charts: { cssWidth: number; cssHeight: number; pixelWidth: number; pixelHeight: number }[];
  boardRows: number[];
  /** The smallest text on the page, in CSS px: HTML and chart text alike. */
  smallestText: { px: number; what: string };
  /** Chart texts drawn over each other, and map labels over each other. */
  collisions: string[];
}

/**
 * Measured in the page: nothing leaves the canvas or its panel, the document does not scroll, no
 * panel hides content behind its overflow, no text is cut (scrollWidth ≤ clientWidth); the smallest
 * text, HTML or chart; texts drawn over each other. Rows of a scrolling board move through a window
 * by design, and a ticker runs sideways: they are checked across or down only.
 */
export function measureLayout(): LayoutReport {
  const problems: string[] = [];
  const canvas = document.querySelector<HTMLElement>('.screen-canvas')!;
  const box = canvas.getBoundingClientRect();
  const root = document.documentElement;
  if (root.scrollWidth > root.clientWidth || root.scrollHeight > root.clientHeight) {
    problems.push(`document scrolls: ${root.scrollWidth}×${root.scrollHeight} in ${root.clientWidth}×${root.clientHeight}`);
  }
  if (document.body.scrollHeight > window.innerHeight || document.body.scrollWidth > window.innerWidth) problems.push('body larger than the viewport');
  const slack = 1;
  if (box.left < -slack || box.top < -slack || box.right > window.innerWidth + slack || box.bottom > window.innerHeight + slack) {
    problems.push(`canvas outside the viewport: ${JSON.stringify(box)}`);
  }
  const describe = (element: Element) => {
    const text = (element.textContent ?? '').trim().slice(0, 30);
    return `${element.tagName.toLowerCase()}.${[...element.classList].join('.')} "${text}"`;
  };
  const inside = (inner: DOMRect, outer: DOMRect, vertical = true, horizontal = true) =>
    (!horizontal || (inner.left >= outer.left - slack && inner.right <= outer.right + slack)) &&
    (!vertical || (inner.top >= outer.top - slack && inner.bottom <= outer.bottom + slack));

  // (A board's window holds one row more than it shows, by design: it is not among these.)
  for (const container of canvas.querySelectorAll<HTMLElement>(
    '.screen-canvas, .screen-body, .screen-page, .screen-row, .screen-column, .screen-panel, .screen-header, .screen-ticker',
  )) {
    if (getComputedStyle(container).visibility === 'hidden') continue;
    if (container.scrollHeight > container.clientHeight + slack || container.scrollWidth > container.clientWidth + slack) {
      problems.push(
        `content overflows ${describe(container)}: ${container.scrollWidth}×${container.scrollHeight} in ${container.clientWidth}×${container.clientHeight}`,
      );
    }
  }
  if (canvas.scrollHeight > canvas.clientHeight + slack) problems.push('canvas content taller than the canvas');

  let texts = 0;
  let smallestText = { px: Infinity, what: '' };
  for (const element of canvas.querySelectorAll<HTMLElement>('*')) {
    const style = getComputedStyle(element);
    if (style.display === 'none' || style.visibility === 'hidden' || Number(style.opacity) === 0) continue;
    const rect = element.getBoundingClientRect();
    if (rect.width === 0 && rect.height === 0) continue;
    const row = element.closest('[data-scroller] .screen-window > *');
    const marquee = element.closest('[data-marquee] > *');
    const panel = element.closest('.screen-panel, .screen-header, .screen-ticker');
    if (!inside(rect, box, !row, !marquee)) problems.push(`outside the canvas: ${describe(element)}`);
    if (panel && panel !== element && !inside(rect, panel.getBoundingClientRect(), !row, !marquee)) problems.push(`outside its panel: ${describe(element)}`);
    const hasText = [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && (node.textContent ?? '').trim() !== '');
    if (!hasText) continue;
    texts++;
    const fontSize = parseFloat(style.fontSize);
    if (fontSize < smallestText.px) smallestText = { px: fontSize, what: describe(element) };
    // Across: the width the text needs fits. Up and down, a CJK font's ascent + descent (about
    // 1.45 em) exceeds a 1.3 line box without any ink outside it: 0.2 em of that is not a cut.
    if (
      style.display !== 'inline' &&
      !marquee &&
      (element.scrollWidth > element.clientWidth + slack || element.scrollHeight > element.clientHeight + 0.2 * fontSize)
    ) {
      problems.push(`text cut: ${describe(element)} ${element.scrollWidth}×${element.scrollHeight} in ${element.clientWidth}×${element.clientHeight}`);
    }
  }

  type Drawn = { text: string; size: number; rotated: boolean; left: number; top: number; width: number; height: number };
  const collisions: string[] = [];
  const overlap = (a: { left: number; top: number; width: number; height: number }, b: typeof a) => {
    const x = Math.min(a.left + a.width, b.left + b.width) - Math.max(a.left, b.left);
    const y = Math.min(a.top + a.height, b.top + b.height) - Math.max(a.top, b.top);
    return x > 2 && y > 2 ? (x * y) / Math.min(a.width * a.height, b.width * b.height) : 0;
  };
  const shownCharts = [...canvas.querySelectorAll<HTMLCanvasElement>('.screen-chart canvas')].filter(
    (element) => element.closest('.screen-body')?.getAttribute('data-shown') !== 'false',
  );
  for (const chart of shownCharts) {
    const drawn = ((chart as unknown as { __texts?: Drawn[] }).__texts ?? []).filter((text) => !text.rotated);
    for (const text of drawn) {
      if (text.size < smallestText.px) smallestText = { px: text.size, what: `chart text "${text.text}"` };
    }
    for (let i = 0; i < drawn.length; i++) {
      for (let j = i + 1; j < drawn.length; j++) {
        const a = drawn[i]!;
        const b = drawn[j]!;
        if (a.text === b.text && Math.abs(a.left - b.left) < 1 && Math.abs(a.top - b.top) < 1) continue;
        if (overlap(a, b) > 0.15) collisions.push(`chart: "${a.text}" over "${b.text}"`);
      }
    }
  }
  const labels = [...canvas.querySelectorAll<HTMLElement>('.screen-body[data-shown="true"] .screen-map-label')].map((label) => ({
    text: label.textContent ?? '',
    rect: label.getBoundingClientRect(),
  }));
  for (let i = 0; i < labels.length; i++) {
    for (let j = i + 1; j < labels.length; j++) {
      const a = labels[i]!.rect;
      const b = labels[j]!.rect;
      if (overlap({ left: a.left, top: a.top, width: a.width, height: a.height }, { left: b.left, top: b.top, width: b.width, height: b.height }) > 0.05) {
        collisions.push(`map: "${labels[i]!.text}" over "${labels[j]!.text}"`);
      }
    }
  }

  const kpiFontPx = [...canvas.querySelectorAll('.screen-body[data-shown="true"] .screen-kpi-value')].map((element) =>
    parseFloat(getComputedStyle(element).fontSize),
  );
  const charts = shownCharts.map((chart) => {
    const rect = chart.getBoundingClientRect();
    return { cssWidth: rect.width, cssHeight: rect.height, pixelWidth: chart.width, pixelHeight: chart.height };
  });
  const boardRows = [...canvas.querySelectorAll('.screen-body[data-shown="true"] [data-scroller]')].map((board) => board.querySelectorAll('li').length);
  return {
    problems,
    canvas: { left: box.left, top: box.top, width: box.width, height: box.height },
    texts,
    kpiFontPx,
    charts,
    boardRows,
    smallestText,
    collisions,
  };
}

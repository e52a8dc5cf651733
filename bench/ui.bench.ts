/**
 * UI benchmark: prints figures, asserts nothing.
 *
 *   node_modules/.bin/vite build && node_modules/.bin/tsx bench/ui.bench.ts [--runs 5] [--viewport 1920x1080] [--backend http|msw]
 *
 * It builds nothing of the app (it serves dist/ with vite preview, as the browser tests do) and
 * opens the overview on the large scenario (a prefecture: ~2,000 offices × 36 months) in Chromium,
 * its data served as a deployment gets it: by a backend speaking the contract over HTTP on the
 * page's origin (bench/contract-server.ts). `--backend msw` uses the demo's mock backend instead,
 * which generates the ~70k records in the page itself (seconds no real deployment spends):
 *   - navigation → every chart of the overview drawn (pixels on every chart's canvas);
 *   - a period change (the month picker, as a user does) → every chart redrawn (pixels changed);
 * each beside the floor, measured the same way in the same run: a bare page (bench/ui-floor)
 * drawing the same four charts with the echarts package's dist build, from the same data (the
 * options the overview builds, computed here with the same functions, fetched as one JSON).
 * Both are timed by one detector (bench/ui-floor/detect.js) that watches the DOM and the canvases only.
 *
 * Then the initial JavaScript of the first screen, gzipped: every script the overview loads,
 * with and without the demo's mock backend (msw and the data generator, which a real deployment
 * never loads), against a small build of the fixed stack: React, ReactDOM, @tanstack/react-query,
 * dayjs and our registered ECharts parts (src/charts/echartsParts.ts: the registration alone,
 * nothing of the app), and the app's own share of it. Goals (issues 4 and 16): within 1.5× of the
 * floor; JS within 1.15× of the fixed stack, the app's own code on the first screen under 40 KB.
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build, preview } from 'vite';
import { addMonths, lastCompleteMonth, monthPeriod, type MonthKey, type MonthlyRecord, type Office } from '../src/domain';
import { DEFAULT_SCHEME, buildEngineData, evaluatePeriod } from '../src/engine';
import {
  byKindOption,
  overviewTrendPoints,
  topVolume,
  topVolumeOption,
  trendOptions,
  volumeByKindSlices,
  type OverviewText,
} from '../src/features/overview/chartOptions';
import { createFormatters } from '../src/ui/format/formatters';
import { createTranslate } from '../src/ui/i18n/translate';
import { servedData, type ServedData } from '../mocks/scenarios';
import { startContractServer } from './contract-server';

const ROOT = path.resolve(import.meta.dirname, '..');
const FLOOR_DIR = path.join(ROOT, 'bench/ui-floor');
const CHART_SELECTOR = '.chart-panel [role="img"]';
/** The overview draws four charts: volume trend, key-rate small multiples, composition, top offices. */
const CHARTS = 4;
const GOAL_TIME = 1.5;
const GOAL_JS = 1.15;
/** The app's own code on the first screen, gzipped, beyond the fixed stack (issue 16). */
const GOAL_OWN_KB = 40;

/** What bench/ui-floor/detect.js puts on window. */
interface BenchApi {
  drawnAt: number | null;
  charts: () => number;
  timeChange: (trigger: () => void, timeoutMs?: number) => Promise<{ ms: number | null; changed: number; total: number }>;
}

/** The same detector in both pages, before any of their own script. */
async function installDetector(page: Page): Promise<void> {
  await page.addInitScript({ content: `window.__benchOptions = ${JSON.stringify({ expected: CHARTS, selector: CHART_SELECTOR })};` });
  await page.addInitScript({ path: path.join(FLOOR_DIR, 'detect.js') });
}

function argument(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 && process.argv[index + 1] ? process.argv[index + 1]! : fallback;
}
const RUNS = Math.max(1, Number(argument('runs', '5')) || 5);
const BACKEND = argument('backend', 'http') === 'msw' ? 'msw' : 'http';
const BENCH_API = 'bench-api';
const [VIEW_W, VIEW_H] = argument('viewport', '1366x768').split('x').map(Number) as [number, number];

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const gzipSize = (content: Buffer | string) => gzipSync(content, { level: 9 }).length;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value: number | null) => (value === null ? 'timeout' : `${value.toFixed(0)} ms`);
const ratio = (a: number | null, b: number | null) => (a === null || b === null || b === 0 ? '—' : `${(a / b).toFixed(2)}×`);

interface Rect {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** The overview's four chart options for the month the app opens on and the month it changes to. */
function floorCharts(served: ServedData, months: readonly [MonthKey, MonthKey], rects: readonly Rect[]) {
  const engine = buildEngineData(served.offices as Office[], served.records as MonthlyRecord[]);
  const text: OverviewText = { t: createTranslate('zh-CN'), locale: 'zh-CN', ...createFormatters('zh-CN') };
  const optionsOf = (month: MonthKey) => {
    const evaluation = evaluatePeriod(engine, DEFAULT_SCHEME, monthPeriod(month));
    const trends = trendOptions(overviewTrendPoints(engine, evaluation.scopeId, month, 12), text, DEFAULT_SCHEME);
    return [
      trends.volume,
      trends.rates,
      byKindOption(volumeByKindSlices(engine, evaluation, text), text),
      topVolumeOption(
        topVolume(engine, evaluation, 'department', (name, region) => text.t('naming.qualified', { name, qualifier: region })),
        text,
      ),
    ];
  };
  const [first, next] = [optionsOf(months[0]), optionsOf(months[1])];
  // JSON drops the formatter functions: the floor draws ECharts' default labels, a like amount of text.
  return {
    offices: served.offices.length,
    records: served.records.length,
    json: JSON.stringify({ charts: rects.map((rect, index) => ({ ...rect, option: first[index], next: next[index] })) }),
  };
}

function serveFloor(dataJson: () => string, backendPort: number | null): Promise<{ server: Server; url: string }> {
  const files: Record<string, [string, string]> = {
    '/': [path.join(FLOOR_DIR, 'index.html'), 'text/html; charset=utf-8'],
    '/index.html': [path.join(FLOOR_DIR, 'index.html'), 'text/html; charset=utf-8'],
    '/floor.js': [path.join(FLOOR_DIR, 'floor.js'), 'text/javascript; charset=utf-8'],
    '/echarts.min.js': [path.join(ROOT, 'node_modules/echarts/dist/echarts.min.js'), 'text/javascript; charset=utf-8'],
  };
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (backendPort !== null && url.startsWith(`/${BENCH_API}/`)) {
      // The same backend as the app's, behind a proxy as vite preview puts it behind the app.
      const upstream = httpRequest({ host: '127.0.0.1', port: backendPort, path: (request.url ?? '').slice(BENCH_API.length + 1), method: 'GET' }, (answer) => {
        response.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(response);
      });
      upstream.end();
      return;
    }
    if (url === '/data.json') {
      response.writeHead(200, { 'content-type': 'application/json' }).end(dataJson());
      return;
    }
    const file = files[url];
    if (!file) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': file[1] }).end(readFileSync(file[0]));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/` })));
}

async function drawnAt(page: Page): Promise<number> {
  await page.waitForFunction(
    () => {
      const api = (window as unknown as { __bench?: BenchApi }).__bench;
      return api !== undefined && api.drawnAt !== null;
    },
    undefined,
    { timeout: 120_000, polling: 50 },
  );
  return page.evaluate(() => (window as unknown as { __bench: BenchApi }).__bench.drawnAt!);
}

interface AppRun {
  drawn: number;
  recordsLoaded: number | null;
  changes: (number | null)[];
  /** Scripts received by the time every chart is drawn: what the first screen needed. */
  scripts: string[];
  /** Scripts received afterwards (the words of errors fetched when idle, a period change's code). */
  laterScripts: string[];
  rects: Rect[];
  months: [MonthKey, MonthKey];
  /** The data requests of the app (path and query), which the raw floor makes too. */
  dataUrls: { offices: string; records: string };
}

async function runApp(browser: Browser, baseUrl: string): Promise<AppRun> {
  const context = await browser.newContext({ viewport: { width: VIEW_W, height: VIEW_H }, locale: 'zh-CN', serviceWorkers: 'allow' });
  const page = await context.newPage();
  const scripts: string[] = [];
  const dataUrls = { offices: '', records: '' };
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script' && response.url().startsWith(baseUrl)) scripts.push(new URL(response.url()).pathname);
    const url = new URL(response.url());
    if (url.pathname.endsWith('/offices')) dataUrls.offices = url.pathname + url.search;
    if (url.pathname.endsWith('/records')) dataUrls.records = url.pathname + url.search;
  });
  await installDetector(page);
  const search = BACKEND === 'http' ? `source=http&baseUrl=${BENCH_API}` : 'scenario=large';
  await page.goto(`${baseUrl}?${search}#/overview`);
  const drawn = await drawnAt(page);
  const charts = await page.locator(CHART_SELECTOR).count();
  if (charts !== CHARTS) console.warn(`warning: the overview drew ${charts} charts, the benchmark expects ${CHARTS}`);
  const recordsLoaded = await responseEnd(page, '/records?');
  const rects = await page.locator(CHART_SELECTOR).evaluateAll((elements) =>
    elements.map((element) => {
      const rect = element.getBoundingClientRect();
      return {
        left: Math.round(rect.left + window.scrollX),
        top: Math.round(rect.top + window.scrollY),
        width: Math.round(rect.width),
        height: Math.round(rect.height),
      };
    }),
  );
  const month = await page.locator('.period-picker select').last().inputValue();
  const months: [MonthKey, MonthKey] = [month, addMonths(month, -1)];
  const changes: (number | null)[] = [];
  for (const target of [months[1], months[0]]) {
    // The month picker, changed as a user does, timed inside the page from the change event on.
    const result = await page.evaluate(
      ([value]) => {
        const select = [...document.querySelectorAll<HTMLSelectElement>('.period-picker select')].at(-1)!;
        return (window as unknown as { __bench: BenchApi }).__bench.timeChange(() => {
          select.value = value!;
          select.dispatchEvent(new Event('change', { bubbles: true }));
        });
      },
      [target],
    );
    if (result.ms === null) console.warn(`warning: after a period change only ${result.changed} of ${result.total} charts changed`);
    changes.push(result.ms);
  }
  // Split by when each script arrived, on the page's own clock (the one drawnAt is read on).
  const arrivals = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .filter((entry) => entry.name.startsWith(location.origin) && new URL(entry.name).pathname.endsWith('.js'))
      .map((entry) => ({ path: new URL(entry.name).pathname, end: (entry as PerformanceResourceTiming).responseEnd })),
  );
  await context.close();
  const firstScreen = new Set(arrivals.filter((arrival) => arrival.end <= drawn).map((arrival) => arrival.path));
  return {
    drawn,
    recordsLoaded,
    changes,
    scripts: scripts.filter((script) => firstScreen.has(script)),
    laterScripts: scripts.filter((script) => !firstScreen.has(script)),
    rects,
    months,
    dataUrls,
  };
}

interface FloorRun {
  drawn: number;
  dataLoaded: number | null;
  changes: (number | null)[];
}

/** When the response of the first resource whose URL contains `part` ended, in ms since navigation. */
function responseEnd(page: Page, part: string): Promise<number | null> {
  return page.evaluate((name) => {
    const entry = performance.getEntriesByType('resource').find((resource) => resource.name.includes(name));
    return entry ? (entry as PerformanceResourceTiming).responseEnd : null;
  }, part);
}

/** `raw`: the app's data requests, which the floor then makes, parses and sums before drawing. */
async function runFloor(browser: Browser, url: string, raw: AppRun['dataUrls'] | null): Promise<FloorRun> {
  const context = await browser.newContext({ viewport: { width: VIEW_W, height: VIEW_H } });
  const page = await context.newPage();
  await installDetector(page);
  if (raw) await page.addInitScript({ content: `window.__floorRaw = ${JSON.stringify(raw)};` });
  await page.goto(url);
  const drawn = await drawnAt(page);
  const dataLoaded = await responseEnd(page, 'data.json');
  const changes: (number | null)[] = [];
  for (let i = 0; i < 2; i++) {
    const result = await page.evaluate(() =>
      (window as unknown as { __bench: BenchApi }).__bench.timeChange(() => (window as unknown as { __floor: { next: () => void } }).__floor.next()),
    );
    changes.push(result.ms);
  }
  await context.close();
  return { drawn, dataLoaded, changes };
}

/** gzip size of React + ReactDOM + our ECharts parts, built with the app's target. */
async function referenceJs(): Promise<{ gzip: number; files: number }> {
  const { default: config } = (await import('../vite.config')) as { default: { build?: { target?: string | string[] } } };
  const outDir = mkdtempSync(path.join(tmpdir(), 'ui-bench-ref-'));
  try {
    await build({
      configFile: false,
      root: FLOOR_DIR,
      base: './',
      logLevel: 'silent',
      publicDir: false,
      build: { outDir, emptyOutDir: true, target: config.build?.target, rollupOptions: { input: path.join(FLOOR_DIR, 'reference.html') } },
    });
    const assets = path.join(outDir, 'assets');
    const files = readdirSync(assets).filter((file) => file.endsWith('.js'));
    return { gzip: files.reduce((sum, file) => sum + gzipSize(readFileSync(path.join(assets, file))), 0), files: files.length };
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

function appJs(scripts: readonly string[]) {
  let all = 0;
  let demoOnly = 0;
  const seen = new Set<string>();
  for (const script of scripts) {
    if (seen.has(script)) continue;
    seen.add(script);
    const file = path.join(ROOT, 'dist', script.replace(/^\//, ''));
    if (!existsSync(file)) continue;
    const content = readFileSync(file);
    const size = gzipSize(content);
    all += size;
    // The mock backend (msw's worker client and the data generator) is loaded only by the demo.
    if (content.includes('mockServiceWorker')) demoOnly += size;
  }
  return { all, demoOnly, real: all - demoOnly, files: seen.size };
}

async function main() {
  if (!existsSync(path.join(ROOT, 'dist/index.html'))) {
    console.error('dist/ is missing: run `node_modules/.bin/vite build` first (this benchmark builds nothing of the app).');
    process.exit(1);
  }
  const served = servedData('large', { endMonth: lastCompleteMonth(new Date()) });
  const backend = BACKEND === 'http' ? await startContractServer(served) : null;
  const server = await preview({
    root: ROOT,
    configFile: path.join(ROOT, 'vite.config.ts'),
    // Same origin as the page: the build's Content-Security-Policy allows no other.
    preview: { port: 0, strictPort: false, open: false, proxy: backend ? { [`/${BENCH_API}`]: `http://127.0.0.1:${backend.port}` } : undefined },
    logLevel: 'warn',
  });
  const appUrl = server.resolvedUrls?.local[0];
  if (!appUrl) throw new Error('vite preview did not report a URL');
  let floorData = '';
  const floor = await serveFloor(() => floorData, backend?.port ?? null);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu', '--no-first-run'] });
  try {
    // One unmeasured run of each warms the OS file cache and Chromium's code cache alike.
    const warm = await runApp(browser, appUrl);
    const data = floorCharts(served, warm.months, warm.rects);
    floorData = data.json;
    // The floor that loads the same data as the app (HTTP backend only), and the one given the options.
    const rawUrls = backend ? warm.dataUrls : null;
    if (rawUrls) await runFloor(browser, floor.url, rawUrls);
    await runFloor(browser, floor.url, null);

    const app: AppRun[] = [];
    const bare: FloorRun[] = [];
    const bareRaw: FloorRun[] = [];
    for (let run = 0; run < RUNS; run++) {
      // Alternating, so a busy moment of the machine slows all alike.
      app.push(await runApp(browser, appUrl));
      if (rawUrls) bareRaw.push(await runFloor(browser, floor.url, rawUrls));
      bare.push(await runFloor(browser, floor.url, null));
      process.stdout.write('.');
    }
    process.stdout.write('\n');

    const finite = (values: (number | null)[]) => values.filter((value): value is number => value !== null);
    const appDrawn = median(app.map((run) => run.drawn));
    const floorDrawn = median(bare.map((run) => run.drawn));
    const rawDrawn = bareRaw.length ? median(bareRaw.map((run) => run.drawn)) : null;
    const appChange = finite(app.flatMap((run) => run.changes));
    const floorChange = finite(bare.flatMap((run) => run.changes));
    const appChangeMedian = appChange.length ? median(appChange) : null;
    const floorChangeMedian = floorChange.length ? median(floorChange) : null;
    const records = finite(app.map((run) => run.recordsLoaded));
    const appAfterData = finite(app.map((run) => (run.recordsLoaded === null ? null : run.drawn - run.recordsLoaded)));
    const floorAfterData = finite(bare.map((run) => (run.dataLoaded === null ? null : run.drawn - run.dataLoaded)));
    const appAfter = appAfterData.length ? median(appAfterData) : null;
    const floorAfter = floorAfterData.length ? median(floorAfterData) : null;
    const js = appJs(warm.scripts);
    const reference = await referenceJs();

    const rows: [string, string, string, string, string][] = [
      ['', 'app', 'floor', 'ratio', 'goal'],
      ...(rawDrawn !== null
        ? ([
            [`navigation → ${CHARTS} charts drawn`, ms(appDrawn), ms(rawDrawn), ratio(appDrawn, rawDrawn), `≤ ${GOAL_TIME}×`],
            [`  the same, floor given the options`, ms(appDrawn), ms(floorDrawn), ratio(appDrawn, floorDrawn), ''],
          ] as [string, string, string, string, string][])
        : ([[`navigation → ${CHARTS} charts drawn`, ms(appDrawn), ms(floorDrawn), ratio(appDrawn, floorDrawn), `≤ ${GOAL_TIME}×`]] as [
            string,
            string,
            string,
            string,
            string,
          ][])),
      [`data received → ${CHARTS} charts drawn`, ms(appAfter), ms(floorAfter), ratio(appAfter, floorAfter), ''],
      [`period change → ${CHARTS} charts redrawn`, ms(appChangeMedian), ms(floorChangeMedian), ratio(appChangeMedian, floorChangeMedian), `≤ ${GOAL_TIME}×`],
      ['initial JS, gzip (real deployment)', kb(js.real), kb(reference.gzip), ratio(js.real, reference.gzip), `≤ ${GOAL_JS}×`],
      ['initial JS, gzip (demo, with mock backend)', kb(js.all), kb(reference.gzip), ratio(js.all, reference.gzip), ''],
      // The app's own code on the first screen: what it ships beyond the fixed stack (a difference of gzip sizes).
      ["  of it the app's own code (real − fixed stack)", kb(js.real - reference.gzip), '', '', `< ${GOAL_OWN_KB} KB`],
    ];
    const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
    const source = BACKEND === 'http' ? 'contract over HTTP' : "demo's mock backend (msw)";
    console.log(
      `\nUI benchmark: overview, large scenario from the ${source} (${data.offices.toLocaleString('en-US')} offices, ${data.records.toLocaleString('en-US')} records), ${VIEW_W}×${VIEW_H}, medians of ${RUNS} runs`,
    );
    for (const row of rows) console.log(row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('   '));
    if (rawDrawn !== null) {
      console.log(
        `\nfloor of "navigation": a bare page that loads the same data from the same backend (${warm.dataUrls.records}), parses it, ` +
          `sums every count in one plain pass, and draws the ${CHARTS} charts; "floor given the options" skips the data and only draws.`,
      );
    }
    console.log(
      `floor: ${CHARTS} charts with the same options drawn by echarts.min.js (the package's full dist build) on a bare page; ` +
        `reference JS (the fixed stack): React + ReactDOM + @tanstack/react-query + dayjs + src/charts/echartsParts.ts, ${reference.files} file(s).`,
    );
    if (records.length) {
      console.log(
        `app breakdown: the records response ends at ${ms(median(records))} after navigation (` +
          (BACKEND === 'http'
            ? `config, then offices and ~${Math.round(data.records / 1000)}k records over HTTP side by side). `
            : `config, mock service worker start, then offices and ~${Math.round(data.records / 1000)}k records generated by the mock backend in the page). `) +
          `"data received → drawn" is the app's own work (validation, indexing, evaluation, React, ECharts) against the floor's JSON parse and ECharts.`,
      );
    }
    const later = appJs(warm.laterScripts);
    console.log(
      `app scripts on the first screen (received by the time every chart is drawn): ${js.files} files, ${kb(js.demoOnly)} of them the demo's mock backend; ` +
        `received after it (the words of errors fetched when idle, code for a period change): ${later.files} files, ${kb(later.all)}.`,
    );
    console.log(
      `period change: ${app.length * 2} changes (${warm.months[0]} ↔ ${warm.months[1]}) per side; all runs: app ${appChange.map((v) => v.toFixed(0)).join(', ')} ms; floor ${floorChange.map((v) => v.toFixed(0)).join(', ')} ms.`,
    );
    console.log(
      `navigation, all runs: app ${app.map((run) => run.drawn.toFixed(0)).join(', ')} ms; ` +
        (bareRaw.length ? `floor with the data ${bareRaw.map((run) => run.drawn.toFixed(0)).join(', ')} ms; ` : '') +
        `floor given the options ${bare.map((run) => run.drawn.toFixed(0)).join(', ')} ms.`,
    );
  } finally {
    await browser.close();
    await new Promise((resolve) => floor.server.close(resolve));
    await server.close();
    backend?.server.close();
  }
}

await main();

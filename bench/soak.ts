/**
 * Soak test of the big screen (大屏): the production build, rotating every second and refreshing
 * every second against the mock "outage" scenario (down 30 s, up 90 s, in cycles), for at least
 * 600 rotations. Prints the JS heap after forced garbage collection (after 50 rotations and at the
 * end), the live ECharts instances against the panels on screen, live timers, DOM nodes, event
 * listeners and console errors; exits 1 when a goal is missed.
 *
 *   npx vite build && npx tsx bench/soak.ts [--rotations=600] [--rotate=1] [--refresh=1] [--every=50]
 *     [--backend=http|msw] [--up=20] [--down=10] [--scenario=outage (msw only)] [--composition=all]
 *     [--v8-flags=--no-opt,--no-maglev (diagnostics: the heap without optimized code)]
 *     [--snapshots=DIR (diagnostics: writes the heap snapshots taken, for DevTools or a script)]
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type CDPSession, type Page } from 'playwright-core';
import { preview } from 'vite';
import { outageState, resolveOutage, servedData } from '../mocks/scenarios';
import { lastCompleteMonth } from '../src/domain';
import { startContractServer, type ContractServer } from './contract-server';
import { isExpectedDataLine } from '../tests/e2e/browser';
import { compareOptimizedCode, optimizedCode, type HeapSnapshotJson, type OptimizedFunction } from './optimized-code';

const args = new Map(
  process.argv.slice(2).map((arg) => {
    // Split at the first '=' only: a value may hold more (--v8-flags=--invocation-count-for-maglev=100).
    const [key = '', ...rest] = arg.replace(/^--/, '').split('=');
    return [key, rest.join('=')];
  }),
);
const ROTATIONS = Number(args.get('rotations') ?? 600);
const ROTATE = Number(args.get('rotate') ?? 1);
const REFRESH = Number(args.get('refresh') ?? 1);
const SCENARIO = args.get('scenario') ?? 'outage';
/**
 * msw: the demo's mock backend in the page's service worker, the "outage" scenario as shipped
 * (down 30 s, up 90 s; its phases cannot be shortened from the URL). http: the same data and the
 * same outage cycle (mocks/scenarios.ts) served over real HTTP on the page's origin, with short
 * phases, so that what is measured is the app and not the mock backend living in the page.
 */
const BACKEND = args.get('backend') ?? 'http';
const UP_SECONDS = Number(args.get('up') ?? 20);
const DOWN_SECONDS = Number(args.get('down') ?? 10);
const BASELINE_AT = 50;
const EVERY = Number(args.get('every') ?? 50);
/** Diagnostics only: V8 flags for Chromium, e.g. --v8-flags=--no-opt,--no-maglev to see what the optimizing compilers add to the heap. */
const V8_FLAGS = (args.get('v8-flags') ?? '').split(',').filter(Boolean);
/** --composition=all takes a heap snapshot at every sample (slow), not only at the baseline and the end. */
const COMPOSITION_ALL = args.get('composition') === 'all';
/** Diagnostics only: --snapshots=DIR writes every heap snapshot taken (rotation-N.heapsnapshot) there, for DevTools or a script. */
const SNAPSHOT_DIR = args.get('snapshots') ?? '';
/** Goals from the issue: heap at the end within 1.1× of the heap after 50 rotations. */
const HEAP_GOAL = 1.1;
/**
 * The charts each page draws (overview: the trends and the busiest units' bars; 好差评 and 12345热线:
 * their trends; alerts: cards over time). The map is SVG, the boards and rings are HTML.
 */
const PANELS_WITH_CHARTS = { overview: 2, map: 0, rankings: 0, reviews: 1, hotline: 1, alerts: 1 } as const;
/** Every page a county's screen shows (the county comparison needs a prefecture). */
const SCREEN_PAGES = ['overview', 'map', 'rankings', 'reviews', 'hotline', 'alerts'] as const;
/**
 * The screen's panels with charts: the pages of the rotation stay mounted (only the one on show is
 * visible), so the instances alive are those of all its pages, and never more.
 */
const SCREEN_CHART_PANELS = SCREEN_PAGES.reduce((sum, page) => sum + PANELS_WITH_CHARTS[page], 0);

/**
 * Runs in the page before its own scripts (soak only). It wraps the timers to count the live ones,
 * and watches the screen every 100 ms from inside the page — live ECharts instances (the most seen),
 * outages and recoveries — so the soak need not poll the page from
 * outside: every evaluation sent over the DevTools protocol is a script V8 compiles and keeps,
 * which would show up in the very heap being measured. Its own interval is not counted.
 */
const PAGE_PROBE = `(() => {
  const live = new Map();
  const setT = window.setTimeout, clearT = window.clearTimeout, setI = window.setInterval, clearI = window.clearInterval;
  window.setTimeout = function (handler, ms, ...rest) {
    let id;
    const wrapped = typeof handler === 'function' ? function (...a) { live.delete(id); return handler.apply(this, a); } : handler;
    id = setT.call(window, wrapped, ms, ...rest);
    live.set(id, 'timeout');
    return id;
  };
  window.clearTimeout = function (id) { live.delete(id); return clearT.call(window, id); };
  window.setInterval = function (handler, ms, ...rest) {
    const id = setI.call(window, handler, ms, ...rest);
    live.set(id, 'interval');
    return id;
  };
  window.clearInterval = function (id) { live.delete(id); return clearI.call(window, id); };
  const seen = { maxCharts: 0, maxChartsOn: '', maxTimeouts: 0, maxIntervals: 0, outages: 0, recoveries: 0, stale: false };
  const timers = () => { let timeouts = 0, intervals = 0; for (const kind of live.values()) kind === 'timeout' ? timeouts++ : intervals++; return { timeouts, intervals }; };
  setI.call(window, () => {
    const d = window.__spdDiagnostics;
    if (!d) return;
    const charts = d.liveCharts(), page = d.page(), t = timers();
    if (charts > seen.maxCharts) { seen.maxCharts = charts; seen.maxChartsOn = page; }
    seen.maxTimeouts = Math.max(seen.maxTimeouts, t.timeouts);
    seen.maxIntervals = Math.max(seen.maxIntervals, t.intervals);
    const stale = document.querySelector('.screen-asof.stale') !== null;
    if (stale && !seen.stale) seen.outages++;
    if (!stale && seen.stale) seen.recoveries++;
    seen.stale = stale;
  }, 100);
  Object.defineProperty(window, '__soakProbe', { value: () => ({ ...seen, ...timers() }) });
})();`;

interface Sample {
  composition?: HeapComposition;
  rotation: number;
  seconds: number;
  heapMB: number;
  charts: number;
  timeouts: number;
  intervals: number;
  nodes: number;
  listeners: number;
  page: string;
  stale: boolean;
}

const mb = (bytes: number) => bytes / 1024 / 1024;

async function metrics(cdp: CDPSession): Promise<Record<string, number>> {
  const { metrics: list } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  return Object.fromEntries(list.map((metric) => [metric.name, metric.value]));
}

interface HeapComposition {
  /** JS objects, arrays, closures, strings, shapes: what the app's data and state are made of. */
  objects: number;
  /** Bytecode and machine code V8 compiles as functions warm up (and recompiles after flushing). */
  code: number;
  /** Blink's own objects (DOM, layout, network bookkeeping), outside the V8 heap. */
  native: number;
  /** The compiled code by what V8 calls it (bytecode, feedback, optimized code…), to tell warm-up from a leak. */
  codeByName: Map<string, number>;
  /** Diagnostics: optimized code by the function it was compiled for (optimized-code.ts). */
  optimized: Map<number, OptimizedFunction>;
}

/** "system / BytecodeArray" stays; a function's own name is folded into what it is. */
function codeGroup(name: string): string {
  if (name.startsWith('system / ')) return name.split(' / ').slice(0, 2).join(' / ');
  if (name.startsWith('(')) return name.replace(/\s.*$/, '');
  return '(named code)';
}

/** The live heap by kind, from a heap snapshot (taken after a collection). */
async function heapComposition(cdp: CDPSession, saveAs?: string): Promise<HeapComposition> {
  const chunks: string[] = [];
  const onChunk = (event: { chunk: string }) => chunks.push(event.chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  const text = chunks.join('');
  if (saveAs) writeFileSync(saveAs, text);
  const snapshot = JSON.parse(text) as HeapSnapshotJson;
  const fields = snapshot.snapshot.meta.node_fields;
  const types = snapshot.snapshot.meta.node_types[0];
  const typeAt = fields.indexOf('type');
  const sizeAt = fields.indexOf('self_size');
  const nameAt = fields.indexOf('name');
  const composition: HeapComposition = { objects: 0, code: 0, native: 0, codeByName: new Map(), optimized: optimizedCode(snapshot) };
  for (let i = 0; i < snapshot.nodes.length; i += fields.length) {
    const type = types[snapshot.nodes[i + typeAt]!];
    const size = snapshot.nodes[i + sizeAt]!;
    if (type === 'code') {
      composition.code += size;
      const name = codeGroup(snapshot.strings[snapshot.nodes[i + nameAt]!] ?? '');
      composition.codeByName.set(name, (composition.codeByName.get(name) ?? 0) + size);
    } else if (type === 'native') composition.native += size;
    else if (type !== 'synthetic') composition.objects += size;
  }
  return composition;
}

async function heapAfterGc(cdp: CDPSession): Promise<number> {
  // Twice: the first collection can leave objects that only the second finds unreachable.
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const usage = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  return usage.usedSize;
}

/**
 * The heap of the page at rest: with a refresh every second a response is nearly always being
 * parsed and validated, and those megabytes are reachable whenever the collection happens. The
 * least of three collections 120 ms apart (within one page of a 1 s rotation) is the heap between refreshes.
 */
async function restingHeap(page: Page, cdp: CDPSession): Promise<number> {
  let least = Infinity;
  for (let i = 0; i < 3; i++) {
    if (i > 0) await page.waitForTimeout(120);
    least = Math.min(least, await heapAfterGc(cdp));
  }
  return least;
}

interface ProbeState {
  rotations: number;
  page: string;
  charts: number;
  stale: boolean;
  timeouts: number;
  intervals: number;
  maxCharts: number;
  maxChartsOn: string;
  maxTimeouts: number;
  maxIntervals: number;
  outages: number;
  recoveries: number;
}

async function probe(page: Page): Promise<ProbeState> {
  return page.evaluate(() => {
    const w = window as unknown as {
      __spdDiagnostics: { rotations(): number; liveCharts(): number; page(): string };
      __soakProbe: () => Omit<ProbeState, 'rotations' | 'page' | 'charts'>;
    };
    return { rotations: w.__spdDiagnostics.rotations(), page: w.__spdDiagnostics.page(), charts: w.__spdDiagnostics.liveCharts(), ...w.__soakProbe() };
  });
}

/** Waits (polling inside the page, not over the protocol) until `rotations` are done and `pageId` is on screen. */
async function reach(page: Page, rotations: number, pageId: string | null, timeoutMs: number): Promise<void> {
  await page.waitForFunction(
    ({ rotations: target, pageId: wanted }) => {
      const d = (window as unknown as { __spdDiagnostics?: { rotations(): number; page(): string } }).__spdDiagnostics;
      return Boolean(d && d.rotations() >= target && (wanted === null || d.page() === wanted));
    },
    { rotations, pageId },
    { polling: 50, timeout: timeoutMs },
  );
}

/** The contract over HTTP (bench/contract-server.ts), down by the outage cycle. */
function startDataServer(): Promise<ContractServer> {
  const cycle = resolveOutage({ upSeconds: UP_SECONDS, downSeconds: DOWN_SECONDS, startWith: 'up' });
  const startedAt = Date.now();
  return startContractServer(servedData('normal', { endMonth: lastCompleteMonth(new Date()) }), (request) => {
    const state = outageState(cycle, Date.now() - startedAt, request);
    if (state.up) return null;
    // A proxy in front of a dead backend answers 502; a backend that is up but overloaded, 503.
    return { status: state.failure === 'network' ? 502 : 503, body: JSON.stringify({ error: 'unavailable', detail: 'soak outage' }) };
  });
}

async function main() {
  const root = path.resolve(import.meta.dirname, '..');
  if (!existsSync(path.join(root, 'dist/index.html'))) throw new Error('dist/ is missing: run `npx vite build` first');
  const data = BACKEND === 'http' ? await startDataServer() : null;
  const server = await preview({
    root,
    configFile: path.join(root, 'vite.config.ts'),
    // Same origin as the page: the build's Content-Security-Policy allows no other.
    preview: { port: 0, strictPort: false, open: false, proxy: data ? { '/soak-api': `http://127.0.0.1:${data.port}` } : undefined },
    logLevel: 'warn',
  });
  const base = server.resolvedUrls?.local[0];
  if (!base) throw new Error('vite preview did not report a URL');
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-timer-throttling',
      '--disable-renderer-backgrounding',
      ...(V8_FLAGS.length ? [`--js-flags=${V8_FLAGS.join(' ')}`] : []),
    ],
  });
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, locale: 'zh-CN', serviceWorkers: 'allow' });
  await context.addInitScript(PAGE_PROBE);
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(`${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => consoleErrors.push(`pageerror: ${error.message}`));
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await cdp.send('HeapProfiler.enable');

  const search = data ? 'source=http&baseUrl=soak-api' : `scenario=${encodeURIComponent(SCENARIO)}`;
  const url = `${base}?${search}#/screen?pages=${SCREEN_PAGES.join(',')}&rotate=${ROTATE}&refresh=${REFRESH}`;
  console.log(`soak: ${url}${V8_FLAGS.length ? ` (V8 flags: ${V8_FLAGS.join(' ')})` : ''}`);
  console.log(
    `soak: ${ROTATIONS} rotations at ${ROTATE} s, refresh ${REFRESH} s, ` +
      (data ? `HTTP backend on the page's origin, up ${UP_SECONDS} s / down ${DOWN_SECONDS} s in turn` : `mock backend (msw), scenario ${SCENARIO}`),
  );
  const started = Date.now();
  await page.goto(url);

  const samples: Sample[] = [];
  let baseline: Sample | null = null;
  let last: ProbeState | null = null;
  const limit = (ROTATIONS * ROTATE + 300) * 1000;
  for (let target = BASELINE_AT; ; target = Math.min(ROTATIONS, target + EVERY)) {
    // Each page has its own charts and rows: every sample is taken on the page of the baseline.
    await reach(page, target, baseline?.page ?? null, Math.max(1000, limit - (Date.now() - started)));
    const heap = await restingHeap(page, cdp);
    const m = await metrics(cdp);
    last = await probe(page);
    const taken: Sample = {
      rotation: last.rotations,
      seconds: Math.round((Date.now() - started) / 1000),
      heapMB: mb(heap),
      charts: last.charts,
      timeouts: last.timeouts,
      intervals: last.intervals,
      nodes: m.Nodes ?? -1,
      listeners: m.JSEventListeners ?? -1,
      page: last.page,
      stale: last.stale,
    };
    // The snapshot is heavy: only at the baseline and at the end, after the heap figure is read.
    if (!baseline || target >= ROTATIONS || COMPOSITION_ALL) {
      if (SNAPSHOT_DIR) mkdirSync(SNAPSHOT_DIR, { recursive: true });
      taken.composition = await heapComposition(cdp, SNAPSHOT_DIR ? path.join(SNAPSHOT_DIR, `rotation-${taken.rotation}.heapsnapshot`) : undefined);
    }
    samples.push(taken);
    baseline ??= taken;
    const parts = taken.composition
      ? `  (objects ${mb(taken.composition.objects).toFixed(2)}, code ${mb(taken.composition.code).toFixed(2)}, blink ${mb(taken.composition.native).toFixed(2)})`
      : '';
    console.log(
      `  rotation ${String(taken.rotation).padStart(4)}  ${String(taken.seconds).padStart(4)} s  heap ${taken.heapMB.toFixed(2)} MB  ${taken.page.padEnd(8)} charts ${taken.charts}  timers ${taken.timeouts}+${taken.intervals}  nodes ${taken.nodes}  listeners ${taken.listeners}  ${taken.stale ? 'stale' : 'fresh'}${parts}`,
    );
    if (target >= ROTATIONS) break;
  }
  const seen = last!;
  const maxCharts = seen.maxCharts;
  const maxChartsOn = seen.maxChartsOn;
  const maxTimeouts = seen.maxTimeouts;
  const maxIntervals = seen.maxIntervals;
  const staleSeen = seen.outages;
  const recoveredSeen = seen.recoveries;

  const end = samples[samples.length - 1]!;
  const ratio = end.heapMB / baseline!.heapMB;
  // Chromium logs every failed fetch by itself: the refused data requests of the outage, and the
  // contract's 404 on /scheme ("no scheme of our own, use the default"). Anything else counts.
  const unexpected = consoleErrors.filter((line) => !isExpectedDataLine(line));
  const expectedOutageLines = consoleErrors.length - unexpected.length;

  console.log('');
  console.log('soak results');
  console.log(`  rotations                    ${end.rotation} in ${end.seconds} s`);
  console.log(`  heap after ${baseline!.rotation} rotations     ${baseline!.heapMB.toFixed(2)} MB on ${baseline!.page} (least of 3 forced GCs)`);
  console.log(`  heap at the end              ${end.heapMB.toFixed(2)} MB on ${end.page} after ${end.rotation} rotations (least of 3 forced GCs)`);
  console.log(`  heap ratio                   ${ratio.toFixed(3)}× (goal ≤ ${HEAP_GOAL}×)`);
  const firstHeap = baseline!.composition!;
  const endHeap = end.composition!;
  const row = (name: string, a: number, b: number) =>
    console.log(`    ${name.padEnd(26)} ${mb(a).toFixed(2).padStart(6)} MB → ${mb(b).toFixed(2).padStart(6)} MB  ${(b / a).toFixed(3)}×`);
  console.log('  heap snapshots, baseline → end:');
  row('JS objects and strings', firstHeap.objects, endHeap.objects);
  row('compiled code (V8)', firstHeap.code, endHeap.code);
  row('Blink objects (not V8)', firstHeap.native, endHeap.native);
  const codeNames = [...new Set([...firstHeap.codeByName.keys(), ...endHeap.codeByName.keys()])]
    .map((name) => ({ name, a: firstHeap.codeByName.get(name) ?? 0, b: endHeap.codeByName.get(name) ?? 0 }))
    .sort((x, y) => Math.abs(y.b - y.a) - Math.abs(x.b - x.a))
    .slice(0, 6);
  for (const { name, a, b } of codeNames) console.log(`      code: ${name.slice(0, 40).padEnd(40)} ${mb(a).toFixed(2)} → ${mb(b).toFixed(2)} MB`);
  // Diagnostic, not a goal: whose optimized code it is. Functions optimized for the first time since
  // the baseline are warm-up (V8 tiers a function up after a number of its own invocations);
  // the same functions compiled again and again would be deoptimization loops.
  const optimized = compareOptimizedCode(firstHeap.optimized, endHeap.optimized);
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
  console.log(
    `  optimized code (diagnostic)  ${firstHeap.optimized.size} → ${endHeap.optimized.size} functions: ` +
      `${optimized.newly.functions} optimized since the baseline (${kb(optimized.newly.bytes)}), ` +
      `${optimized.recompiled.functions} compiled again (${kb(optimized.recompiled.bytes)} net), ${optimized.dropped.functions} dropped (${kb(optimized.dropped.bytes)})`,
  );
  console.log(
    `    by script: ${optimized.byScript
      .slice(0, 6)
      .map((s) => `${s.script} ${s.bytes >= 0 ? '+' : ''}${kb(s.bytes)} (${s.newly} new)`)
      .join(', ')}`,
  );
  console.log(
    `    largest new: ${optimized.largest
      .slice(0, 6)
      .map((fn) => `${fn.name} (${fn.script}) ${kb(fn.bytes)}`)
      .join(', ')}`,
  );
  // A leak keeps growing; a warm-up (JIT code, caches filling) levels off: the second half tells.
  const middle = samples[Math.floor((samples.length - 1) / 2)]!;
  console.log(
    `  second half                  ${middle.heapMB.toFixed(2)} MB (rotation ${middle.rotation}) → ${end.heapMB.toFixed(2)} MB: ${(end.heapMB / middle.heapMB).toFixed(3)}×`,
  );
  console.log(
    `  live ECharts instances, max  ${maxCharts} (on ${maxChartsOn || '—'}); the screen's panels with charts: ${SCREEN_CHART_PANELS} (${SCREEN_PAGES.map((page) => `${page} ${PANELS_WITH_CHARTS[page]}`).join(', ')})`,
  );
  console.log(`  live timers, max             ${maxTimeouts} timeouts + ${maxIntervals} intervals (end: ${end.timeouts} + ${end.intervals})`);
  console.log(`  DOM nodes                    ${baseline!.nodes} → ${end.nodes}; event listeners ${baseline!.listeners} → ${end.listeners}`);
  console.log(`  outages seen / recovered     ${staleSeen} / ${recoveredSeen}`);
  console.log(
    `  console errors               ${unexpected.length} (plus ${expectedOutageLines} lines Chromium logs for data requests refused while the backend is down)`,
  );
  for (const line of unexpected.slice(0, 10)) console.log(`    ${line}`);
  if (data) console.log(`  data requests served         ${data.requests()}`);

  const goals = [
    { name: `heap (V8 used size) ≤ ${HEAP_GOAL}× baseline`, ok: ratio <= HEAP_GOAL },
    // What a leak grows: the app's objects. Compiled code grows as V8 warms functions up over minutes.
    { name: `JS objects (heap snapshot, without compiled code) ≤ ${HEAP_GOAL}× baseline`, ok: endHeap.objects / firstHeap.objects <= HEAP_GOAL },
    { name: 'ECharts instances bounded by the panels on screen', ok: maxCharts <= SCREEN_CHART_PANELS },
    { name: 'no console error', ok: unexpected.length === 0 },
    { name: `at least ${ROTATIONS} rotations`, ok: end.rotation >= ROTATIONS },
  ];
  console.log('');
  for (const goal of goals) console.log(`  ${goal.ok ? 'PASS' : 'FAIL'}  ${goal.name}`);

  await browser.close();
  await server.close();
  data?.server.close();
  process.exitCode = goals.every((goal) => goal.ok) ? 0 : 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});

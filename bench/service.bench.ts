/**
 * The data service's benchmark: prints figures beside their floor or goal, asserts nothing.
 *
 *   npm run bench:service            (builds the SPA, installs server/ if needed)
 *
 * 1. First screen at province scope (bench/synthetic-province.ts: 20,000 offices × 36 months) in
 *    Chromium against the service: bytes transferred and navigation → every overview chart drawn,
 *    contract v2 (roll-ups) against v1 (every record), and the county's first screen (the demo
 *    county) as the floor. Goal: under 1 MB and within 1.5× of the county.
 * 2. The province roll-up query against a plain DuckDB GROUP BY of the same sums over a table
 *    that already holds each record's child (the floor). Goal: within 1.5×.
 * 3. Upload of a prefecture's month (~2,000 rows of XLSX): seconds, and the service's memory.
 * 4. Load: 50 viewers refreshing every 10 s for 2 minutes while imports run: p95 latency, errors.
 * The service runs as its own process (npm run serve's code), its memory read from /proc.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import writeXlsxFile from 'write-excel-file/node';
import { RECORD_COLUMNS } from '../src/adapters/file/columns';
import { validateRecords } from '../src/adapters/validate/records';
import { addMonths, COUNT_FIELDS, lastCompleteMonth, monthIndex, type MonthlyRecord, type Office } from '../src/domain';
import { generateDataset } from '../mocks/generator';
import { hashToken } from '../server/src/auth';
import { openDuckDb } from '../server/src/storage/duckdb';
import { DUCKDB, floorSql, rollupSql } from '../server/src/storage/sql';
import { syntheticProvince } from './synthetic-province';

const ROOT = path.resolve(import.meta.dirname, '..');
const TOKEN = 'bench-editor-token-0123456789abcdef';
const CHART_SELECTOR = '.chart-panel [role="img"]';
const CHARTS = 4;
const LOAD_SECONDS = Number(process.env.LOAD_SECONDS ?? 120);
const VIEWERS = 50;
const REFRESH_MS = 10_000;

const fmtMs = (value: number) => `${value.toFixed(0)} ms`;
const fmtKb = (bytes: number) => (bytes > 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(2)} MB` : `${(bytes / 1024).toFixed(0)} KB`);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))]!;

async function prepare(dir: string, offices: Office[], records: MonthlyRecord[]): Promise<void> {
  mkdirSync(dir, { recursive: true });
  const storage = await openDuckDb({ path: path.join(dir, 'service.duckdb') });
  await storage.applyImport({
    who: 'bench',
    origin: 'bench',
    files: [],
    offices: { mode: 'replace', list: offices },
    scope: 'all',
    months: [...new Set(records.map((record) => monthIndex(record.month)))],
    records,
    rowsLeftOut: 0,
  });
  await storage.addEditor({ name: 'bench', role: 'editor', tokenHash: hashToken(TOKEN) });
  await storage.close();
}

interface Running {
  process: ChildProcess;
  url: string;
}

async function start(dir: string, port: number, extra: string[] = []): Promise<Running> {
  // node itself with tsx's loader (not the tsx binary, which would run the service in a child): its pid is the service's.
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts', 'serve', '--data', dir, '--port', String(port), '--quiet', ...extra], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 600; i++) {
    try {
      if ((await fetch(`${url}/api/v1/offices?scope=__none__`)).status < 500) return { process: child, url };
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the service did not start');
}

async function stop(running: Running): Promise<void> {
  running.process.kill('SIGTERM');
  await new Promise((resolve) => running.process.once('exit', resolve));
}

/** Resident and peak memory of a process, from /proc. */
function memory(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (name: string) => Number(new RegExp(`${name}:\\s+(\\d+)`).exec(status)?.[1] ?? 0) * 1024;
  return { rss: kb('VmRSS'), peak: kb('VmHWM') };
}

interface Screen {
  ms: number;
  bytes: number;
  dataBytes: number;
}

/** Navigation → every overview chart drawn, and what crossed the wire by then (a fresh browser cache). */
async function firstScreen(browser: Browser, url: string): Promise<Screen> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' });
  const page = await context.newPage();
  await page.addInitScript({ content: `window.__benchOptions = ${JSON.stringify({ expected: CHARTS, selector: CHART_SELECTOR })};` });
  await page.addInitScript({ path: path.join(ROOT, 'bench/ui-floor/detect.js') });
  await page.goto(`${url}/#/overview`);
  await page.waitForFunction(() => (window as unknown as { __bench?: { drawnAt: number | null } }).__bench?.drawnAt != null, undefined, {
    timeout: 300_000,
    polling: 50,
  });
  const result = await page.evaluate(() => {
    const drawn = (window as unknown as { __bench: { drawnAt: number } }).__bench.drawnAt;
    const entries = [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')] as PerformanceResourceTiming[];
    const upTo = entries.filter((entry) => entry.responseEnd <= drawn + 1);
    return {
      ms: drawn,
      bytes: upTo.reduce((sum, entry) => sum + entry.transferSize, 0),
      dataBytes: upTo.filter((entry) => entry.name.includes('/api/')).reduce((sum, entry) => sum + entry.transferSize, 0),
    };
  });
  await context.close();
  return result;
}

async function screens(browser: Browser, url: string, runs: number): Promise<Screen> {
  const all: Screen[] = [];
  for (let i = 0; i < runs; i++) all.push(await firstScreen(browser, url));
  return { ms: median(all.map((s) => s.ms)), bytes: median(all.map((s) => s.bytes)), dataBytes: median(all.map((s) => s.dataBytes)) };
}

/** A prefecture's month as staff would upload it: the template's 月度数据表 columns, one row per office. */
async function prefectureMonthXlsx(offices: Office[], records: MonthlyRecord[], prefecture: string, month: string): Promise<Buffer> {
  const inside = new Set<string>();
  for (const office of offices) if (office.id === prefecture || (office.parentId && inside.has(office.parentId))) inside.add(office.id);
  const rows = records.filter((record) => record.month === month && inside.has(record.officeId));
  const columns = RECORD_COLUMNS;
  const data = [
    columns.map((column) => ({ value: column.header, type: String })),
    ...rows.map((record) =>
      columns.map((column) => {
        const value = (record as unknown as Record<string, unknown>)[column.field];
        if (column.field === 'officeId' || column.field === 'month') return { value: String(value), type: String };
        return typeof value === 'number' ? { value, type: Number } : null;
      }),
    ),
  ];
  return (await writeXlsxFile([{ sheet: '月度数据表', data, columns: columns.map(() => ({ width: 12 })) }] as never).toBuffer()) as Buffer;
}

async function uploadXlsx(url: string, bytes: Buffer): Promise<{ ms: number; status: number; body: string }> {
  const form = new FormData();
  form.append('files', new Blob([new Uint8Array(bytes)]), 'prefecture-month.xlsx');
  const started = performance.now();
  // The synthetic province breaks some v1.1 rules: the staff accept importing the good rows.
  const response = await fetch(`${url}/api/v1/imports?acceptPartial=1`, { method: 'POST', body: form, headers: { authorization: `Bearer ${TOKEN}` } });
  const body = await response.text();
  return { ms: performance.now() - started, status: response.status, body };
}

async function loadTest(url: string, window: { from: string; to: string }, upload: () => Promise<{ status: number }>) {
  const latencies: number[] = [];
  let errors = 0;
  let requests = 0;
  let imports = 0;
  let importErrors = 0;
  const end = Date.now() + LOAD_SECONDS * 1000;
  const viewer = async (index: number) => {
    const scope = index < 35 ? null : `pref-${index % 10}`;
    const urls = scope
      ? [`capabilities`, `offices?scope=${scope}`, `records?from=${window.from}&to=${window.to}&scope=${scope}`]
      : [`capabilities`, `offices?scope=prov&rollup=1`, `records?from=${window.from}&to=${window.to}&scope=prov&rollup=1`];
    const etags = new Map<string, string>();
    await new Promise((resolve) => setTimeout(resolve, (index / VIEWERS) * REFRESH_MS));
    while (Date.now() < end) {
      const tick = Date.now();
      for (const part of urls) {
        const started = performance.now();
        try {
          const etag = etags.get(part);
          const response = await fetch(`${url}/api/v1/${part}`, { headers: { 'cache-control': 'no-cache', ...(etag ? { 'if-none-match': etag } : {}) } });
          await response.arrayBuffer();
          requests++;
          if (response.status !== 200 && response.status !== 304) errors++;
          const next = response.headers.get('etag');
          if (next) etags.set(part, next);
        } catch {
          errors++;
        }
        latencies.push(performance.now() - started);
      }
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, REFRESH_MS - (Date.now() - tick))));
    }
  };
  // Two imports during the run, at a quarter and at the middle of it.
  const importer = async () => {
    for (const at of [0.25, 0.5]) {
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, end - LOAD_SECONDS * 1000 * (1 - at) - Date.now())));
      const result = await upload();
      imports++;
      if (result.status !== 200) importErrors++;
    }
  };
  await Promise.all([...Array.from({ length: VIEWERS }, (_, i) => viewer(i)), importer()]);
  return { latencies, errors, requests, imports, importErrors };
}

async function main() {
  if (!existsSync(path.join(ROOT, 'dist/index.html'))) throw new Error('dist/ is missing: npm run bench:service builds it');
  const work = mkdtempSync(path.join(tmpdir(), 'service-bench-'));
  const end = lastCompleteMonth(new Date());
  const window = { from: addMonths(end, -47), to: end };
  console.log(`data service benchmark (${new Date().toISOString().slice(0, 10)}, ${process.version})\n`);

  // The data: the synthetic province as a source holding all its rows (the SPA validates what it
  // reads, as from any source), and the demo county.
  const province = syntheticProvince(20_000, 36, end);
  const valid = validateRecords({ records: province.records }, 'bench', {
    from: province.months[0]!,
    to: end,
    officeIds: new Set(province.offices.map((office) => office.id)),
  });
  console.log(`(the v1.1 validation accepts ${valid.records.length} of the synthetic province's ${province.records.length} rows; the service stores them all)`);
  const clean = province.records.map((record) => {
    const copy: MonthlyRecord = { officeId: record.officeId, month: record.month };
    for (const field of COUNT_FIELDS) if (record[field] !== undefined) copy[field] = record[field];
    return copy;
  });
  const county = generateDataset({ scenario: 'normal', endMonth: end });
  const provinceDir = path.join(work, 'province');
  const countyDir = path.join(work, 'county');
  const started = performance.now();
  await prepare(provinceDir, province.offices, clean);
  console.log(`province loaded into DuckDB: ${province.offices.length} offices, ${clean.length} records in ${fmtMs(performance.now() - started)}`);
  await prepare(countyDir, county.offices, county.records);

  // 2. Roll-up query against the floor (in this process, before the service holds the file).
  {
    const storage = await openDuckDb({ path: path.join(provinceDir, 'service.duckdb') });
    await storage.buildFloorTable('prov');
    const range = { from: monthIndex(window.from), to: monthIndex(window.to) };
    const [idx] = await storage.query(`SELECT idx FROM offices WHERE id = 'prov'`);
    const time = async (sql: string, params: Record<string, number>) => {
      const times: number[] = [];
      for (let i = 0; i < 15; i++) {
        const t = performance.now();
        await storage.query(sql, params);
        times.push(performance.now() - t);
      }
      return median(times.slice(3));
    };
    const floor = await time(floorSql(DUCKDB), range);
    const rollup = await time(rollupSql(DUCKDB), { scope: Number(idx![0]), ...range });
    console.log('\n2. Roll-up at province scope (720,000 records → per prefecture, kind, mask, month), median of 12');
    console.log(
      `   roll-up query ${fmtMs(rollup)}   floor (GROUP BY of a table with the child already there) ${fmtMs(floor)}   ${(rollup / floor).toFixed(2)}× (goal ≤ 1.5×)`,
    );
    await storage.close();
  }

  // 1. First screens.
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  const countyService = await start(countyDir, 18901);
  const countyScreen = await screens(browser, countyService.url, 3);
  await stop(countyService);
  const v2 = await start(provinceDir, 18902);
  const v2Screen = await screens(browser, v2.url, 3);
  await stop(v2);
  const v1 = await start(provinceDir, 18903, ['--contract', 'v1']);
  const v1Screen = await screens(browser, v1.url, 1);
  await stop(v1);
  await browser.close();
  console.log('\n1. First screen (overview) at province scope, navigation → 4 charts drawn, fresh browser cache, medians');
  console.log(
    `   county (demo, 229 offices)         ${fmtMs(countyScreen.ms).padStart(9)}  ${fmtKb(countyScreen.bytes).padStart(9)} transferred (data ${fmtKb(countyScreen.dataBytes)})`,
  );
  console.log(
    `   province, contract v2 (roll-ups)   ${fmtMs(v2Screen.ms).padStart(9)}  ${fmtKb(v2Screen.bytes).padStart(9)} transferred (data ${fmtKb(v2Screen.dataBytes)})   ${(v2Screen.ms / countyScreen.ms).toFixed(2)}× the county (goal ≤ 1.5×, < 1 MB)`,
  );
  console.log(
    `   province, contract v1 (all records)${fmtMs(v1Screen.ms).padStart(9)}  ${fmtKb(v1Screen.bytes).padStart(9)} transferred (data ${fmtKb(v1Screen.dataBytes)})   ${(v1Screen.ms / countyScreen.ms).toFixed(2)}× the county (1 run)`,
  );

  // 3 and 4 against one running service.
  const service = await start(provinceDir, 18904);
  const pid = service.process.pid!;
  const xlsx = await prefectureMonthXlsx(province.offices, clean, 'pref-3', end);
  const before = memory(pid);
  const uploads: number[] = [];
  for (let i = 0; i < 3; i++) {
    const result = await uploadXlsx(service.url, xlsx);
    if (result.status !== 200) console.warn(`upload failed: ${result.status} ${result.body.slice(0, 300)}`);
    uploads.push(result.ms);
  }
  const after = memory(pid);
  const last = JSON.parse((await uploadXlsx(service.url, xlsx)).body) as { log?: { recordsWritten: number; rowsLeftOut: number } };
  const rows = (last.log?.recordsWritten ?? 0) + (last.log?.rowsLeftOut ?? 0);
  console.log(
    `\n3. Upload of a prefecture's month (${rows} rows, ${fmtKb(xlsx.length)} XLSX; ${last.log?.rowsLeftOut ?? '?'} break v1.1 rules and are left out with consent), parsed, validated and imported in one transaction`,
  );
  console.log(
    `   ${uploads.map((ms) => `${(ms / 1000).toFixed(2)} s`).join(', ')}   service memory: ${fmtKb(before.rss)} before, ${fmtKb(after.rss)} after, peak ${fmtKb(after.peak)}`,
  );

  console.log(
    `\n4. Load: ${VIEWERS} viewers (35 at the province's roll-up, 15 at prefectures) refreshing every ${REFRESH_MS / 1000} s for ${LOAD_SECONDS} s while a prefecture's month is imported twice`,
  );
  const load = await loadTest(service.url, window, () => uploadXlsx(service.url, xlsx));
  const final = memory(pid);
  console.log(
    `   ${load.requests} requests, p50 ${fmtMs(percentile(load.latencies, 0.5))}, p95 ${fmtMs(percentile(load.latencies, 0.95))}, max ${fmtMs(Math.max(...load.latencies))}, errors ${load.errors}; imports ${load.imports} (failed ${load.importErrors}); service memory peak ${fmtKb(final.peak)}`,
  );
  await stop(service);
  rmSync(work, { recursive: true, force: true });
}

await main();

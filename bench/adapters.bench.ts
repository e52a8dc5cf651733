/**
 * Getting data in: prints figures, asserts nothing.
 *
 *   node_modules/.bin/tsx bench/adapters.bench.ts [--runs 5]
 *
 * How long the adapters take to check what comes in (validation, a large CSV, the HTTP adapter's
 * timeout) and the demo's mock backend to make and serve its data, each beside the limit a unit
 * test used to hold it to. Those limits were wall-clock assertions that fail on a busy machine for
 * no fault of the code, so the figures live here and the unit tests keep what the results must be
 * (tests/adapters/validate/records, file/parseFiles.large and http/createHttpAdapter, tests/mocks/generator and handlers).
 * Each figure is the median of --runs runs after one warm-up run, with the slowest beside it.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { createHttpAdapter } from '../src/adapters';
import { parseDatasetFiles } from '../src/adapters/file/parseFiles';
import { validateRecords } from '../src/adapters/validate/records';
import { lastCompleteMonth } from '../src/domain';
import { generateDataset } from '../mocks/generator';
import { createMockServer } from '../mocks/node';
import { csv, largeCountyCsv, textFile } from '../tests/adapters/fileFixtures';
import { goodRecord, largeRecordsPayload, QUERY, V11_COUNTS } from '../tests/adapters/fixtures';

function argument(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 && process.argv[index + 1] ? process.argv[index + 1]! : fallback;
}
const RUNS = Math.max(1, Number(argument('runs', '5')) || 5);

interface Case {
  name: string;
  /** The wall-clock limit the unit test had, in ms; null where none did. */
  limitMs: number | null;
  run: () => unknown;
}

interface Figure {
  name: string;
  limitMs: number | null;
  median: number;
  max: number;
}

async function measure(item: Case): Promise<Figure> {
  await item.run();
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    await item.run();
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  return { name: item.name, limitMs: item.limitMs, median: samples[Math.floor(samples.length / 2)]!, max: samples.at(-1)! };
}

function validationCases(): Case[] {
  const v1 = largeRecordsPayload();
  const v11 = largeRecordsPayload({ extra: V11_COUNTS });
  const copies = { records: Array.from({ length: 20_000 }, () => goodRecord('county', '2025-01')) };
  return [
    { name: 'validate 100k records, the 20 counts of contract v1', limitMs: 1000, run: () => validateRecords(v1.payload, 'bench', v1.query) },
    { name: 'validate 100k records, the 29 counts of v1.1', limitMs: 1500, run: () => validateRecords(v11.payload, 'bench', v11.query) },
    { name: 'validate 20,000 copies of one row (duplicates)', limitMs: 1000, run: () => validateRecords(copies, 'bench', QUERY) },
  ];
}

function fileCases(): Case[] {
  const { offices, records } = largeCountyCsv();
  const files = [textFile('单位表.csv', csv(offices)), textFile('月度数据表.csv', records)];
  const megabytes = (records.length / 1024 / 1024).toFixed(1);
  return [{ name: `parse and validate 100k CSV rows (${megabytes} MB)`, limitMs: 15_000, run: () => parseDatasetFiles(files) }];
}

function generatorCases(): Case[] {
  const endMonth = lastCompleteMonth(new Date());
  return [{ name: 'generate the large scenario (~2,000 offices × 36 months)', limitMs: 2000, run: () => generateDataset({ scenario: 'large', endMonth }) }];
}

/** The demo's mock backend in Node (msw intercepts fetch), normal scenario, data generated once. */
async function mockBackendFigures(): Promise<Figure[]> {
  const base = 'http://mock.bench/api';
  const endMonth = lastCompleteMonth(new Date());
  const server = createMockServer({ baseUrl: base, scenario: 'normal', endMonth });
  server.listen({ onUnhandledRequest: 'error' });
  const get = async (path: string) => (await fetch(`${base}${path}`)).json();
  try {
    return [
      await measure({ name: 'mock backend, normal scenario: GET /scheme', limitMs: 100, run: () => fetch(`${base}/scheme`) }),
      await measure({ name: 'mock backend, normal scenario: GET /offices', limitMs: null, run: () => get('/offices') }),
      await measure({ name: 'mock backend, normal scenario: GET /records, 36 months', limitMs: null, run: () => get(`/records?from=2000-01&to=${endMonth}`) }),
    ];
  } finally {
    server.close();
  }
}

/** A server on this machine that takes requests and never answers them. */
async function silentServer(): Promise<{ server: Server; url: string }> {
  const server = createServer(() => undefined);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api` };
}

async function timeoutFigure(): Promise<Figure> {
  const { server, url } = await silentServer();
  const adapter = createHttpAdapter({ baseUrl: url, timeoutMs: 60 });
  try {
    return await measure({
      name: 'HTTP adapter, timeoutMs 60, server silent: gives up after',
      limitMs: 1500,
      run: () => adapter.getOffices().catch(() => null),
    });
  } finally {
    server.closeAllConnections();
    server.close();
  }
}

const ms = (value: number | null) => (value === null ? '' : `${value.toFixed(value < 10 ? 1 : 0)} ms`);

async function main() {
  console.log(`Getting data in: medians of ${RUNS} runs after one warm-up (node ${process.version})`);
  const figures: Figure[] = [];
  for (const item of [...validationCases(), ...fileCases(), ...generatorCases()]) figures.push(await measure(item));
  figures.push(...(await mockBackendFigures()));
  figures.push(await timeoutFigure());
  const rows = [['', 'median', 'slowest', 'old test limit'], ...figures.map((figure) => [figure.name, ms(figure.median), ms(figure.max), ms(figure.limitMs)])];
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  for (const row of rows) console.log(row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('   '));
}

await main();

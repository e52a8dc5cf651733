// Each catalogue case through the HTTP adapter and the file adapter: a clear message or a quality entry per bad row, the good rows kept, no unsound number.
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { isAdapterError } from '../../src/adapters';
import { isFileLoadError } from '../../src/adapters/file';
import type { QualityIssue, QualityReason } from '../../src/domain';
import { qualityDetailText } from '../../src/ui/quality/qualityText';
import { createFormatters, createTranslate, isMessageKey } from '../../src/ui';
import { describeError } from '../../src/ui/states/describeError';
import { fileErrorText } from '../../src/features/settings/data-source/errorText';
import { HOSTILE_CASES, type HostileCase, type Transport } from './catalogue';
import {
  caseBytes,
  caseJson,
  countsAreSound,
  expectedRows,
  filesFor,
  fixtureBytes,
  handlersFor,
  loadViaFile,
  loadViaHttp,
  pickedFile,
  type LoadOutcome,
} from './harness';

const zh = { t: createTranslate('zh-CN'), locale: 'zh-CN' as const, ...createFormatters('zh-CN') };
/** The adapter's English fallback must not reach a Chinese reader when the reason is known. */
const ENGLISH_DETAIL = /expected an object|got an? |the response|the scheme/;

let served: Uint8Array = new Uint8Array();
const server = setupServer(...handlersFor(() => served));
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

let variant = 0;
async function load(item: HostileCase, via: Transport): Promise<LoadOutcome> {
  if (via === 'http') {
    served = caseBytes(item);
    return loadViaHttp(`${item.id}-${++variant}`);
  }
  return loadViaFile(filesFor(item));
}

function issueMap(issues: readonly QualityIssue[]): Map<number, QualityReason> {
  return new Map(issues.filter((issue) => issue.severity !== 'note' || issue.reason === 'truncated').map((issue) => [issue.row, issue.reason]));
}

/** What leaves a row out; notes keep it. */
function rejections(issues: readonly QualityIssue[]): QualityIssue[] {
  return issues.filter((issue) => issue.severity !== 'note');
}

/**
 * Notes on kept rows: each row tagged "_note" has its rule's note, and an untagged row can only
 * have the one a v1 payload may earn (on time + overdue ≠ completed: valid in v1, noted since v1.1).
 */
function expectNotes(issues: readonly QualityIssue[], tagged: ReadonlyMap<number, string>) {
  const notes = issues.filter((issue) => issue.severity === 'note' && issue.reason === 'inconsistent');
  for (const [row, rule] of tagged)
    expect(
      notes.some((note) => note.row === row && note.params?.rule === rule),
      `row ${row}: ${rule}`,
    ).toBe(true);
  for (const note of notes) {
    if (!tagged.has(note.row)) expect(note.params?.rule, `row ${note.row}`).toBe('on-time-plus-overdue-is-completed');
  }
}

/** Every issue reads as a Chinese sentence built from its params, with no hole and no English fallback. */
function expectWorded(issues: readonly QualityIssue[]) {
  for (const issue of issues) {
    const text = qualityDetailText(issue, zh);
    expect(text, issue.detail).not.toBe(issue.detail);
    expect(text).not.toMatch(/\{\w+\}|undefined|\[object/);
  }
}

const runs = HOSTILE_CASES.filter((item) => item.file).flatMap((item) => item.via.map((via) => [item.id, via, item] as const));

describe.each(runs)('%s via %s', (_, via, item) => {
  test('ends in a clear message or a report, never an uncaught error', async () => {
    const outcome = await load(item, via);
    const expected = item.outcome;

    if (expected.kind === 'refused') {
      expect(outcome.ok).toBe(false);
      if (outcome.ok) return;
      if (via === 'http') {
        expect(isAdapterError(outcome.error)).toBe(true);
        if (!isAdapterError(outcome.error)) return;
        expect(outcome.error.kind).toBe(expected.http!.error);
        expect(outcome.error.detail).toMatch(expected.http!.detail);
        const sentence = describeError(outcome.error, zh);
        expect(sentence).toMatch(/^数据源 .+ 返回的数据不符合接口约定：/);
        expect(sentence).not.toMatch(/\{\w+\}|undefined/);
        expect(sentence).not.toMatch(ENGLISH_DETAIL);
      } else {
        expect(isFileLoadError(outcome.error)).toBe(true);
        if (!isFileLoadError(outcome.error)) return;
        expect(outcome.error.code).toBe(expected.file!.code);
        expect(outcome.error.params.file).toBe(item.file);
        // The data-source screen words every code; the sentence names the file and has no hole.
        const key = `files.error.${outcome.error.code}`;
        expect(isMessageKey(key), key).toBe(true);
        if (isMessageKey(key)) expect(zh.t(key, outcome.error.params)).not.toMatch(/\{\w+\}|undefined/);
        const sentence = fileErrorText(outcome.error, zh);
        expect(sentence).toContain(item.file);
        expect(sentence).not.toMatch(ENGLISH_DETAIL);
      }
      return;
    }

    if (!outcome.ok) throw outcome.error;
    const { offices, records, dataset } = outcome.loaded;
    expect(countsAreSound(records.records)).toEqual([]);
    expectWorded([...offices.quality.issues, ...records.quality.issues]);

    if (expected.kind === 'empty') {
      expect(offices.offices).toEqual([]);
      expect(records.records).toEqual([]);
      expect(offices.quality.issues).toEqual([]);
      return;
    }

    const json = caseJson(caseBytes(item));
    if (json) {
      const rows = expectedRows(json);
      expect(issueMap(offices.quality.issues)).toEqual(rows.offices);
      expect(issueMap(records.quality.issues)).toEqual(rows.records);
      expectNotes(records.quality.issues, rows.notes);
      expect(offices.offices).toHaveLength(rows.goodOffices);
      expect(records.records).toHaveLength(rows.goodRecords);
      expect(records.quality.accepted).toBe(rows.goodRecords);
    } else {
      // A CSV case: its rows as the spreadsheet numbers them; the paired clean table has no issue.
      const hostileTable = item.pairedWith === 'base-offices.json' ? records : offices;
      const cleanTable = hostileTable === records ? offices : records;
      expect(issueMap(hostileTable.quality.issues)).toEqual(new Map(Object.entries(item.csvRows ?? {}).map(([row, reason]) => [Number(row), reason])));
      expect(rejections(cleanTable.quality.issues)).toEqual([]);
      expectNotes(cleanTable.quality.issues, new Map());
      expect(hostileTable.quality.accepted).toBeGreaterThan(0);
    }

    if (expected.kind === 'reported') {
      const reasons = new Set([...offices.quality.issues, ...records.quality.issues].map((issue) => issue.reason));
      for (const reason of expected.reasons) expect(reasons, reason).toContain(reason);
    } else {
      expect(rejections([...offices.quality.issues, ...records.quality.issues])).toEqual([]);
    }

    const names = new Set(offices.offices.map((office) => office.name));
    for (const name of item.names ?? []) expect(names, name).toContain(name);
    if (dataset && item.id === '18-gbk-csv') expect(dataset.notices).toContainEqual(expect.objectContaining({ code: 'encoding', detail: 'GBK' }));
    if (item.id === '23-scheme-with-script') expect(await outcome.loaded.adapter.getScheme()).toMatchObject({ name: expect.stringContaining('<img') });
  });
});

describe('the catalogue covers its own claims', () => {
  test('every reported reason of the manifest is tagged in its file (JSON) or listed by row (CSV)', () => {
    for (const item of HOSTILE_CASES) {
      if (!item.file || item.outcome.kind !== 'reported') continue;
      const json = caseJson(caseBytes(item));
      const listed = json ? [...expectedRows(json).offices.values(), ...expectedRows(json).records.values()] : Object.values(item.csvRows ?? {});
      for (const reason of item.outcome.reasons) expect(listed, `${item.id} ${reason}`).toContain(reason);
    }
  });
});

/** 21: about 50 MB of JSON: the clean county, then 100k rows for offices that do not exist. */
function fiftyMegabytes(): { bytes: Uint8Array; ghosts: number; good: number } {
  const base = caseJson(new TextEncoder().encode(readFixture('base.json')))!;
  const good = base.records as Record<string, unknown>[];
  const template = JSON.stringify({ ...good[0], officeId: 'GHOST', note: 'x'.repeat(60) });
  const ghosts = 100_000;
  const parts: string[] = [];
  for (let i = 0; i < ghosts; i++) parts.push(template.replace('GHOST', `ghost-${i}`));
  const text = `{"offices":${JSON.stringify(base.offices)},"records":[${good.map((row) => JSON.stringify(row)).join(',')},${parts.join(',')}]}`;
  return { bytes: new TextEncoder().encode(text), ghosts, good: good.length };
}

function readFixture(name: string): string {
  return new TextDecoder().decode(fixtureBytes(name));
}

describe('21-fifty-megabytes', () => {
  const payload = fiftyMegabytes();
  const item = HOSTILE_CASES.find((entry) => entry.id === '21-fifty-megabytes')!;

  test('the generated payload is about 50 MB', () => {
    expect(payload.bytes.byteLength).toBeGreaterThan(48 * 1024 * 1024);
    expect(payload.bytes.byteLength).toBeLessThan(60 * 1024 * 1024);
  });

  test.each(item.via)(
    'via %s: the good rows are kept, each ghost row reported, in reasonable time',
    async (via) => {
      const started = performance.now();
      let outcome: LoadOutcome;
      if (via === 'http') {
        served = payload.bytes;
        outcome = await loadViaHttp(`fifty-${++variant}`);
      } else {
        outcome = await loadViaFile([pickedFile('fifty.json', payload.bytes)]);
      }
      const seconds = (performance.now() - started) / 1000;
      if (!outcome.ok) throw outcome.error;
      const { records } = outcome.loaded;
      expect(records.records).toHaveLength(payload.good);
      expect(records.quality.rejected).toBe(payload.ghosts);
      expect(rejections(records.quality.issues)).toHaveLength(payload.ghosts);
      expect(rejections(records.quality.issues).every((issue) => issue.reason === 'unknown-office')).toBe(true);
      expectNotes(records.quality.issues, new Map());
      expect(countsAreSound(records.records)).toEqual([]);
      // Generous for a shared two-core machine; a quadratic step would take minutes.
      expect(seconds).toBeLessThan(30);
    },
    120_000,
  );

  test('a file above the size limit is refused before a byte is read', async () => {
    let read = false;
    const huge = { name: 'huge.json', size: 200 * 1024 * 1024, arrayBuffer: async () => ((read = true), new ArrayBuffer(0)) };
    const outcome = await loadViaFile([huge]);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(isFileLoadError(outcome.error) && outcome.error.code).toBe('too-large');
    expect(read).toBe(false);
  });
});

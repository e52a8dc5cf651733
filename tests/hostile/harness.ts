/**
 * How a hostile case reaches the app: the HTTP adapter against an msw backend serving the case
 * file, or the file adapter reading it as a staff member's upload. Both give the same result
 * shape, so one set of expectations covers both.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { http, HttpResponse, type RequestHandler } from 'msw';
import { createHttpAdapter, type DataAdapter, type OfficesResult, type RecordsResult } from '../../src/adapters';
import { createFileAdapter, loadFilesHere, type OwnDataset, type PickedFile } from '../../src/adapters/file';
import { isPlainObject } from '../../src/adapters/validate/describe';
import type { QualityReason } from '../../src/domain';
import type { HostileCase } from './catalogue';

export const CASES_DIR = path.resolve(import.meta.dirname, 'cases');
export const FIXTURES_DIR = path.resolve(import.meta.dirname, 'fixtures');
export const HOSTILE_BASE_URL = 'http://hostile.test/api';

/** The months the case files use are 2025-04 to 2025-06; this window holds them all. */
export const QUERY_WINDOW = { from: '2024-07', to: '2025-07' } as const;
/** A "now" for the screens under which 2025-06 is the last complete month. */
export const SCREEN_NOW = new Date(2025, 6, 15, 10, 0, 0);

export function caseBytes(item: HostileCase): Uint8Array {
  if (!item.file) throw new Error(`${item.id} has no file: its test generates it`);
  return new Uint8Array(readFileSync(path.join(CASES_DIR, item.file)));
}

export function fixtureBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(path.join(FIXTURES_DIR, name)));
}

export function pickedFile(name: string, bytes: Uint8Array): PickedFile {
  return {
    name,
    size: bytes.byteLength,
    arrayBuffer: async () => bytes.slice().buffer,
  };
}

/** What the case file holds, parsed as JSON.parse would (BOM dropped); null when it is not JSON. */
export function caseJson(bytes: Uint8Array): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(new TextDecoder().decode(bytes));
    return isPlainObject(value) ? value : null;
  } catch {
    return null;
  }
}

/**
 * The case file served the way a backend would: the file as it is at /offices and /records (each
 * endpoint's reader takes its own key, so exact big numbers, 1e400 and a BOM reach the adapter
 * untouched), its "scheme" key at /scheme or 404 when it has none.
 */
export function handlersFor(getBytes: () => Uint8Array, baseUrl = HOSTILE_BASE_URL): RequestHandler[] {
  const raw = () => new HttpResponse(getBytes().slice(), { status: 200, headers: { 'Content-Type': 'application/json; charset=utf-8' } });
  return [
    http.get(`${baseUrl}/offices`, raw),
    http.get(`${baseUrl}/records`, raw),
    // A v1 backend, as every hostile case is: it does not know /capabilities.
    http.get(`${baseUrl}/capabilities`, () => new HttpResponse(null, { status: 404 })),
    http.get(`${baseUrl}/scheme`, () => {
      const scheme = caseJson(getBytes())?.scheme;
      return scheme === undefined ? new HttpResponse(null, { status: 404 }) : HttpResponse.json(scheme);
    }),
  ];
}

export interface Loaded {
  adapter: DataAdapter;
  offices: OfficesResult;
  records: RecordsResult;
  dataset?: OwnDataset;
}

export type LoadOutcome = { ok: true; loaded: Loaded } | { ok: false; error: unknown };

async function readThrough(adapter: DataAdapter): Promise<{ offices: OfficesResult; records: RecordsResult }> {
  const offices = await adapter.getOffices();
  const officeIds = new Set(offices.offices.map((office) => office.id));
  const records = await adapter.getRecords({ ...QUERY_WINDOW, officeIds });
  return { offices, records };
}

/** Needs handlersFor(...) registered on a running msw server. */
export async function loadViaHttp(variant: string): Promise<LoadOutcome> {
  const adapter = createHttpAdapter({ baseUrl: HOSTILE_BASE_URL, variant, timeoutMs: 60_000 });
  try {
    return { ok: true, loaded: { adapter, ...(await readThrough(adapter)) } };
  } catch (error) {
    return { ok: false, error };
  }
}

/** The files a staff member would pick for this case: the case file, and the clean other table for a CSV. */
export function filesFor(item: HostileCase, bytes: Uint8Array = caseBytes(item)): PickedFile[] {
  const files = [pickedFile(item.file ?? `${item.id}.json`, bytes)];
  if (item.pairedWith) files.push(pickedFile(item.pairedWith, fixtureBytes(item.pairedWith)));
  return files;
}

export async function loadViaFile(files: PickedFile[]): Promise<LoadOutcome> {
  try {
    const dataset = await loadFilesHere(files);
    const adapter = createFileAdapter(dataset);
    return { ok: true, loaded: { adapter, dataset, ...(await readThrough(adapter)) } };
  } catch (error) {
    return { ok: false, error };
  }
}

export interface ExpectedRows {
  /** Row number (1-based, as reported) → the reason it must be reported with. */
  offices: Map<number, QualityReason>;
  records: Map<number, QualityReason>;
  /** Record row → the rule of the note it must carry ("_note"): the row is kept. */
  notes: Map<number, string>;
  /** Rows that must be kept. */
  goodOffices: number;
  goodRecords: number;
}

/**
 * What the validators must say about each row of a JSON case: its "_expect" tag, 'not-an-object'
 * for a row that is not an object, nothing for the rest. A 'truncated' row is a note: kept. A
 * "_note" tag names the consistency rule of a note the row must carry, and is kept too.
 */
export function expectedRows(json: Record<string, unknown>): ExpectedRows {
  const read = (key: 'offices' | 'records') => {
    const rows = Array.isArray(json[key]) ? (json[key] as unknown[]) : [];
    const reasons = new Map<number, QualityReason>();
    let good = 0;
    rows.forEach((row, index) => {
      if (!isPlainObject(row)) reasons.set(index + 1, 'not-an-object');
      else if (typeof row._expect === 'string') {
        reasons.set(index + 1, row._expect as QualityReason);
        if (row._expect === 'truncated') good += 1;
      } else good += 1;
    });
    return { reasons, good };
  };
  const offices = read('offices');
  const records = read('records');
  const notes = new Map<number, string>();
  const recordRows = Array.isArray(json.records) ? (json.records as unknown[]) : [];
  recordRows.forEach((row, index) => {
    if (isPlainObject(row) && typeof row._note === 'string') notes.set(index + 1, row._note);
  });
  return { offices: offices.reasons, records: records.reasons, notes, goodOffices: offices.good, goodRecords: records.good };
}

/** Every count of every accepted record is absent or a safe, non-negative whole number. */
export function countsAreSound(records: RecordsResult['records']): string[] {
  const bad: string[] = [];
  for (const record of records) {
    for (const [field, value] of Object.entries(record)) {
      if (field === 'officeId' || field === 'month' || value === undefined) continue;
      if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) bad.push(`${record.officeId} ${record.month} ${field}=${String(value)}`);
    }
  }
  return bad;
}

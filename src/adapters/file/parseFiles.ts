import { isMonthKey, monthIndex, monthFromIndex, type QualityReport, type Scheme } from '../../domain';
import { isAdapterError } from '../errors';
import { parseSchemePayload } from '../scheme';
import { isPlainObject } from '../validate/describe';
import { validateOffices } from '../validate/offices';
import { validateRecords } from '../validate/records';
import { SHEET_NAMES, type TableKind } from './columns';
import type { FileInput, FileNotice, LoadProgress, OwnDataset } from './dataset';
import { decodeText } from './decode';
import { FileLoadError } from './fileErrors';
import { GUIDE_SHEET_NAME, MAX_FILE_BYTES, MAX_FILE_SIZE_TEXT } from './limits';
import { parseCsvText } from './readCsv';
import { readJsonText } from './readJson';
import { toRecordColumns } from './recordColumns';
import { looksLikeZip, readWorkbook } from './readXlsx';
import { findHeader, tableToPart, type TablePart } from './tables';

export interface ParseOptions {
  onProgress?: (progress: LoadProgress) => void;
  now?: () => number;
  newId?: () => string;
}

type Format = 'json' | 'csv' | 'xlsx';

/**
 * Files → a validated dataset: the pure core the worker runs (and tests call directly).
 * Exactly one table of offices and one of monthly records must be found among the files: one
 * workbook with both sheets, two CSV files, a JSON file with both keys, or any mix.
 */
export async function parseDatasetFiles(inputs: readonly FileInput[], options: ParseOptions = {}): Promise<OwnDataset> {
  const report = options.onProgress ?? (() => undefined);
  const { parts, notices, seen, scheme } = await readTableParts(inputs, report);

  const officesPart = onePart(parts, 'offices', seen);
  const recordsPart = onePart(parts, 'records', seen);
  for (const part of [officesPart, recordsPart]) notices.push(...part.notices);

  report({ phase: 'check', fraction: 0 });
  const offices = validateOffices({ offices: officesPart.payload }, officesPart.source);
  report({ phase: 'check', fraction: 0.3 });
  const officeIds = new Set(offices.offices.map((office) => office.id));
  const span = monthSpan(recordsPart.payload);
  const records = validateRecords({ records: recordsPart.payload }, recordsPart.source, { ...span, officeIds });
  report({ phase: 'check', fraction: 0.9 });
  const rowOf = firstRowOfEachKey(recordsPart.payload);
  const recordRows = records.records.map((record) => rowOf.get(`${record.officeId}\u0000${record.month}`) ?? 0);
  const columns = toRecordColumns(records.records, recordRows, offices.offices);

  let ownScheme: Scheme | null = null;
  if (scheme) {
    try {
      ownScheme = parseSchemePayload(scheme.payload, scheme.source);
      notices.push({ code: 'scheme-loaded', source: scheme.source, detail: ownScheme.name });
    } catch (error) {
      if (!isAdapterError(error)) throw error;
      notices.push({ code: 'scheme-ignored', source: scheme.source, detail: error.detail, schemeProblems: [...(error.why?.schemeProblems ?? [])] });
    }
  }
  report({ phase: 'check', fraction: 1 });

  return {
    version: 1,
    id: (options.newId ?? randomId)(),
    loadedAt: (options.now ?? Date.now)(),
    files: inputs.map((input) => ({ name: input.name, size: input.bytes.byteLength })),
    officesSource: officesPart.source,
    recordsSource: recordsPart.source,
    offices: offices.offices,
    officesQuality: withoutPlaceholders(offices.quality, officesPart.placeholderRows),
    records: columns,
    recordsQuality: withoutPlaceholders(records.quality, recordsPart.placeholderRows),
    scheme: ownScheme,
    notices,
  };
}

/** The tables found in a set of files, not yet validated: what the browser import and the data service's upload share. */
export interface TableParts {
  parts: TablePart[];
  notices: FileNotice[];
  /** Every sheet or file looked at, for "no table of records among …". */
  seen: string[];
  /** The `scheme` a JSON file carried beside its data, not yet validated. */
  scheme: { payload: unknown; source: string } | null;
}

/**
 * Reads every file into table parts (offices or records, in the contract's row shape, with the
 * spreadsheet's row numbers): XLSX sheets, CSV (GBK too) and JSON. Throws a FileLoadError for a
 * file that cannot be read at all.
 */
export async function readTableParts(inputs: readonly FileInput[], report: (progress: LoadProgress) => void = () => undefined): Promise<TableParts> {
  if (inputs.length === 0) throw new FileLoadError('no-files');
  const parts: TablePart[] = [];
  const notices: FileNotice[] = [];
  const seen: string[] = [];
  let scheme: { payload: unknown; source: string } | null = null;
  for (const [position, input] of inputs.entries()) {
    const progress = (fraction: number) => report({ phase: 'parse', file: input.name, fraction: (position + fraction) / inputs.length });
    progress(0);
    const bytes = new Uint8Array(input.bytes);
    if (bytes.byteLength > MAX_FILE_BYTES) {
      throw new FileLoadError('too-large', { file: input.name, limit: MAX_FILE_SIZE_TEXT });
    }
    const format = detectFormat(input.name, bytes);
    if (format === 'xlsx') {
      for (const sheet of await readWorkbook(input.bytes, input.name)) {
        const source = `${input.name} / ${sheet.name}`;
        seen.push(source);
        const header = findHeader({ source, rows: sheet.rows });
        if (header) parts.push(tableToPart({ source, rows: sheet.rows }, header));
        else if (sheet.name !== GUIDE_SHEET_NAME && sheet.rows.length > 0) {
          notices.push({ code: 'ignored-sheet', source, detail: sheet.name });
        }
      }
      progress(1);
      continue;
    }
    const decoded = decodeText(bytes);
    if (decoded.text.trim() === '') throw new FileLoadError('empty-file', { file: input.name });
    if (decoded.encoding !== 'utf-8') notices.push({ code: 'encoding', source: input.name, detail: decoded.encoding.toUpperCase() });
    seen.push(input.name);
    if (format === 'json') {
      const content = readJsonText(decoded.text, input.name);
      parts.push(...content.parts);
      if (content.scheme !== undefined && content.scheme !== null) scheme = { payload: content.scheme, source: `${input.name} / scheme` };
    } else {
      const rows = parseCsvText(decoded.text, progress);
      const table = { source: input.name, rows };
      const header = findHeader(table);
      if (!header) throw new FileLoadError('no-header', { source: input.name });
      parts.push(tableToPart(table, header));
    }
    progress(1);
  }

  return { parts, notices, seen, scheme };
}

function detectFormat(name: string, bytes: Uint8Array): Format {
  const extension = /\.([^.]+)$/.exec(name)?.[1]?.toLowerCase();
  if (extension === 'xlsx' || extension === 'xlsm') return 'xlsx';
  if (extension === 'json') return 'json';
  if (extension === 'csv' || extension === 'txt' || extension === 'tsv') return 'csv';
  if (looksLikeZip(bytes)) return 'xlsx';
  // Old binary .xls, .numbers, images…: say so, rather than reporting every "row" as bad.
  if (extension !== undefined || bytes.byteLength === 0) throw new FileLoadError('unsupported-file', { file: name });
  const first = decodeText(bytes.subarray(0, 64)).text.trimStart()[0];
  if (first === '{') return 'json';
  throw new FileLoadError('unsupported-file', { file: name });
}

function onePart(parts: readonly TablePart[], kind: TableKind, seen: readonly string[]): TablePart {
  const found = parts.filter((part) => part.kind === kind);
  if (found.length > 1) {
    throw new FileLoadError('several-tables', { table: SHEET_NAMES[kind], sources: found.map((part) => part.source).join('、') });
  }
  const part = found[0];
  if (!part) throw new FileLoadError(kind === 'offices' ? 'no-offices-table' : 'no-records-table', { seen: seen.join('、') });
  return part;
}

/**
 * The months the file covers, so no well-formed month is "out of range" at load: which months
 * are shown is decided when the app asks (the file adapter reports the months it leaves out).
 */
function monthSpan(rows: readonly unknown[]): { from: string; to: string } {
  let first = Infinity;
  let last = -Infinity;
  for (const row of rows) {
    if (!isPlainObject(row) || !isMonthKey(row.month)) continue;
    const index = monthIndex(row.month);
    if (index < first) first = index;
    if (index > last) last = index;
  }
  if (first === Infinity) return { from: '2000-01', to: '2000-01' };
  return { from: monthFromIndex(first), to: monthFromIndex(last) };
}

/** Accepted records are unique per office and month (duplicates are all left out), so this finds their rows. */
function firstRowOfEachKey(rows: readonly unknown[]): Map<string, number> {
  const rowOf = new Map<string, number>();
  rows.forEach((row, index) => {
    if (!isPlainObject(row) || typeof row.officeId !== 'string' || typeof row.month !== 'string') return;
    const key = `${row.officeId}\u0000${row.month}`;
    if (!rowOf.has(key)) rowOf.set(key, index + 1);
  });
  return rowOf;
}

function withoutPlaceholders(quality: QualityReport, placeholderRows: ReadonlySet<number>): QualityReport {
  if (placeholderRows.size === 0) return quality;
  return {
    accepted: quality.accepted,
    rejected: quality.rejected - placeholderRows.size,
    issues: quality.issues.filter((issue) => !placeholderRows.has(issue.row)),
  };
}

/** Random without crypto.randomUUID, which needs a secure context a hall PC on http:// lacks. */
function randomId(): string {
  const bytes = new Uint8Array(8);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

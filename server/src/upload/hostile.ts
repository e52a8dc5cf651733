import { unzipSync } from 'fflate';
import { MAX_XLSX_ENTRIES, MAX_XLSX_INFLATED_BYTES } from './limits';

/** Why an upload is refused before any row is read; `detail` is plain text for the person. */
export class UploadRefused extends Error {
  constructor(
    readonly code: string,
    readonly detail: string,
    readonly file?: string,
  ) {
    super(`${code}: ${detail}`);
  }
}

interface ZipEntry {
  name: string;
  inflated: number;
}

/** The entries a zip's central directory declares, read without inflating anything. */
function zipEntries(bytes: Uint8Array, file: string): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65_535); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new UploadRefused('unreadable-xlsx', 'the file is not a complete XLSX (zip) archive', file);
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const entries: ZipEntry[] = [];
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50)
      throw new UploadRefused('unreadable-xlsx', 'the archive’s directory is damaged', file);
    const inflated = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extra = view.getUint16(at + 30, true);
    const comment = view.getUint16(at + 32, true);
    entries.push({ name: new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength)), inflated });
    at += 46 + nameLength + extra + comment;
  }
  return entries;
}

/**
 * An XLSX is refused before it is parsed when its parts would inflate past the limit (a zip
 * bomb), when it has too many parts, or when a sheet holds formulas: the service stores numbers
 * as typed, and a formula's cached value may be stale or absent (and would travel into exports).
 */
export function checkXlsx(bytes: Uint8Array, file: string): void {
  const entries = zipEntries(bytes, file);
  if (entries.length > MAX_XLSX_ENTRIES) throw new UploadRefused('zip-bomb', `the workbook has ${entries.length} parts`, file);
  const inflated = entries.reduce((sum, entry) => sum + entry.inflated, 0);
  if (inflated > MAX_XLSX_INFLATED_BYTES || entries.some((entry) => entry.inflated === 0xffffffff)) {
    throw new UploadRefused(
      'zip-bomb',
      `the workbook would inflate to ${Math.round(inflated / 1024 / 1024)} MB, over the limit of ${MAX_XLSX_INFLATED_BYTES / 1024 / 1024} MB`,
      file,
    );
  }
  let sheets: Record<string, Uint8Array>;
  try {
    sheets = unzipSync(bytes, { filter: (entry) => /^xl\/worksheets\/[^/]+\.xml$/.test(entry.name) && entry.originalSize <= MAX_XLSX_INFLATED_BYTES });
  } catch (error) {
    throw new UploadRefused('unreadable-xlsx', `the workbook cannot be read (${error instanceof Error ? error.message : String(error)})`, file);
  }
  const sheetTotal = Object.values(sheets).reduce((sum, data) => sum + data.length, 0);
  if (sheetTotal > MAX_XLSX_INFLATED_BYTES) throw new UploadRefused('zip-bomb', 'the workbook’s sheets inflate past the limit', file);
  for (const [name, data] of Object.entries(sheets)) {
    const xml = new TextDecoder().decode(data);
    const formula = /<c\b[^>]*\br="([A-Z]+[0-9]+)"[^>]*>(?:(?!<\/c>).)*?<f[\s>/]/s.exec(xml);
    if (formula) {
      throw new UploadRefused(
        'formula-cells',
        `${name.replace(/^xl\/worksheets\//, '')} has a formula in cell ${formula[1]}: paste the values (选择性粘贴 → 数值) and upload again`,
        file,
      );
    }
  }
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** A JSON upload whose objects use __proto__, constructor or prototype as keys is refused outright. */
export function checkJsonKeys(text: string, file: string): void {
  if (!/"(?:__proto__|constructor|prototype)"\s*:/.test(text)) return;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return; // not JSON: the parser reports it
  }
  const stack: unknown[] = [parsed];
  while (stack.length > 0) {
    const value = stack.pop();
    if (typeof value !== 'object' || value === null) continue;
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) throw new UploadRefused('prototype-keys', `the file uses the key "${key}", which no template has`, file);
      stack.push((value as Record<string, unknown>)[key]);
    }
  }
}

/** A text cell that a spreadsheet would run as a formula when the data is exported again. */
export function looksLikeFormula(text: string): boolean {
  return /^[=+\-@\t\r]/.test(text) && !/^[+-]?\d+(\.\d+)?$/.test(text.trim());
}

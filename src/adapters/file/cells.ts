import { isMonthKey, type OfficeKind } from '../../domain';

/** One cell as a reader hands it over: CSV gives strings, XLSX typed values. */
export type Cell = string | number | boolean | Date | null | undefined;

/**
 * Cells become the contract's JSON values here, and only in ways that cannot change a number's
 * meaning; anything doubtful is passed on as it came, so the same validation as for the HTTP
 * source reports it ("accepted must be a number, got "abc" (string)").
 */

/** Trimmed text (also full-width spaces); numbers as digits; an empty cell is null (not given). */
export function cellText(cell: Cell): string | null {
  if (cell === null || cell === undefined) return null;
  if (typeof cell === 'string') {
    const text = cell.trim();
    return text === '' ? null : text;
  }
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? null : cell.toISOString();
  return String(cell);
}

export function isBlankCell(cell: Cell): boolean {
  return cellText(cell) === null;
}

const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;
const GROUPED_NUMBER = /^-?\d{1,3}(,\d{3})+(\.\d+)?$/;

/**
 * A count: an empty cell is null ("not reported", never 0). Digits, with or without thousands
 * separators as Excel writes them into CSV ("1,234"), become a number; the validator then
 * rejects negatives, fractions and numbers beyond 2^53. "NaN", "Infinity", "12件" and the like
 * stay strings, so they are reported instead of being guessed at.
 */
export function cellCount(cell: Cell): unknown {
  if (cell === null || cell === undefined) return null;
  if (typeof cell === 'number') return cell;
  if (typeof cell !== 'string') return cell;
  // The common case, plain digits, without a regular expression: 2M cells in a 100k-row file.
  if (isDigits(cell)) return Number(cell);
  const text = cell.trim();
  if (text === '') return null;
  if (PLAIN_NUMBER.test(text)) return Number(text);
  if (GROUPED_NUMBER.test(text)) return Number(text.replace(/,/g, ''));
  return text;
}

function isDigits(text: string): boolean {
  if (text.length === 0) return false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 48 || code > 57) return false;
  }
  return true;
}

const MONTH_FORMS = [
  /^(\d{4})-(\d{1,2})$/,
  /^(\d{4})\/(\d{1,2})$/,
  /^(\d{4})\.(\d{1,2})$/,
  /^(\d{4})年(\d{1,2})月?$/,
  /^(\d{4})(\d{2})$/,
  // A date typed into the month column: its day is dropped.
  /^(\d{4})[-/.](\d{1,2})[-/.]\d{1,2}$/,
];

/**
 * "2025-03", also as a spreadsheet person types it: 2025-3, 2025/03, 2025.3, 2025年3月, 202503,
 * or a date cell. Only a four-digit year and a month 1–12 are accepted; "25-3" or "2025-13" are
 * handed on unchanged and reported as a bad month with the text the sheet holds.
 */
export function cellMonth(cell: Cell): unknown {
  if (cell === null || cell === undefined) return null;
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) return null;
    // Spreadsheet dates carry no zone; the readers hand them over as UTC midnight.
    return monthKey(cell.getUTCFullYear(), cell.getUTCMonth() + 1) ?? cell.toISOString();
  }
  const text = typeof cell === 'number' ? (Number.isInteger(cell) ? String(cell) : null) : cellText(cell);
  if (text === null) return typeof cell === 'number' ? cell : null;
  const form = text.normalize('NFKC');
  for (const pattern of MONTH_FORMS) {
    const match = pattern.exec(form);
    if (!match) continue;
    const key = monthKey(Number(match[1]), Number(match[2]));
    if (key) return key;
  }
  return typeof cell === 'number' ? cell : text;
}

function monthKey(year: number, month: number): string | null {
  const key = `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}`;
  return isMonthKey(key) ? key : null;
}

/** The words a sheet may use for each kind; the template's own are 区域/部门/乡镇/村. */
const KIND_WORDS: Record<string, OfficeKind> = {
  区域: 'region',
  地区: 'region',
  县: 'region',
  县区: 'region',
  市: 'region',
  region: 'region',
  部门: 'department',
  进驻部门: 'department',
  department: 'department',
  乡镇: 'township',
  乡镇街道: 'township',
  '乡镇(街道)': 'township',
  街道: 'township',
  乡: 'township',
  镇: 'township',
  township: 'township',
  村: 'village',
  社区: 'village',
  村社区: 'village',
  '村(社区)': 'village',
  village: 'village',
};

/** The contract's kind for the words of KIND_WORDS; any other text goes on as written (bad-kind). */
export function cellKind(cell: Cell): unknown {
  const text = cellText(cell);
  if (text === null) return null;
  const word = text.normalize('NFKC').replace(/\s/g, '').toLowerCase();
  return KIND_WORDS[word] ?? text;
}

import Papa, { type ParseResult } from 'papaparse';
import type { Cell } from './cells';

/** Big enough to keep papaparse fast, small enough to report progress several times a second. */
const CHUNK_CHARS = 1 << 19;

/**
 * Rows of a CSV text, one array per spreadsheet row (a quoted cell may span lines, as Excel
 * writes them, and still makes one row). Blank lines are kept so that row numbers stay the ones
 * the spreadsheet shows. Every cell is a string; the delimiter (comma, semicolon, tab) is guessed.
 */
export function parseCsvText(text: string, onProgress?: (fraction: number) => void): Cell[][] {
  const rows: Cell[][] = [];
  Papa.parse<string[]>(text, {
    header: false,
    dynamicTyping: false,
    skipEmptyLines: false,
    chunkSize: CHUNK_CHARS,
    chunk: (results: ParseResult<string[]>) => {
      for (const row of results.data) rows.push(row);
      onProgress?.(Math.min(1, results.meta.cursor / Math.max(1, text.length)));
    },
    // Parsing a string is synchronous: every chunk has been handed over when parse returns.
    complete: () => undefined,
  });
  // papaparse reports the newline that ends the file as one more (empty) row.
  while (rows.length > 0 && isEmptyRow(rows[rows.length - 1]!)) rows.pop();
  return rows;
}

function isEmptyRow(row: Cell[]): boolean {
  return row.length === 0 || (row.length === 1 && (row[0] === '' || row[0] === null));
}

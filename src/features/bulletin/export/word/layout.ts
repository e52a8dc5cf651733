import { cellText, type CellFormat } from '../../model/cells';
import type { BulletinTable } from '../../model/table';
import { SIZE, TEXT, TEXT_LANDSCAPE, gridChars, textTwips } from './geometry';

/** Cell margins, set on every table (LibreOffice does not take them from the table style). */
export const CELL_MARGIN = 57;
/** Both cell margins plus a little air, so a figure never touches its border. */
const PADDING = 2 * CELL_MARGIN + 40;
/** A text column may wrap, but not below this many characters (names read badly broken into pairs). */
const TEXT_MIN_CHARS = 5;
/** A name on one line up to this many characters (国家税务总局青岚县税务局 is 12). */
const NAME_CHARS = 14;

export interface TableLayout {
  /** Column widths in twips. */
  widths: number[];
  /** Font size in half-points: 五号, or 小五 where the columns need it. */
  size: number;
  landscape: boolean;
}

/** Text up to this many characters (a Chinese character 1, a Latin letter or digit ½) stays on one line in its cell. */
const SHORT_CHARS = 6;

export function isNumericColumn(table: BulletinTable, index: number): boolean {
  return table.columns[index]?.numeric ?? false;
}

/**
 * Column widths from every row, so that no number and no rate breaks inside its cell ("100.00%" on
 * one line at the widest fallback's digits); text columns wrap within a floor. The table stays on
 * the portrait page at 五号, else at 小五, and turns to landscape only when its figures need more
 * than the portrait line (GB/T 9704 allows a landscape table on its own page).
 */
export function layoutTable(table: BulletinTable, format: CellFormat): TableLayout {
  const body = table.rows.map((row) => row.cells.map((cell) => cellText(cell, format)));
  const headers = table.columns.map((column) => column.header);
  // A wide table (many columns, or many rows a county) is set in 小五 from the start. A wide or
  // dense table (a long list) is first tried with every cell on one line, in 小五 then at 8 pt, on
  // the portrait page: a row that wraps takes two lines, and the list a page more. Only then do its
  // text columns wrap, and only then does it turn landscape.
  const candidates: [number, boolean, boolean][] = table.dense
    ? [
        [SIZE.smallest, false, false],
        [SIZE.smallest, false, true],
        [SIZE.smallest, true, true],
      ]
    : table.wide
      ? [
          [SIZE.xiaowu, false, false],
          [SIZE.smallest, false, false],
          [SIZE.xiaowu, false, true],
          [SIZE.xiaowu, true, true],
          [SIZE.smallest, true, true],
        ]
      : [
          [SIZE.wu, false, true],
          [SIZE.xiaowu, false, true],
          [SIZE.wu, true, true],
          [SIZE.xiaowu, true, true],
          [SIZE.smallest, true, true],
        ];
  for (const [size, landscape, wrap] of candidates) {
    const available = landscape ? TEXT_LANDSCAPE.width : TEXT.width;
    const widest = (index: number) => Math.max(0, ...body.map((cells) => Math.max(...(cells[index] ?? '').split('\n').map((line) => textTwips(line, size)))));
    const need = headers.map((header, index) => {
      // A header may wrap, two characters to a line at the least.
      const headerMin = textTwips(Array.from(header).slice(0, 2).join(''), size);
      if (isNumericColumn(table, index) || !wrap) return Math.max(widest(index), headerMin) + PADDING;
      // Short text (a month such as 2026年10月, 红牌, 持平) never wraps; longer text wraps within a floor.
      const short = body.every((cells) => gridChars(cells[index] ?? '') <= SHORT_CHARS);
      return Math.max(headerMin, short ? widest(index) : Math.min(widest(index), textTwips('字'.repeat(TEXT_MIN_CHARS), size))) + PADDING;
    });
    const total = need.reduce((a, b) => a + b, 0);
    if (total > available) continue;
    // Spread the rest: names first, up to one line of their own (or NAME_CHARS characters); then every
    // column up to its header on one line; then evenly.
    const widths = [...need];
    const grow = (target: (index: number) => number) => {
      const spare = available - widths.reduce((a, b) => a + b, 0);
      const wanting = widths.map((width, index) => Math.max(0, target(index) - width));
      const wanted = wanting.reduce((a, b) => a + b, 0);
      if (wanted <= 0 || spare <= 0) return;
      const share = Math.min(1, spare / wanted);
      widths.forEach((_, index) => (widths[index]! += Math.floor(wanting[index]! * share)));
    };
    grow((index) => (isNumericColumn(table, index) ? 0 : Math.min(widest(index), textTwips('字'.repeat(NAME_CHARS), size)) + PADDING));
    grow((index) => Math.max(widest(index), textTwips(headers[index]!, size)) + PADDING);
    const even = Math.floor((available - widths.reduce((a, b) => a + b, 0)) / widths.length);
    return { widths: widths.map((width) => width + even), size, landscape };
  }
  // Wider than a landscape page at the smallest size: every column is narrowed alike to the page.
  const size = SIZE.smallest;
  const natural = headers.map((_, index) => Math.max(...body.map((cells) => textTwips(cells[index] ?? '', size)), textTwips('字字', size)) + PADDING);
  const scale = TEXT_LANDSCAPE.width / natural.reduce((a, b) => a + b, 0);
  return { widths: natural.map((width) => Math.floor(width * scale)), size, landscape: true };
}

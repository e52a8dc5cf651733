/**
 * Spreadsheet formula injection (CSV/XLSX injection): a cell whose text begins with = + - @, a
 * tab or a carriage return can be taken for a formula when the sheet is edited or re-saved as
 * CSV, and office names come from the data source. Such text gets a leading apostrophe. We chose
 * the visible apostrophe (OWASP's advice) over a zero-width space: it is plain to see why the
 * text looks different, it survives copy and paste and CSV, and searching for the name still
 * finds it, whereas an invisible character would silently break comparisons and lookups.
 * Numbers are written as typed numbers and are never touched.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutralizeFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** Wide (CJK, fullwidth) characters take two columns of a monospaced grid, the rest one. */
export function isWide(codePoint: number): boolean {
  return (
    (codePoint >= 0x1100 && codePoint <= 0x115f) ||
    (codePoint >= 0x2e80 && codePoint <= 0x303e) ||
    (codePoint >= 0x3041 && codePoint <= 0x33ff) ||
    (codePoint >= 0x3400 && codePoint <= 0x4dbf) ||
    (codePoint >= 0x4e00 && codePoint <= 0x9fff) ||
    (codePoint >= 0xa000 && codePoint <= 0xa4cf) ||
    (codePoint >= 0xac00 && codePoint <= 0xd7a3) ||
    (codePoint >= 0xf900 && codePoint <= 0xfaff) ||
    (codePoint >= 0xfe30 && codePoint <= 0xfe4f) ||
    (codePoint >= 0xff00 && codePoint <= 0xff60) ||
    (codePoint >= 0xffe0 && codePoint <= 0xffe6) ||
    (codePoint >= 0x20000 && codePoint <= 0x3fffd)
  );
}

/** The width of a text in character columns, a CJK character counting 2. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += isWide(char.codePointAt(0)!) ? 2 : 1;
  return width;
}

/** Column widths (in characters) that fit the widest text of each column, within bounds. */
export function fitColumnWidths(rows: readonly (readonly string[])[], { min = 6, max = 60, padding = 2 } = {}): number[] {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, index) => {
      const longestLine = Math.max(0, ...cell.split('\n').map(displayWidth));
      widths[index] = Math.max(widths[index] ?? 0, longestLine);
    });
  }
  return widths.map((width) => Math.min(max, Math.max(min, width + padding)));
}

/** Excel's rules for a sheet name: at most 31 characters, none of []:*?/\ , unique in the book. */
export function sheetNames(names: readonly string[]): string[] {
  const used = new Set<string>();
  return names.map((name) => {
    const base = Array.from(
      name
        .replace(/[[\]:*?/\\]/g, '_')
        .replace(/^'+|'+$/g, '')
        .trim() || 'Sheet',
    )
      .slice(0, 31)
      .join('');
    let candidate = base;
    for (let n = 2; used.has(candidate.toLowerCase()); n++) {
      const suffix = `(${n})`;
      candidate = `${Array.from(base)
        .slice(0, 31 - suffix.length)
        .join('')}${suffix}`;
    }
    used.add(candidate.toLowerCase());
    return candidate;
  });
}

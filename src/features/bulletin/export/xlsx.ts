import writeXlsxFile, { type Cell as SheetCell, type Row as SheetRow, type Sheet } from 'write-excel-file/universal';
import type { Locale } from '../../../domain';
import { NO_VALUE, type CountUnitWord } from '../../../ui';
import { cellText, text, type Cell, type CellFormat } from '../model/cells';
import { documentTables, type BulletinDocument } from '../model/document';
import type { BulletinTable } from '../model/table';
import { cellFormat } from './format';
import { displayWidth, fitColumnWidths, neutralizeFormula, sheetNames } from './sanitize';
import { withPrintSetup } from './xlsxPrint';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Rows above the data in every sheet: a title and the column headers, both frozen. */
export const HEADER_ROWS = 2;

const HEADER_STYLE = { fontWeight: 'bold', backgroundColor: '#EEF2F8', borderStyle: 'thin', borderColor: '#BFC7D5', align: 'center', wrap: true } as const;
const MARK_COLOUR = { red: '#FDEAEA', yellow: '#FFF6E0', partial: '#F3F5F9' } as const;

/**
 * Excel number formats: the value stays a number (sortable, summable), the format shows it as
 * the screen does. A change of a rate is stored in percentage points (0.05), so the number in
 * the cell is the number read.
 */
export function numberFormats(locale: Locale): Record<Exclude<Cell['kind'], 'text' | 'countChange'>, string> & { countChange: Record<CountUnitWord, string> } {
  const points = locale === 'zh-CN' ? '"个百分点"' : '" pp"';
  // No change of place reads as the screen says it (持平), never a bare 0.
  const same = locale === 'zh-CN' ? '"持平"' : '"same"';
  const units = (zh: string, en: string) => {
    const unit = locale === 'zh-CN' ? `"${zh}"` : `" ${en}"`;
    return `+0${unit};-0${unit};0${unit}`;
  };
  return {
    count: '#,##0',
    rate: '0.00%',
    score: '0.00',
    rank: '0',
    rankChange: `"↑"0;"↓"0;${same}`,
    relativeChange: '+0.00%;-0.00%;0.00%',
    pointChange: `+0.00${points};-0.00${points};0.00${points}`,
    countChange: {
      items: units('件', 'items'),
      tickets: units('件', 'tickets'),
      reviews: units('条', 'reviews'),
      entries: units('条', 'entries'),
      rate: units('件', 'items'),
      cards: units('张', 'cards'),
    },
  };
}

/**
 * One cell as written: text neutralised against formulas, numbers typed, no value as "—". A figure
 * that must carry words beside it (a rate above 100% and its reason, 新进) is written as the text
 * every other output shows: the reason is never dropped to keep a cell numeric.
 */
export function sheetCell(cell: Cell, formats: ReturnType<typeof numberFormats>, format?: CellFormat): SheetCell {
  if (cell.kind === 'text') return { type: String, value: neutralizeFormula(cell.value) };
  if (format && ((cell.kind === 'rate' && cell.note) || (cell.kind === 'rankChange' && cell.label))) {
    return { type: String, value: neutralizeFormula(cellText(cell, format)), align: 'right' };
  }
  if (cell.value === null) return { type: String, value: NO_VALUE, align: 'right' };
  if (cell.kind === 'countChange') return { type: Number, value: cell.value, format: formats.countChange[cell.unit] };
  const value = cell.kind === 'pointChange' ? Number((cell.value * 100).toFixed(10)) : cell.value;
  return { type: Number, value, format: formats[cell.kind] };
}

/**
 * Tables of one sheet name that each belong to a group (every county's departments) as one table,
 * the group in a first column of its own: one sheet to sort and filter instead of thirteen.
 */
export function mergeGroups(tables: readonly BulletinTable[]): BulletinTable[] {
  const merged: BulletinTable[] = [];
  const bySheet = new Map<string, BulletinTable>();
  for (const table of tables) {
    if (!table.group) {
      merged.push(table);
      continue;
    }
    const group = text(table.group.value);
    const known = bySheet.get(table.sheetName);
    const rows = table.rows.map((row) => ({ ...row, key: `${table.group!.value}:${row.key}`, cells: [group, ...row.cells] }));
    if (known) {
      known.rows.push(...rows);
      continue;
    }
    const first: BulletinTable = {
      ...table,
      id: `${table.id}-all`,
      caption: table.sheetName,
      columns: [{ key: 'group', header: table.group.header, numeric: false }, ...table.columns],
      rows,
    };
    delete first.group;
    bySheet.set(table.sheetName, first);
    merged.push(first);
  }
  return merged;
}

function tableSheet(table: BulletinTable, document: BulletinDocument, name: string, format: CellFormat): Sheet<Blob> {
  const formats = numberFormats(document.locale);
  const width = Math.max(1, table.columns.length);
  const title: SheetRow = [
    { type: String, value: neutralizeFormula(`${document.title} ${table.caption}`), fontWeight: 'bold', fontSize: 12, columnSpan: width },
    ...Array.from({ length: width - 1 }, () => null),
  ];
  const header: SheetRow = table.columns.map((column) => ({ type: String, value: neutralizeFormula(column.header), ...HEADER_STYLE }));
  const rows: SheetRow[] =
    table.rows.length === 0
      ? [[{ type: String, value: neutralizeFormula(table.emptyText) }]]
      : table.rows.map((row) =>
          row.cells.map((cell) => {
            const written = sheetCell(cell, formats, format);
            return row.mark && typeof written === 'object' && written !== null ? { ...written, backgroundColor: MARK_COLOUR[row.mark] } : written;
          }),
        );
  // Widths from the text as shown (numbers formatted), so 12,345 and 99.95% fit too.
  const shown = [table.columns.map((column) => column.header), ...table.rows.map((row) => row.cells.map((cell) => cellText(cell, format)))];
  const columns = fitColumnWidths(shown, { min: 6, max: 50 });
  return {
    sheet: name,
    data: [title, header, ...rows],
    columns: columns.map((characters) => ({ width: characters })),
    stickyRowsCount: HEADER_ROWS,
    // Printed fitted to the page's width (xlsxPrint): landscape where the columns are many.
    ...(columns.reduce((a, b) => a + b, 0) > LANDSCAPE_PAST ? { orientation: 'landscape' as const } : {}),
  };
}

/** A sheet wider than this many character columns prints in landscape (A4 portrait holds ~95 at 100%). */
const LANDSCAPE_PAST = 110;

/** The text column of the 通报正文 sheet, in characters: with its headings it prints on A4 portrait at full size. */
const TEXT_WIDTH = 72;
/** A line of 11 pt text, in points. */
const LINE_HEIGHT = 15;

/**
 * The height of a paragraph wrapped in the text column, in points. Set on the row: neither Excel
 * nor LibreOffice fits a row to its wrapped text on opening, so a paragraph would show one line.
 */
export function wrappedHeight(text: string): number {
  const lines = text.split('\n').reduce((sum, line) => sum + Math.max(1, Math.ceil(displayWidth(line) / (TEXT_WIDTH - 2))), 0);
  return lines * LINE_HEIGHT + 3;
}

/** The narrative as staff left it: one row per paragraph, wrapped in a wide column. */
function textSheet(document: BulletinDocument, name: string, format: CellFormat): Sheet<Blob> {
  const { t } = format;
  const rows: SheetRow[] = [];
  rows.push([
    { type: String, value: neutralizeFormula(t('bulletin.export.issuedBy')), fontWeight: 'bold' },
    { type: String, value: neutralizeFormula(`${document.issuer} ${document.issueDate}`) },
  ]);
  if (document.subtitle) rows.push([null, { type: String, value: neutralizeFormula(document.subtitle) }]);
  for (const section of document.sections) {
    for (const block of section.blocks) {
      if (block.type !== 'paragraph') continue;
      rows.push([
        { type: String, value: neutralizeFormula(section.heading), alignVertical: 'top' },
        { type: String, value: neutralizeFormula(block.text), wrap: true, alignVertical: 'top', height: wrappedHeight(block.text) },
      ]);
    }
  }
  const headings = rows.map((row) => {
    const first = row[0];
    return first && typeof first === 'object' && 'value' in first ? String(first.value ?? '') : '';
  });
  return {
    sheet: name,
    data: [
      [{ type: String, value: neutralizeFormula(document.title), fontWeight: 'bold', fontSize: 14, columnSpan: 2 }, null],
      [
        { type: String, value: neutralizeFormula(t('bulletin.col.section')), ...HEADER_STYLE },
        { type: String, value: neutralizeFormula(t('bulletin.col.text')), ...HEADER_STYLE },
      ],
      ...rows,
    ],
    // The headings' column as wide as its longest heading (each heading is a row of its own).
    columns: [
      {
        width:
          fitColumnWidths(
            headings.map((heading) => [heading]),
            { min: 10, max: 40 },
          )[0] ?? 20,
      },
      { width: TEXT_WIDTH },
    ],
    stickyRowsCount: HEADER_ROWS,
  };
}

/** The workbook: the text first, then one sheet per table of the bulletin, in its order, then every indicator. */
export function workbookSheets(document: BulletinDocument): Sheet<Blob>[] {
  const format = cellFormat(document.locale);
  const tables = mergeGroups([...documentTables(document), ...document.workbookTables]);
  const names = sheetNames([format.t('bulletin.sheet.text'), ...tables.map((table) => table.sheetName)]);
  return [textSheet(document, names[0]!, format), ...tables.map((table, index) => tableSheet(table, document, names[index + 1]!, format))];
}

export async function buildXlsx(document: BulletinDocument): Promise<Blob> {
  const sheets = workbookSheets(document);
  const blob = await writeXlsxFile(sheets, { fontFamily: document.locale === 'zh-CN' ? '宋体' : 'Calibri', fontSize: 11 }).toBlob();
  // Printed sheets run to several pages: each numbered in its footer (第 1 页，共 4 页).
  const footer = cellFormat(document.locale).t('bulletin.export.sheetFooter', { page: '&P', pages: '&N' });
  const bytes = withPrintSetup(
    new Uint8Array(await blob.arrayBuffer()),
    sheets.map((sheet) => sheet.sheet ?? ''),
    HEADER_ROWS,
    footer,
  );
  return new Blob([bytes as Uint8Array<ArrayBuffer>], { type: XLSX_MIME });
}

import { AlignmentType, BorderStyle, Paragraph, Table, TableCell, TableLayoutType, TableRow, VerticalAlignTable, WidthType } from 'docx';
import { cellText, type CellFormat } from '../../model/cells';
import type { BulletinTable } from '../../model/table';
import { SIZE } from './geometry';
import { CELL_MARGIN, isNumericColumn, type TableLayout } from './layout';
import type { GroupRow } from './groups';
import { run } from './text';
import { FONTS } from './styles';

const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const BORDERS = { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE };

/** A cell; `columnSpan` > 1 for a group's row across the table, kept with the row under it where the reader honours it (Word). */
function cell(text: string, width: number, size: number, align: 'left' | 'center' | 'right', header: boolean, columnSpan = 1): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    ...(columnSpan > 1 ? { columnSpan } : {}),
    verticalAlign: VerticalAlignTable.CENTER,
    children: text.split('\n').map(
      (line) =>
        new Paragraph({
          style: 'TableText',
          ...(columnSpan > 1 ? { keepNext: true } : {}),
          alignment: align === 'left' ? AlignmentType.LEFT : align === 'right' ? AlignmentType.RIGHT : AlignmentType.CENTER,
          spacing: { line: Math.round(size * 12), lineRule: 'exact' },
          children: [run(line, header ? FONTS.heading : FONTS.song, size, { spacing: 0 })],
        }),
    ),
  });
}

/**
 * A real Word table, black on white: the header row repeats on every page, no row is split across
 * pages, figures right-aligned, names left, headers centred. `caption` is printed above it
 * unless the annex's own title already names it. `groups` head the rows of each group (a county)
 * with a row across the table, in 黑体.
 */
export function wordTable(
  table: BulletinTable,
  format: CellFormat,
  layout: TableLayout,
  caption: string | null,
  groups: readonly GroupRow[] = [],
): (Paragraph | Table)[] {
  const head = caption
    ? [
        new Paragraph({
          style: 'Caption',
          spacing: { before: 160, after: 40, line: 300, lineRule: 'exact' },
          children: [run(caption, FONTS.heading, SIZE.wu, { spacing: 0 })],
        }),
      ]
    : [];
  if (table.rows.length === 0) {
    return [...head, new Paragraph({ style: 'TableText', children: [run(table.emptyText, FONTS.song, SIZE.wu, { spacing: 0 })] })];
  }
  const { widths, size } = layout;
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: table.columns.map((column, index) => cell(column.header, widths[index]!, size, 'center', true)),
  });
  const total = widths.reduce((a, b) => a + b, 0);
  const groupRow = (text: string) => new TableRow({ cantSplit: true, children: [cell(text, total, size, 'left', true, widths.length)] });
  const rows: TableRow[] = [];
  table.rows.forEach((row, at) => {
    for (const group of groups) if (group.at === at) rows.push(groupRow(group.text));
    rows.push(
      new TableRow({
        cantSplit: true,
        children: row.cells.map((value, index) => cell(cellText(value, format), widths[index]!, size, isNumericColumn(table, index) ? 'right' : 'left', false)),
      }),
    );
  });
  for (const group of groups) if (group.at >= table.rows.length) rows.push(groupRow(group.text));
  return [
    ...head,
    new Table({
      rows: [header, ...rows],
      columnWidths: widths,
      width: { size: total, type: WidthType.DXA },
      alignment: AlignmentType.CENTER,
      layout: TableLayoutType.FIXED,
      margins: { left: CELL_MARGIN, right: CELL_MARGIN, top: 0, bottom: 0 },
      borders: BORDERS,
    }),
  ];
}

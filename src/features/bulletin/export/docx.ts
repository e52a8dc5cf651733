import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  ImageRun,
  LineRuleType,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type ISectionOptions,
} from 'docx';
import { cellText, type CellFormat } from '../model/cells';
import type { BulletinDocument, ChartId } from '../model/document';
import type { BulletinTable } from '../model/table';
import { cellFormat } from './format';
import { fitColumnWidths } from './sanitize';

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** A chart image for Word: the PNG bytes and the size to lay it out at, in CSS pixels. */
export interface DocxImage {
  data: Uint8Array;
  width: number;
  height: number;
}
export type DocxImages = Partial<Record<ChartId, DocxImage>>;

/**
 * The fonts of a Chinese official document (GB/T 9704): 方正小标宋 for the title, 黑体 for
 * headings, 仿宋 for the text, 宋体 for tables. Chinese text takes the eastAsia font; Latin
 * letters and digits take Times New Roman. The font table names the usual fallbacks, so Word and
 * WPS without 方正小标宋 set the title in 黑体.
 */
export const FONTS = { title: '方正小标宋简体', heading: '黑体', body: '仿宋', table: '宋体', latin: 'Times New Roman' } as const;

const FONT_TABLE = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:font w:name="${FONTS.title}"><w:altName w:val="${FONTS.heading}"/><w:charset w:val="86"/><w:family w:val="script"/><w:pitch w:val="variable"/></w:font>
<w:font w:name="${FONTS.heading}"><w:altName w:val="SimHei"/><w:panose1 w:val="02010609060101010101"/><w:charset w:val="86"/><w:family w:val="modern"/><w:pitch w:val="fixed"/></w:font>
<w:font w:name="${FONTS.body}"><w:altName w:val="FangSong"/><w:panose1 w:val="02010609060101010101"/><w:charset w:val="86"/><w:family w:val="modern"/><w:pitch w:val="fixed"/></w:font>
<w:font w:name="${FONTS.table}"><w:altName w:val="SimSun"/><w:panose1 w:val="02010600030101010101"/><w:charset w:val="86"/><w:family w:val="auto"/><w:pitch w:val="variable"/></w:font>
<w:font w:name="${FONTS.latin}"><w:panose1 w:val="02020603050405020304"/><w:charset w:val="00"/><w:family w:val="roman"/><w:pitch w:val="variable"/></w:font>
</w:fonts>`;

function font(eastAsia: string) {
  return { ascii: FONTS.latin, hAnsi: FONTS.latin, cs: FONTS.latin, eastAsia };
}

// A4 in twentieths of a point, with the margins of GB/T 9704 (37/35/28/26 mm).
const A4 = { width: 11906, height: 16838 };
const MARGIN = { top: 2098, bottom: 1984, left: 1587, right: 1474 };
const TEXT_WIDTH = { portrait: A4.width - MARGIN.left - MARGIN.right, landscape: A4.height - MARGIN.left - MARGIN.right };
const TWIPS_PER_PX = 15;

// Sizes in half-points: 二号 22pt, 三号 16pt, 五号 10.5pt, 小五 9pt.
const SIZE = { title: 44, heading: 32, body: 32, caption: 21, table: 21, wideTable: 18 };

function run(text: string, eastAsia: string, size: number, options: { bold?: boolean } = {}): TextRun {
  return new TextRun({ text, font: font(eastAsia), size, bold: options.bold ?? false });
}

/** Each line of a paragraph staff wrote becomes a paragraph of its own, indented two characters. */
function bodyParagraphs(text: string): Paragraph[] {
  return text
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '')
    .map(
      (line) =>
        new Paragraph({
          children: [run(line, FONTS.body, SIZE.body)],
          alignment: AlignmentType.JUSTIFIED,
          indent: { firstLine: 640 },
          spacing: { line: 560, lineRule: LineRuleType.EXACT },
        }),
    );
}

function tableWidths(table: BulletinTable, format: CellFormat, total: number): number[] {
  const shown = [table.columns.map((column) => column.header), ...table.rows.map((row) => row.cells.map((cell) => cellText(cell, format)))];
  const chars = fitColumnWidths(shown, { min: 4, max: 24, padding: 1 });
  const sum = chars.reduce((a, b) => a + b, 0);
  return chars.map((width) => Math.floor((width / sum) * total));
}

const MARK_FILL = { red: 'FDEAEA', yellow: 'FFF6E0', partial: 'F3F5F9' } as const;
const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '000000' };

function cell(text: string, options: { size: number; numeric: boolean; header?: boolean; width: number; fill?: string }): TableCell {
  return new TableCell({
    width: { size: options.width, type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.CENTER,
    margins: { top: 30, bottom: 30, left: 60, right: 60 },
    ...(options.fill ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: options.fill } } : {}),
    children: [
      new Paragraph({
        alignment: options.header ? AlignmentType.CENTER : options.numeric ? AlignmentType.RIGHT : AlignmentType.LEFT,
        children: [run(text, options.header ? FONTS.heading : FONTS.table, options.size)],
      }),
    ],
  });
}

/** A real Word table: the header row repeats on every page, and no row is split across pages. */
function wordTable(table: BulletinTable, format: CellFormat, textWidth: number): (Paragraph | Table)[] {
  const caption = new Paragraph({
    alignment: AlignmentType.CENTER,
    keepNext: true,
    spacing: { before: 200, after: 100 },
    children: [run(table.caption, FONTS.heading, SIZE.caption)],
  });
  if (table.rows.length === 0) {
    return [caption, new Paragraph({ alignment: AlignmentType.CENTER, children: [run(table.emptyText, FONTS.table, SIZE.table)] })];
  }
  const size = table.wide ? SIZE.wideTable : SIZE.table;
  const widths = tableWidths(table, format, textWidth);
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: table.columns.map((column, index) =>
      cell(column.header, { size, numeric: column.numeric, header: true, width: widths[index]!, fill: 'EEF2F8' }),
    ),
  });
  const rows = table.rows.map(
    (row) =>
      new TableRow({
        cantSplit: true,
        children: row.cells.map((value, index) =>
          cell(cellText(value, format), {
            size,
            numeric: table.columns[index]?.numeric ?? false,
            width: widths[index]!,
            ...(row.mark ? { fill: MARK_FILL[row.mark] } : {}),
          }),
        ),
      }),
  );
  return [
    caption,
    new Table({
      rows: [header, ...rows],
      columnWidths: widths,
      width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
      layout: TableLayoutType.FIXED,
      borders: { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER, insideHorizontal: BORDER, insideVertical: BORDER },
    }),
  ];
}

function chartParagraphs(title: string, image: DocxImage | undefined, textWidth: number): Paragraph[] {
  if (!image) return [];
  // The PNG is drawn at twice its CSS size; laying it out at the text width keeps it sharp.
  const maxPx = Math.floor(textWidth / TWIPS_PER_PX);
  const width = Math.min(maxPx, image.width);
  const height = Math.round((image.height * width) / image.width);
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      keepNext: true,
      spacing: { before: 120 },
      children: [new ImageRun({ type: 'png', data: image.data, transformation: { width, height }, altText: { name: title, title, description: title } })],
    }),
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 120 }, children: [run(title, FONTS.table, SIZE.caption)] }),
  ];
}

function footer(): { default: Footer } {
  return {
    default: new Footer({
      children: [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], font: font(FONTS.body), size: 28 })],
        }),
      ],
    }),
  };
}

/** The Word document: title, issuing line, numbered sections, tables and charts, then the annex in landscape. */
export function docxDocument(document: BulletinDocument, images: DocxImages = {}): Document {
  const format = cellFormat(document.locale);
  const head: Paragraph[] = [
    new Paragraph({
      heading: HeadingLevel.TITLE,
      alignment: AlignmentType.CENTER,
      spacing: { after: 200, line: 700, lineRule: LineRuleType.EXACT },
      children: [run(document.title, FONTS.title, SIZE.title)],
    }),
  ];
  if (document.subtitle) {
    head.push(new Paragraph({ alignment: AlignmentType.CENTER, children: [run(document.subtitle, FONTS.body, SIZE.body)] }));
  }
  head.push(
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 400 },
      children: [run(`${document.issuer}\u3000\u3000${document.issueDate}`, FONTS.body, SIZE.body)],
    }),
  );

  const sections: ISectionOptions[] = [];
  let body: (Paragraph | Table)[] = [...head];
  for (const section of document.sections) {
    const textWidth = section.annex ? TEXT_WIDTH.landscape : TEXT_WIDTH.portrait;
    const children: (Paragraph | Table)[] = [
      new Paragraph({
        heading: HeadingLevel.HEADING_1,
        keepNext: true,
        spacing: { before: 240, after: 120 },
        children: [run(section.heading, FONTS.heading, SIZE.heading)],
      }),
    ];
    for (const block of section.blocks) {
      if (block.type === 'paragraph') children.push(...bodyParagraphs(block.text));
      else if (block.type === 'table') children.push(...wordTable(block.table, format, textWidth));
      else children.push(...chartParagraphs(block.chart.title, images[block.chart.id], textWidth));
    }
    if (section.annex) {
      sections.push({ properties: { page: { size: { ...A4, orientation: PageOrientation.PORTRAIT }, margin: MARGIN } }, footers: footer(), children: body });
      sections.push({ properties: { page: { size: { ...A4, orientation: PageOrientation.LANDSCAPE }, margin: MARGIN } }, footers: footer(), children });
      body = [];
    } else {
      body.push(...children);
    }
  }
  if (body.length > 0) sections.push({ properties: { page: { size: { ...A4, orientation: PageOrientation.PORTRAIT }, margin: MARGIN } }, footers: footer(), children: body });

  return new Document({
    title: document.title,
    creator: document.issuer,
    description: document.title,
    styles: {
      default: {
        document: { run: { font: font(FONTS.body), size: SIZE.body, language: { value: 'en-US', eastAsia: 'zh-CN' } } },
        title: { run: { font: font(FONTS.title), size: SIZE.title, color: '000000' } },
        heading1: { run: { font: font(FONTS.heading), size: SIZE.heading, color: '000000', bold: false } },
      },
    },
    sections,
  });
}

export async function buildDocx(document: BulletinDocument, images: DocxImages = {}): Promise<Blob> {
  const bytes = await Packer.toArrayBuffer(docxDocument(document, images), false, [{ path: 'word/fontTable.xml', data: FONT_TABLE }]);
  return new Blob([bytes], { type: DOCX_MIME });
}

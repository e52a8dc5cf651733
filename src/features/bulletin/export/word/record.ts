import {
  AlignmentType,
  BorderStyle,
  Footer,
  ImageRun,
  PageNumber,
  Paragraph,
  RelativeVerticalPosition,
  Table,
  TableAnchorType,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { BulletinDocument } from '../../model/document';
import { MARGIN, SIZE, TEXT, TWIPS_PER_PX } from './geometry';
import { run } from './text';
import { FONTS } from './styles';

/**
 * 页码 (GB/T 9704 7.5): 4号半角宋体 "— 1 —", 7 mm under the text block (the section's footer
 * distance), odd pages right with one character to spare, even pages left.
 */
export function pageNumberFooters(): { default: Footer; even: Footer } {
  const number = (alignment: 'right' | 'left') =>
    new Footer({
      children: [
        new Paragraph({
          style: 'PageNumber',
          alignment: alignment === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
          indent: alignment === 'right' ? { right: SIZE.si * 10 } : { left: SIZE.si * 10 },
          children: [
            new TextRun({
              children: ['— ', PageNumber.CURRENT, ' —'],
              font: { ascii: FONTS.song, hAnsi: FONTS.song, cs: FONTS.song, eastAsia: FONTS.song },
              size: SIZE.si,
            }),
          ],
        }),
      ],
    });
  return { default: number('right'), even: number('left') };
}

const THICK = { style: BorderStyle.SINGLE, size: 8, color: '000000' };
const THIN = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };

function recordCell(children: Paragraph[], width: number, columnSpan = 1): TableCell {
  return new TableCell({ width: { size: width, type: WidthType.DXA }, columnSpan, children, borders: { left: NONE, right: NONE } });
}

/**
 * 版记 (GB/T 9704 7.4): at the foot of the last page, 抄送 and then 印发机关 on the left with the
 * 印发日期 on the right, in 4号仿宋 one character in from each side, between a thick line above
 * and below and a thin one between.
 */
export function recordTable(record: NonNullable<BulletinDocument['record']>, copyToLine: string | null, printedLine: string): Table {
  const half = Math.floor(TEXT.width / 2);
  const rows: TableRow[] = [];
  if (copyToLine)
    rows.push(
      new TableRow({
        children: [recordCell([new Paragraph({ style: 'Record', children: [run(copyToLine, FONTS.body, SIZE.si, { spacing: 0 })] })], TEXT.width, 2)],
      }),
    );
  rows.push(
    new TableRow({
      children: [
        recordCell([new Paragraph({ style: 'Record', children: [run(record.printer, FONTS.body, SIZE.si, { spacing: 0 })] })], half),
        recordCell(
          [new Paragraph({ style: 'Record', alignment: AlignmentType.RIGHT, children: [run(printedLine, FONTS.body, SIZE.si, { spacing: 0 })] })],
          TEXT.width - half,
        ),
      ],
    }),
  );
  return new Table({
    rows,
    columnWidths: [half, TEXT.width - half],
    width: { size: TEXT.width, type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    borders: { top: THICK, bottom: THICK, insideHorizontal: THIN, left: NONE, right: NONE, insideVertical: NONE },
    // At the foot of the text block. Placed from the page's edge at the left margin rather than
    // centred in the margins: LibreOffice (7.4) floats a table as wide as the text block only when
    // it is placed against the page, and otherwise sets it inline right under the last annex.
    float: {
      horizontalAnchor: TableAnchorType.PAGE,
      absoluteHorizontalPosition: MARGIN.left,
      verticalAnchor: TableAnchorType.MARGIN,
      relativeVerticalPosition: RelativeVerticalPosition.BOTTOM,
    },
  });
}

/** A chart image for Word: the PNG bytes and the size to lay it out at, in CSS pixels. */
export interface DocxImage {
  data: Uint8Array;
  width: number;
  height: number;
}

/** A chart drawn for the page at the text block's width, its caption under it. */
export function chartParagraphs(title: string, image: DocxImage | undefined, textWidth: number): Paragraph[] {
  if (!image) return [];
  const maxPx = Math.floor(textWidth / TWIPS_PER_PX);
  const width = Math.min(maxPx, image.width);
  const height = Math.round((image.height * width) / image.width);
  return [
    new Paragraph({
      style: 'NoIndent',
      alignment: AlignmentType.CENTER,
      keepNext: true,
      spacing: { line: 240, lineRule: 'auto', before: 120 },
      children: [new ImageRun({ type: 'png', data: image.data, transformation: { width, height }, altText: { name: title, title, description: title } })],
    }),
    new Paragraph({ style: 'Caption', spacing: { after: 120 }, children: [run(title, FONTS.body, SIZE.si, { spacing: 0 })] }),
  ];
}

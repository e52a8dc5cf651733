import { AlignmentType, BorderStyle, HeadingLevel, LineRuleType, Paragraph, TextRun } from 'docx';
import type { BulletinDocument } from '../../model/document';
import { CHAR_PITCH, CHAR_SPACING, INDENT_2, MM, SIZE, TEXT, gridChars, textTwips } from './geometry';
import { FONTS, fontRefs } from './styles';

/** A run of the text in a font, at a size (half-points); the text's 0.25 pt tightening unless told. */
export function run(text: string, eastAsia: string = FONTS.body, size: number = SIZE.san, options: { color?: string; spacing?: number } = {}): TextRun {
  return new TextRun({
    text,
    font: fontRefs(eastAsia),
    size,
    characterSpacing: options.spacing ?? CHAR_SPACING,
    ...(options.color ? { color: options.color } : {}),
  });
}

/** A blank line of the grid (GB/T's 空一行 / 空二行); kept with what follows it where told. */
export function blankLine(keepNext = false): Paragraph {
  return new Paragraph({ style: 'NoIndent', ...(keepNext ? { keepNext } : {}), children: [] });
}

/**
 * Each line staff wrote is a paragraph of its own: 3号仿宋, justified, indented two characters.
 * `keepLast`: the last is kept with what follows (the body's end with the 附件说明 and signature).
 */
export function bodyParagraphs(text: string, keepLast = false): Paragraph[] {
  const lines = text.split(/\r?\n/).filter((line) => line.trim() !== '');
  return lines.map((line, index) => new Paragraph({ ...(keepLast && index === lines.length - 1 ? { keepNext: true } : {}), children: [run(line)] }));
}

/** 一、 in 3号黑体; （一） in 3号楷体; 1. in 3号仿宋: all indented two characters (GB/T 9704 7.3.3). */
export function heading(text: string, level: 1 | 2 | 3): Paragraph {
  const heading = level === 1 ? HeadingLevel.HEADING_1 : level === 2 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3;
  const font = level === 1 ? FONTS.heading : level === 2 ? FONTS.kai : FONTS.body;
  return new Paragraph({ heading, keepNext: true, children: [run(text, font)] });
}

/**
 * The title in 2号方正小标宋简体, centred, one paragraph with its lines broken where the model broke
 * them (at words; never inside a date).
 */
export function titleParagraph(lines: readonly string[]): Paragraph {
  return new Paragraph({
    heading: HeadingLevel.TITLE,
    keepNext: true,
    children: lines.map((line, index) => new TextRun({ text: line, font: fontRefs(FONTS.title), size: SIZE.er, break: index > 0 ? 1 : 0 })),
  });
}

/** 主送机关: under the title after a blank line, flush left (顶格), in 3号仿宋. */
export function addresseesParagraph(text: string): Paragraph {
  return new Paragraph({ style: 'NoIndent', keepNext: true, children: [run(text)] });
}

/**
 * 附件说明 (GB/T 9704 7.3.4): a line below the text, indented two characters, "附件：1.XXXX";
 * further annexes under the first's number, a long name wrapping under its own first character.
 */
export function annexNoteParagraphs(prefix: string, annexes: readonly { number: number; title: string }[]): Paragraph[] {
  if (annexes.length === 0) return [];
  const prefixWidth = Math.round(gridChars(prefix) * CHAR_PITCH);
  return annexes.map((annex, index) => {
    const number = `${annex.number}.`;
    const numberWidth = Math.round(gridChars(number) * CHAR_PITCH);
    const left = INDENT_2 + prefixWidth + numberWidth;
    return new Paragraph({
      indent: { left, hanging: index === 0 ? prefixWidth + numberWidth : numberWidth },
      keepNext: true,
      children: [run(index === 0 ? `${prefix}${number}${annex.title}` : `${number}${annex.title}`)],
    });
  });
}

/**
 * 发文机关署名 and 成文日期 (GB/T 9704 7.3.5.2, a document without a seal): the issuer right-aligned
 * 空二字 from the right edge; the date on the next line, its first character two characters right of
 * the issuer's first; a date longer than that is set 空二字 and the issuer moved left to keep the
 * two characters between their first characters.
 */
export function signatureParagraphs(issuer: string, date: string): Paragraph[] {
  const issuerChars = gridChars(issuer);
  const dateChars = gridChars(date);
  const dateRight = Math.max(2, issuerChars - dateChars);
  const issuerRight = dateChars + dateRight + 2 - issuerChars;
  return [
    new Paragraph({
      style: 'NoIndent',
      alignment: AlignmentType.RIGHT,
      keepNext: true,
      keepLines: true,
      indent: { right: Math.round(issuerRight * CHAR_PITCH) },
      children: [run(issuer)],
    }),
    new Paragraph({
      style: 'NoIndent',
      alignment: AlignmentType.RIGHT,
      keepLines: true,
      indent: { right: Math.round(dateRight * CHAR_PITCH) },
      children: [run(date)],
    }),
  ];
}

/** A mark's size that keeps it on one line of the text block: 小初 (36 pt) or smaller for a long name. */
export function bannerSize(mark: string): number {
  const fits = Math.floor((TEXT.width * 0.96) / (textTwips(mark, 2) || 1)) * 2;
  return Math.max(SIZE.er, Math.min(SIZE.xiaochu, fits - (fits % 2)));
}

const RED = 'FF0000';

/**
 * 版头 (GB/T 9704 7.2): the 发文机关标志 in red 方正小标宋 centred 35 mm below the top of the text
 * block, the 发文字号 two lines under it, a red line as wide as the text block 4 mm under the
 * number, and the title two lines under the line.
 */
export function bannerParagraphs(banner: NonNullable<BulletinDocument['banner']>): Paragraph[] {
  const size = bannerSize(banner.mark);
  return [
    new Paragraph({
      style: 'NoIndent',
      alignment: AlignmentType.CENTER,
      spacing: { before: Math.round(35 * MM), after: 0, line: Math.round(size * 10 * 1.2), lineRule: LineRuleType.EXACT },
      children: [run(banner.mark, FONTS.title, size, { color: RED, spacing: 0 })],
    }),
    blankLine(),
    blankLine(),
    new Paragraph({
      style: 'NoIndent',
      alignment: AlignmentType.CENTER,
      border: { bottom: { style: BorderStyle.SINGLE, size: 12, color: RED, space: 11 } },
      children: banner.docNumber.trim() === '' ? [] : [run(banner.docNumber)],
    }),
    blankLine(),
    blankLine(),
  ];
}

/** "附件1" in 3号黑体 top left on the first line, the annex's title centred in 2号小标宋 on the third (GB/T 9704 8.5). */
export function annexHead(label: string, lines: readonly string[]): Paragraph[] {
  return [new Paragraph({ style: 'AnnexLabel', keepNext: true, children: [run(label, FONTS.heading)] }), blankLine(), titleParagraph(lines)];
}

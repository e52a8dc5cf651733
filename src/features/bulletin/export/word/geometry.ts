/**
 * The page of a 公文 as GB/T 9704-2012 fixes it, in Word's units (twentieths of a point, "twips";
 * 1 mm = 56.693 twips; font sizes in half-points).
 *
 * - A4 (210 × 297 mm); 天头 (top margin) 37 mm, 订口 (left margin) 28 mm; 版心 (text block)
 *   156 × 225 mm, so the bottom margin is 35 mm and the right one 26 mm (5.2).
 * - 22 lines of 28 characters of 3号 (16 pt) 仿宋 (5.2.2, 7.3.3): a line pitch of 12756 / 22 = 579
 *   twips, a character pitch of 8845 / 28 = 315.9 twips.
 * - 页码: 4号 (14 pt) 宋体 "— 1 —", 7 mm below the text block, 单页居右空一字, 双页居左空一字 (7.5).
 */
export const MM = 56.6929;

export const A4 = { width: 11906, height: 16838 } as const;
export const MARGIN = { top: 2098, bottom: 1984, left: 1587, right: 1474 } as const;
export const TEXT = { width: A4.width - MARGIN.left - MARGIN.right, height: A4.height - MARGIN.top - MARGIN.bottom } as const;
/** A landscape page keeps the margins on the same edges of the paper, turned: the 版心 is 225 × 156 mm. */
export const TEXT_LANDSCAPE = { width: A4.height - MARGIN.top - MARGIN.bottom, height: A4.width - MARGIN.left - MARGIN.right } as const;

export const LINES_PER_PAGE = 22;
export const CHARS_PER_LINE = 28;
/** 12756 / 22 = 579.8: Word's grid for 22 lines on this page is 579. */
export const LINE_PITCH = Math.floor(TEXT.height / LINES_PER_PAGE);

/** 字号 in half-points: 小初 36 pt, 二号 22, 三号 16, 四号 14, 五号 10.5, 小五 9; and 8 pt, the smallest a table is set in. */
export const SIZE = { xiaochu: 72, er: 44, san: 32, si: 28, wu: 21, xiaowu: 18, smallest: 16 } as const;

/**
 * 28 characters of 16 pt take 448 pt, the 版心 442.2 pt: Word's character grid squeezes each to
 * 315.9 twips. LibreOffice lays a character wider than its grid cell over two cells (a 3号
 * character in a 28-character grid comes out 14 to a line), so the file keeps the line grid only
 * and tightens the characters of the text by 0.25 pt each (w:spacing −5): 16 pt − 0.25 pt = 315
 * twips a character, 28 to the 8845-twip line in Word, WPS and LibreOffice alike.
 */
export const CHAR_SPACING = -5;
export const CHAR_PITCH = SIZE.san * 10 + CHAR_SPACING;
/** Two characters: the first-line indent of every paragraph and the 空二字 of the signature. */
export const INDENT_2 = 2 * CHAR_PITCH;

/**
 * Where the footer sits so the page number's dashes (一字线, at the middle of its 14 pt line) are
 * 7 mm below the text block: the footer's distance from the bottom edge is the bottom margin less
 * 7 mm and half the line.
 */
export const PAGE_NUMBER_GAP = Math.round(7 * MM);
export const FOOTER_DISTANCE = MARGIN.bottom - PAGE_NUMBER_GAP - (SIZE.si * 10) / 2;

/** A PNG laid out at its CSS size: 96 px an inch, 1440 twips an inch. */
export const TWIPS_PER_PX = 15;

/**
 * LibreOffice puts a fifth of the font's height between a Chinese character and a Latin letter or
 * digit next to it ("2026 年 10 月"): its "spacing between Asian and non-Asian text", on by default,
 * which its Word import does not turn off from w:autoSpaceDE / w:autoSpaceDN. A cell is sized with it.
 */
export const SCRIPT_GAP_EMS = 0.2;

const HAN = /\p{Script=Han}/u;
const LATIN_OR_DIGIT = /[0-9A-Za-z]/;

/**
 * The width of a text in ems, with the widest metrics a machine may set it in: Times New Roman's
 * digits are half an em, but the fallback of a machine without it (DejaVu Serif here) sets them
 * 0.64 em. A cell sized for the wider one never breaks "100.00%" under either. Each change between
 * Chinese and a Latin letter or digit counts LibreOffice's gap (SCRIPT_GAP_EMS).
 */
export function textEms(text: string): number {
  let width = 0;
  let previous = '';
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (/[0-9]/.test(char)) width += 0.64;
    else if (char === '.' || char === ',' || char === ':' || char === ';' || char === ' ') width += 0.33;
    else if (char === '%') width += 0.95;
    else if (char === '+' || char === '-' || char === '=' || char === '<' || char === '>') width += 0.84;
    else if (code < 0x2000) width += 0.66;
    else width += 1;
    if ((HAN.test(previous) && LATIN_OR_DIGIT.test(char)) || (LATIN_OR_DIGIT.test(previous) && HAN.test(char))) width += SCRIPT_GAP_EMS;
    previous = char;
  }
  return width;
}

/** A text's width in twips at a font size in half-points. */
export function textTwips(text: string, halfPoints: number): number {
  return Math.ceil(textEms(text) * halfPoints * 10);
}

/** Characters of the text line (CJK 1, Latin ½) as GB/T counts them, for the signature's 空二字. */
export function gridChars(text: string): number {
  let chars = 0;
  for (const char of text) chars += char.codePointAt(0)! < 0x2000 ? 0.5 : 1;
  return chars;
}

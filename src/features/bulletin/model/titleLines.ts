import { displayWidth } from '../export/sanitize';

/**
 * What a 2号 title line holds on the 156 mm text block, in half-width columns: 20 characters of
 * 22 pt fill it to the last point, so one character is kept free for fonts whose digits are wider
 * than half a character (the fallback fonts of a machine without 方正小标宋).
 */
export const TITLE_LINE_WIDTH = 38;

/**
 * A title broken into lines as GB/T 9704-2012 7.2 asks: at word boundaries (词意完整), never
 * inside a number or a date ("（2026年11 / 月）"), lines balanced, the longer first (梯形). Widths
 * are in half-width columns (a Chinese character is 2); `maxWidth` is what one line holds
 * (2号 title on a 156 mm line: 20 characters, 40 columns).
 */
export function titleLines(title: string, maxWidth = TITLE_LINE_WIDTH): string[] {
  const words = titleWords(title);
  const total = displayWidth(title);
  if (total <= maxWidth || words.length < 2) return [title];
  const widths = words.map(displayWidth);
  const count = Math.ceil(total / maxWidth);
  for (let lines = count; lines <= words.length; lines++) {
    const split = balanced(widths, lines, maxWidth);
    if (split) return split.map(([from, to]) => words.slice(from, to).join(''));
  }
  return [title];
}

/**
 * Break opportunities: Intl.Segmenter's Chinese words where the browser has it (Chromium 87+),
 * each character otherwise; then glued back so a number stays with its unit (2026年, 10月, 11号)
 * and brackets, quotes and punctuation stay with the word they belong to.
 */
export function titleWords(title: string): string[] {
  const raw = segment(title);
  const words: string[] = [];
  for (const piece of raw) {
    const last = words[words.length - 1];
    if (last !== undefined && joinsPrevious(last, piece)) words[words.length - 1] = last + piece;
    else words.push(piece);
  }
  return glueTerms(title, words);
}

/**
 * Terms of a 公文 title that a word segmenter splits but a reader does not: 全县, 政务服务, 好差评,
 * 县直部门; and 的 stays with the word after it (…情况 / 的通报 reads badly).
 */
const TERMS = [
  '政务服务',
  '月度',
  '好差评',
  '绩效情况',
  '有关情况',
  '考核情况',
  '工作情况',
  '便民热线',
  '县直部门',
  '市直部门',
  '区直部门',
  '州直部门',
  '省直部门',
  '全县',
  '全市',
  '全区',
  '全州',
  '全省',
  '全旗',
  '全盟',
];

function glueTerms(title: string, words: string[]): string[] {
  // The character offsets where a break is allowed, then those inside a term removed.
  const breaks = new Set<number>();
  let offset = 0;
  for (const [index, word] of words.entries()) {
    offset += word.length;
    // A place's one-character suffix stays with its name (云岭|市), 各 with what follows (各|县).
    const next = words[index + 1];
    if (next !== undefined && !/^[市县区州省镇乡旗盟]$/.test(next) && !word.endsWith('各')) breaks.add(offset);
  }
  for (const term of TERMS) {
    for (let at = title.indexOf(term); at >= 0; at = title.indexOf(term, at + 1)) {
      for (let inside = at + 1; inside < at + term.length; inside++) breaks.delete(inside);
    }
  }
  for (let at = title.indexOf('的'); at >= 0; at = title.indexOf('的', at + 1)) breaks.delete(at + 1);
  // Nothing inside brackets or quotes breaks, nor does what they annotate: 县（市、区）, “好差评”.
  let depth = 0;
  for (let index = 0; index < title.length; index++) {
    const char = title.charAt(index);
    if (/[（(《“‘〔【「]/.test(char)) {
      if (char !== '“' && char !== '‘') breaks.delete(index);
      depth++;
    } else if (/[）)》”’〕】」]/.test(char)) depth = Math.max(0, depth - 1);
    else if (depth > 0) breaks.delete(index);
  }
  const glued: string[] = [];
  let start = 0;
  for (const cut of [...breaks].sort((a, b) => a - b)) {
    glued.push(title.slice(start, cut));
    start = cut;
  }
  glued.push(title.slice(start));
  return glued.filter((word) => word !== '');
}

const OPENING = /[（(《“‘〔【「]$/;
const CLOSING = /^[）)》”’〕】」，。、；：？！,.;:?!%]/;
const UNIT = /^[年月日号期次件条个%]/;

function joinsPrevious(previous: string, next: string): boolean {
  if (OPENING.test(previous) || CLOSING.test(next)) return true;
  // Digits, and a number with its unit: 2026年, 10月, 〔2026〕11号.
  if (/[0-9０-９.]$/.test(previous) && (/^[0-9０-９.]/.test(next) || UNIT.test(next))) return true;
  // Latin words stay whole.
  return /[A-Za-z]$/.test(previous) && /^[A-Za-z]/.test(next);
}

function segment(text: string): string[] {
  const Segmenter = (
    Intl as unknown as { Segmenter?: new (locale: string, options: { granularity: 'word' }) => { segment: (text: string) => Iterable<{ segment: string }> } }
  ).Segmenter;
  if (Segmenter) return Array.from(new Segmenter('zh', { granularity: 'word' }).segment(text), (part) => part.segment);
  return Array.from(text);
}

/**
 * Splits words into `lines` consecutive groups, none wider than maxWidth, so the widest line is as
 * narrow as it can be (balanced); among equal splits, earlier lines are the longer. null when
 * the words cannot fit in that many lines.
 */
function balanced(widths: readonly number[], lines: number, maxWidth: number): [number, number][] | null {
  const n = widths.length;
  const prefix = [0];
  for (const width of widths) prefix.push(prefix[prefix.length - 1]! + width);
  const width = (from: number, to: number) => prefix[to]! - prefix[from]!;
  // best[k][i]: the smallest possible widest line putting words i.. into k lines.
  const best: number[][] = Array.from({ length: lines + 1 }, () => new Array<number>(n + 1).fill(Infinity));
  best[0]![n] = 0;
  for (let k = 1; k <= lines; k++) {
    for (let i = n - 1; i >= 0; i--) {
      for (let j = i + 1; j <= n; j++) {
        const w = width(i, j);
        if (w > maxWidth) break;
        const rest = best[k - 1]![j]!;
        if (rest === Infinity) continue;
        best[k]![i] = Math.min(best[k]![i]!, Math.max(w, rest));
      }
    }
  }
  if (best[lines]![0] === Infinity) return null;
  const result: [number, number][] = [];
  let from = 0;
  for (let k = lines; k >= 1; k--) {
    // The longest first line that keeps the optimum (上长下短).
    let chosen = -1;
    for (let j = n; j > from; j--) {
      const w = width(from, j);
      if (w > maxWidth || w > best[lines]![0]!) continue;
      if (Math.max(w, best[k - 1]![j]!) <= best[lines]![0]! && best[k - 1]![j] !== Infinity) {
        chosen = j;
        break;
      }
    }
    if (chosen < 0) return null;
    result.push([from, chosen]);
    from = chosen;
  }
  return result;
}

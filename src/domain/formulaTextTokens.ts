import type { FormulaTextError } from './formulaTextErrors';

/**
 * A formula's text cut into names and marks (+ / - ( ) | ?), full-width marks read as ASCII and
 * names the caller knows matched whole, even those with a mark or a space in them. The parser
 * (formulaText.ts) reads the tokens.
 */

/** Full-width marks as a Chinese input method types them, one character for one (positions hold). */
const WIDE: Readonly<Record<string, string>> = {
  '＋': '+',
  '／': '/',
  '÷': '/',
  '－': '-',
  '−': '-',
  '（': '(',
  '）': ')',
  '｜': '|',
  '？': '?',
};

export function normalizeFormulaText(text: string): string {
  return text.replace(/[＋／÷－−（）｜？]/g, (mark) => WIDE[mark]!);
}

const MARKS = new Set(['+', '/', '-', '(', ')', '|', '?']);
const NAME_CHAR = /[\p{L}\p{N}\p{M}_]/u;
const SPACE = /\s/u;

export type Mark = '+' | '/' | '-' | '(' | ')' | '|' | '?';
export type Token =
  { kind: 'name'; text: string; start: number; end: number } | { kind: Mark; start: number; end: number } | { kind: 'end'; start: number; end: number };

/**
 * How names are looked up: the caller's map (name → id) with its keys as the parser reads text
 * (full-width marks made ASCII, trimmed), and the names with a mark or a space in them, longest
 * first, which are matched whole before the text is cut at marks.
 */
export interface Lookup {
  ids: Map<string, string>;
  long: string[];
}

const lookups = new WeakMap<ReadonlyMap<string, string>, Lookup>();

export function lookupOf(names: ReadonlyMap<string, string>): Lookup {
  let lookup = lookups.get(names);
  if (lookup) return lookup;
  const ids = new Map<string, string>();
  for (const [name, id] of names) {
    const key = normalizeFormulaText(name).trim();
    if (key !== '' && !ids.has(key)) ids.set(key, id);
  }
  const long = [...ids.keys()].filter((key) => [...key].some((char) => MARKS.has(char) || SPACE.test(char) || !NAME_CHAR.test(char)));
  long.sort((a, b) => b.length - a.length);
  lookup = { ids, long };
  lookups.set(names, lookup);
  return lookup;
}

function boundaryAt(text: string, index: number): boolean {
  if (index >= text.length) return true;
  const char = text[index]!;
  return MARKS.has(char) || SPACE.test(char);
}

export function tokenize(text: string, lookup: Lookup, errors: FormulaTextError[]): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const char = text[i]!;
    if (SPACE.test(char)) {
      i += 1;
      continue;
    }
    const long = lookup.long.find((name) => text.startsWith(name, i) && boundaryAt(text, i + name.length));
    if (long) {
      tokens.push({ kind: 'name', text: long, start: i, end: i + long.length });
      i += long.length;
      continue;
    }
    if (MARKS.has(char)) {
      tokens.push({ kind: char as Mark, start: i, end: i + 1 });
      i += 1;
      continue;
    }
    // A surrogate pair (a rare character) is one character to the reader.
    const width = (char.codePointAt(0) ?? 0) > 0xffff ? 2 : 1;
    const whole = text.slice(i, i + width);
    if (!NAME_CHAR.test(whole)) {
      errors.push({ code: 'unexpected-character', start: i, end: i + width, text: whole });
      i += width;
      continue;
    }
    let end = i;
    while (end < text.length) {
      const w = (text.codePointAt(end) ?? 0) > 0xffff ? 2 : 1;
      if (!NAME_CHAR.test(text.slice(end, end + w))) break;
      end += w;
    }
    tokens.push({ kind: 'name', text: text.slice(i, end), start: i, end });
    i = end;
  }
  tokens.push({ kind: 'end', start: text.length, end: text.length });
  return tokens;
}

import { isCountField } from './counts';
import { parseTerm, type Formula, type Sum, type Term } from './formula';

/**
 * A formula as staff type it (指标公式), and back:
 *
 *   办结件数 / (受理件数 + 上月结转在办件数?)      a ratio of two sums
 *   差评数 - 差评整改数                            a difference
 *   受理件数 + 上月结转在办件数?                   a count or sum
 *   热线按时办结数 / 热线办结数|热线工单数          "|": the first of these the record sent
 *
 * Terms are joined by "+"; one "/" (ratio) or one "-" (difference) stands between two sums; a sum
 * of several terms on either side of "/", or after "-", goes in parentheses (so "a / b + c" is never
 * read one way when it was meant the other). A term is a field id, an indicator id, or a name the
 * caller's map knows (受理件数 → accepted); "?" after it = optional (可选), "|" between names = first
 * of (优先取). Full-width ＋／－（）｜？ (a Chinese input method's) are read as their ASCII forms.
 *
 * Parsing never throws: what is wrong comes back as data, each with the place in the text.
 */

export const FORMULA_TEXT_ERROR_CODES = [
  /** Nothing typed. */
  'empty',
  /** A character that has no place in a formula (×, *, =, a comma …). */
  'unexpected-character',
  /** An operator or a parenthesis with nothing on one side: "受理件数 +", "/ 办结件数", "()". */
  'missing-operand',
  /** Two names or groups side by side: "受理件数 办结件数". */
  'missing-operator',
  /** A second "/" or "-": a formula is one ratio or one difference. */
  'two-operators',
  /** "(" never closed, or ")" never opened. */
  'unbalanced-parenthesis',
  /** "/" or "-" inside parentheses: parentheses hold a sum. */
  'operator-in-parentheses',
  /** A sum of several terms beside "/" or after "-" without parentheses. */
  'needs-parentheses',
  /** "?" or "|" where no name stands before or after it. */
  'misplaced-mark',
  /** "?" on a "first of" (a|b?): the first of several is not optional. */
  'optional-first-of',
  /** A name that is neither a field nor an indicator. */
  'unknown-name',
] as const;
export type FormulaTextErrorCode = (typeof FORMULA_TEXT_ERROR_CODES)[number];

export interface FormulaTextError {
  code: FormulaTextErrorCode;
  /** Where in the text, in UTF-16 code units as String.prototype.slice counts them; end is exclusive. */
  start: number;
  end: number;
  /** The name or the character concerned, as typed (for unknown-name and unexpected-character). */
  text?: string;
}

export type FormulaTextResult = { ok: true; formula: Formula } | { ok: false; errors: FormulaTextError[] };

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

type Mark = '+' | '/' | '-' | '(' | ')' | '|' | '?';
type Token = { kind: 'name'; text: string; start: number; end: number } | { kind: Mark; start: number; end: number } | { kind: 'end'; start: number; end: number };

/**
 * How names are looked up: the caller's map (name → id) with its keys as the parser reads text
 * (full-width marks made ASCII, trimmed), and the names with a mark or a space in them, longest
 * first, which are matched whole before the text is cut at marks.
 */
interface Lookup {
  ids: Map<string, string>;
  long: string[];
}

const lookups = new WeakMap<ReadonlyMap<string, string>, Lookup>();

function lookupOf(names: ReadonlyMap<string, string>): Lookup {
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

function tokenize(text: string, lookup: Lookup, errors: FormulaTextError[]): Token[] {
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

/** A syntax error found: parsing stops at the first one (what follows it would only echo it). */
class Stop {
  constructor(readonly error: FormulaTextError) {}
}

interface ParsedSum {
  terms: Term[];
  /** Items at its own level: a term or a parenthesised group each. */
  items: number;
  start: number;
  end: number;
}

class Parser {
  private at = 0;
  readonly unknown: FormulaTextError[] = [];

  constructor(
    private readonly tokens: readonly Token[],
    private readonly lookup: Lookup,
  ) {}

  private peek(): Token {
    return this.tokens[this.at]!;
  }

  private stop(code: FormulaTextErrorCode, token: Pick<Token, 'start' | 'end'>, text?: string): never {
    throw new Stop(text === undefined ? { code, start: token.start, end: token.end } : { code, start: token.start, end: token.end, text });
  }

  formula(): Formula {
    const first = this.sum(0);
    const next = this.peek();
    if (next.kind === 'end') return { type: 'count', terms: first.terms };
    if (next.kind === ')') this.stop('unbalanced-parenthesis', next);
    if (next.kind !== '/' && next.kind !== '-') this.stop('missing-operator', next);
    const operator = next;
    this.at += 1;
    const second = this.sum(0);
    const after = this.peek();
    if (after.kind === '/' || after.kind === '-') this.stop('two-operators', after);
    if (after.kind === ')') this.stop('unbalanced-parenthesis', after);
    if (after.kind !== 'end') this.stop('missing-operator', after);
    if (operator.kind === '/') {
      if (first.items > 1) this.stop('needs-parentheses', first);
      if (second.items > 1) this.stop('needs-parentheses', second);
      return { type: 'ratio', numerator: first.terms, denominator: second.terms };
    }
    if (second.items > 1) this.stop('needs-parentheses', second);
    return { type: 'difference', minuend: first.terms, subtrahend: second.terms };
  }

  /** Items joined by "+"; depth > 0 inside parentheses. */
  private sum(depth: number): ParsedSum {
    const start = this.peek().start;
    const terms: Term[] = [];
    let items = 0;
    let end = start;
    for (;;) {
      const item = this.item(depth);
      terms.push(...item.terms);
      items += 1;
      end = item.end;
      const next = this.peek();
      if (next.kind === '+') {
        this.at += 1;
        continue;
      }
      if (next.kind === 'name' || next.kind === '(') this.stop('missing-operator', next);
      if (next.kind === '?' || next.kind === '|') this.stop('misplaced-mark', next);
      if (depth > 0 && (next.kind === '/' || next.kind === '-')) this.stop('operator-in-parentheses', next);
      return { terms, items, start, end };
    }
  }

  private item(depth: number): { terms: Term[]; end: number } {
    const token = this.peek();
    if (token.kind === '(') {
      this.at += 1;
      if (this.peek().kind === ')') this.stop('missing-operand', this.peek());
      const inner = this.sum(depth + 1);
      const close = this.peek();
      if (close.kind !== ')') this.stop('unbalanced-parenthesis', token);
      this.at += 1;
      if (this.peek().kind === '?' || this.peek().kind === '|') this.stop('misplaced-mark', this.peek());
      return { terms: inner.terms, end: close.end };
    }
    if (token.kind === 'name') return this.term();
    if (token.kind === ')' && depth === 0) this.stop('unbalanced-parenthesis', token);
    if (token.kind === '?' || token.kind === '|') this.stop('misplaced-mark', token);
    // "+", "/", "-", ")" or the end where a name or "(" should be.
    this.stop('missing-operand', token);
  }

  private term(): { terms: Term[]; end: number } {
    const ids: string[] = [];
    let end = 0;
    for (;;) {
      const token = this.peek();
      if (token.kind !== 'name') this.stop(token.kind === '?' || token.kind === '|' ? 'misplaced-mark' : 'missing-operand', token);
      ids.push(this.resolve(token));
      end = token.end;
      this.at += 1;
      if (this.peek().kind !== '|') break;
      this.at += 1;
    }
    let optional = false;
    const mark = this.peek();
    if (mark.kind === '?') {
      if (ids.length > 1) this.stop('optional-first-of', mark);
      optional = true;
      end = mark.end;
      this.at += 1;
    }
    return { terms: [ids.join('|') + (optional ? '?' : '')], end };
  }

  private resolve(token: Extract<Token, { kind: 'name' }>): string {
    const id = this.lookup.ids.get(token.text) ?? (isCountField(token.text) ? token.text : undefined);
    if (id !== undefined) return id;
    this.unknown.push({ code: 'unknown-name', start: token.start, end: token.end, text: token.text });
    return token.text;
  }
}

/**
 * A formula from the text staff typed. `names` maps what they may type (a field's or an indicator's
 * name, an indicator's id) to the id a scheme stores; contract field ids are always understood.
 * Errors: every unknown name, and the first error of form (with its place), never an exception.
 */
export function parseFormulaText(text: string, names: ReadonlyMap<string, string> = new Map()): FormulaTextResult {
  const normal = normalizeFormulaText(text);
  if (normal.trim() === '') return { ok: false, errors: [{ code: 'empty', start: 0, end: text.length }] };
  const lookup = lookupOf(names);
  const errors: FormulaTextError[] = [];
  const tokens = tokenize(normal, lookup, errors);
  if (errors.length > 0) return { ok: false, errors: errors.slice(0, 1) };
  const parser = new Parser(tokens, lookup);
  let formula: Formula | null = null;
  try {
    formula = parser.formula();
  } catch (caught) {
    if (!(caught instanceof Stop)) throw caught;
    errors.push(caught.error);
  }
  errors.push(...parser.unknown);
  errors.sort((a, b) => a.start - b.start);
  if (errors.length > 0 || !formula) return { ok: false, errors };
  return { ok: true, formula };
}

function printTerm(term: Term, nameOf: (id: string) => string): string {
  const parsed = parseTerm(term);
  if (!parsed) return term;
  return parsed.names.map(nameOf).join('|') + (parsed.optional ? '?' : '');
}

function printSum(sum: Sum, nameOf: (id: string) => string, grouped: boolean): string {
  const text = sum.map((term) => printTerm(term, nameOf)).join(' + ');
  return grouped && sum.length > 1 ? `(${text})` : text;
}

/**
 * A formula as staff read and type it: `nameOf` gives the name to show for an id (by default the
 * id). For parseFormulaText to read it back, every name shown must map back to its id.
 */
export function printFormula(formula: Formula, nameOf: (id: string) => string = (id) => id): string {
  switch (formula.type) {
    case 'count':
      return printSum(formula.terms, nameOf, false);
    case 'ratio':
      return `${printSum(formula.numerator, nameOf, true)} / ${printSum(formula.denominator, nameOf, true)}`;
    case 'difference':
      return `${printSum(formula.minuend, nameOf, false)} - ${printSum(formula.subtrahend, nameOf, true)}`;
  }
}

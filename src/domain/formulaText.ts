import { isCountField } from './counts';
import type { Formula, Term } from './formula';
import type { FormulaTextError, FormulaTextErrorCode, FormulaTextResult } from './formulaTextErrors';
import { lookupOf, normalizeFormulaText, tokenize, type Lookup, type Token } from './formulaTextTokens';

/**
 * A formula as staff type it (指标公式), read into a Formula (printed back by formulaTextPrint.ts):
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

import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { COUNT_FIELDS, type Formula } from '../../src/domain';
import { parseFormulaText } from '../../src/domain/formulaText';
import type { FormulaTextErrorCode } from '../../src/domain/formulaTextErrors';
import { printFormula } from '../../src/domain/formulaTextPrint';
import { formulaOf, parse } from './formulaNames';

const errorsOf = (text: string) => {
  const result = parse(text);
  return result.ok ? [] : result.errors;
};

describe('reading a formula typed by staff', () => {
  test('a count, a sum, a ratio, a difference', () => {
    expect(formulaOf('受理件数')).toEqual({ type: 'count', terms: ['accepted'] });
    expect(formulaOf('受理件数 + 上月结转在办件数?')).toEqual({ type: 'count', terms: ['accepted', 'carriedOver?'] });
    expect(formulaOf('评价数 / 办结件数')).toEqual({ type: 'ratio', numerator: ['reviews'], denominator: ['completed'] });
    expect(formulaOf('办结件数 / (受理件数 + 上月结转在办件数?)')).toEqual({
      type: 'ratio',
      numerator: ['completed'],
      denominator: ['accepted', 'carriedOver?'],
    });
    expect(formulaOf('差评数 - 差评整改数')).toEqual({ type: 'difference', minuend: ['badReviews'], subtrahend: ['badReviewsRectified'] });
    expect(formulaOf('热线按时办结数 / 热线办结数|热线工单数')).toEqual({
      type: 'ratio',
      numerator: ['hotlineOnTime'],
      denominator: ['hotlineCompleted|hotlineTickets'],
    });
  });

  test('field ids, indicator ids, full-width marks, spaces of any width, names with marks in them', () => {
    expect(formulaOf('completed/accepted')).toEqual({ type: 'ratio', numerator: ['completed'], denominator: ['accepted'] });
    expect(formulaOf('办结件数／（受理件数＋上月结转在办件数？）')).toEqual(formulaOf('办结件数 / (受理件数 + 上月结转在办件数?)'));
    expect(formulaOf('　办结件数　／　dueItems　')).toEqual({ type: 'ratio', numerator: ['completed'], denominator: ['dueItems'] });
    expect(formulaOf('热线办结数｜热线工单数')).toEqual({ type: 'count', terms: ['hotlineCompleted|hotlineTickets'] });
    expect(formulaOf('办结件数 / 应办结件数（含结转）')).toEqual({ type: 'ratio', numerator: ['completed'], denominator: ['dueItems'] });
    expect(formulaOf('办结件数 / Items accepted')).toEqual({ type: 'ratio', numerator: ['completed'], denominator: ['accepted'] });
    expect(formulaOf('(受理件数 + 办结件数) - 差评数')).toEqual({ type: 'difference', minuend: ['accepted', 'completed'], subtrahend: ['badReviews'] });
    // "a + b - c" is (a + b) - c whichever way it is read.
    expect(formulaOf('受理件数 + 办结件数 - 差评数')).toEqual({ type: 'difference', minuend: ['accepted', 'completed'], subtrahend: ['badReviews'] });
    expect(formulaOf('((受理件数))')).toEqual({ type: 'count', terms: ['accepted'] });
  });

  test.each<[string, FormulaTextErrorCode, number, string?]>([
    ['', 'empty', 0],
    ['   ', 'empty', 0],
    ['受理件数 × 2', 'unexpected-character', 5, '×'],
    ['受理件数 = 办结件数', 'unexpected-character', 5, '='],
    ['受理件数 +', 'missing-operand', 6],
    ['+ 受理件数', 'missing-operand', 0],
    ['受理件数 / ', 'missing-operand', 7],
    ['受理件数 ++ 办结件数', 'missing-operand', 6],
    ['()', 'missing-operand', 1],
    ['受理件数 办结件数', 'missing-operator', 5],
    ['(受理件数)(办结件数)', 'missing-operator', 6],
    ['评价数 / 办结件数 / 受理件数', 'two-operators', 11],
    ['评价数 - 办结件数 / 受理件数', 'two-operators', 11],
    ['(受理件数 + 办结件数', 'unbalanced-parenthesis', 0],
    ['受理件数)', 'unbalanced-parenthesis', 4],
    ['评价数 / 办结件数)', 'unbalanced-parenthesis', 10],
    ['(评价数 / 办结件数)', 'operator-in-parentheses', 5],
    ['评价数 / 办结件数 + 受理件数', 'needs-parentheses', 6],
    ['评价数 + 差评数 / 办结件数', 'needs-parentheses', 0],
    ['受理件数 - 办结件数 + 差评数', 'needs-parentheses', 7],
    ['?受理件数', 'misplaced-mark', 0],
    ['受理件数??', 'misplaced-mark', 5],
    ['受理件数 | ', 'missing-operand', 7],
    ['(受理件数)?', 'misplaced-mark', 6],
    ['热线办结数|热线工单数?', 'optional-first-of', 11],
    ['评价数 / 办结件数量', 'unknown-name', 6, '办结件数量'],
  ])('"%s": %s at %d', (text, code, start, shown) => {
    const errors = errorsOf(text);
    expect(errors[0]).toMatchObject({ code, start, ...(shown === undefined ? {} : { text: shown }) });
  });

  test('every unknown name is reported with its place, with the first error of form', () => {
    expect(errorsOf('参评数 / (办结 + 受理件数)')).toEqual([
      { code: 'unknown-name', start: 0, end: 3, text: '参评数' },
      { code: 'unknown-name', start: 7, end: 9, text: '办结' },
    ]);
    expect(errorsOf('参评数 / 办结 办结件数').map((error) => error.code)).toEqual(['unknown-name', 'unknown-name', 'missing-operator']);
  });

  test('the place of an error is where the text has it, full-width marks and all', () => {
    const text = '受理件数＋（办结件数';
    const [error] = errorsOf(text);
    expect(error).toMatchObject({ code: 'unbalanced-parenthesis', start: 5, end: 6 });
    expect(text.slice(error!.start, error!.end)).toBe('（');
  });
});

// ---------------------------------------------------------------------------------------------
// Properties: print then parse gives the formula back; parse never throws; print(parse(x)) is a fixed point.

/** Every id with a name that maps back to it, including names with marks and spaces in them. */
const IDS = [...COUNT_FIELDS.slice(0, 8), 'dueItems', 'own_1'];
const NAME_OF: Record<string, string> = {
  accepted: '受理件数',
  completed: '办结件数',
  completedOnTime: '按时办结件数',
  overdue: '超期办结件数',
  nearDeadline: '临期（预警）件数',
  onlineAccepted: '网上受理 件数',
  fullyOnline: '全程网办件数',
  reviews: '评价数',
  dueItems: '应办结件数(含结转)',
  own_1: 'own_1',
};
const PROPERTY_NAMES = new Map([...Object.entries(NAME_OF).map(([id, name]) => [name, id] as const), ...IDS.map((id) => [id, id] as const)]);

const term = fc.oneof(
  fc.constantFrom(...IDS),
  fc.constantFrom(...IDS).map((id) => `${id}?`),
  fc.uniqueArray(fc.constantFrom(...IDS), { minLength: 2, maxLength: 3 }).map((ids) => ids.join('|')),
);
const sum = fc.array(term, { minLength: 1, maxLength: 4 });
const formula: fc.Arbitrary<Formula> = fc.oneof(
  sum.map((terms) => ({ type: 'count' as const, terms })),
  fc.tuple(sum, sum).map(([numerator, denominator]) => ({ type: 'ratio' as const, numerator, denominator })),
  fc.tuple(sum, sum).map(([minuend, subtrahend]) => ({ type: 'difference' as const, minuend, subtrahend })),
);

/** The same text as a person might type it: full-width marks, spaces of any width, or none. */
function retype(text: string, wide: boolean[], spaces: string[]): string {
  let n = 0;
  const WIDE: Record<string, string> = { '+': '＋', '/': '／', '-': '－', '(': '（', ')': '）', '?': '？' };
  return text.replace(/ ?([+/\-()?]) ?/g, (_, mark: string) => {
    n += 1;
    const shown = wide[n % wide.length] && WIDE[mark] ? WIDE[mark] : mark;
    return `${spaces[n % spaces.length]}${shown}${spaces[(n + 1) % spaces.length]}`;
  });
}

describe('round trips', () => {
  test('parse(print(f)) is f, with ids or with names', () => {
    fc.assert(
      fc.property(formula, (f) => {
        expect(parseFormulaText(printFormula(f), PROPERTY_NAMES)).toEqual({ ok: true, formula: f });
        expect(
          parseFormulaText(
            printFormula(f, (id) => NAME_OF[id] ?? id),
            PROPERTY_NAMES,
          ),
        ).toEqual({ ok: true, formula: f });
      }),
    );
  });

  test('however it is spaced and whichever width its marks, it reads as the same formula', () => {
    fc.assert(
      fc.property(
        formula,
        fc.array(fc.boolean(), { minLength: 1, maxLength: 5 }),
        fc.array(fc.constantFrom('', ' ', '  ', '\u3000'), { minLength: 1, maxLength: 5 }),
        (f, wide, spaces) => {
          // Names with marks in them are typed as they are (the property above covers them).
          const plain = (id: string) => (/[()（）\s]/.test(NAME_OF[id] ?? '') ? id : (NAME_OF[id] ?? id));
          const typed = retype(printFormula(f, plain), wide, spaces);
          expect(parseFormulaText(typed, PROPERTY_NAMES)).toEqual({ ok: true, formula: f });
        },
      ),
    );
  });

  test('any text: never throws; errors lie inside the text; what parses prints to a fixed point', () => {
    const alphabet = fc.constantFrom(...'+/-()|?＋／（）？ ×=', '受理件数', '办结件数', '评价数', 'accepted', 'own_1', '应办结件数(含结转)', '未知', '\u3000');
    fc.assert(
      fc.property(
        fc.array(alphabet, { maxLength: 12 }).map((parts) => parts.join('')),
        (text) => {
          const result = parseFormulaText(text, PROPERTY_NAMES);
          if (!result.ok) {
            expect(result.errors.length).toBeGreaterThan(0);
            for (const error of result.errors) {
              expect(error.start).toBeGreaterThanOrEqual(0);
              expect(error.end).toBeLessThanOrEqual(text.length);
              expect(error.start).toBeLessThanOrEqual(error.end);
            }
            return;
          }
          const printed = printFormula(result.formula, (id) => NAME_OF[id] ?? id);
          const again = parseFormulaText(printed, PROPERTY_NAMES);
          expect(again).toEqual(result);
          if (again.ok) expect(printFormula(again.formula, (id) => NAME_OF[id] ?? id)).toBe(printed);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

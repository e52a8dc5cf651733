import { describe, expect, test } from 'vitest';
import type { Formula } from '../../src/domain';
import { parseFormulaText } from '../../src/domain/formula-text';
import { printFormula } from '../../src/domain/formula-text-print';

/** Names as staff type them: Chinese field names, an indicator's name and id, one name with marks in it. */
const NAMES = new Map<string, string>([
  ['受理件数', 'accepted'],
  ['办结件数', 'completed'],
  ['上月结转在办件数', 'carriedOver'],
  ['评价数', 'reviews'],
  ['热线办结数', 'hotlineCompleted'],
  ['热线工单数', 'hotlineTickets'],
  ['热线按时办结数', 'hotlineOnTime'],
  ['差评数', 'badReviews'],
  ['差评整改数', 'badReviewsRectified'],
  ['应办结件数（含结转）', 'dueItems'],
  ['dueItems', 'dueItems'],
  ['Items accepted', 'accepted'],
]);

const parse = (text: string) => parseFormulaText(text, NAMES);
const formulaOf = (text: string): Formula => {
  const result = parse(text);
  if (!result.ok) throw new Error(`${text}: ${JSON.stringify(result.errors)}`);
  return result.formula;
};

describe('printing a formula', () => {
  // The first name of each id, as a screen would show it.
  const names = new Map<string, string>();
  for (const [name, id] of NAMES) if (!names.has(id)) names.set(id, name);
  const nameOf = (id: string) => names.get(id) ?? id;

  test('in the words staff type, with parentheses only where needed', () => {
    expect(printFormula(formulaOf('办结件数/(受理件数+上月结转在办件数？)'), nameOf)).toBe('办结件数 / (受理件数 + 上月结转在办件数?)');
    expect(printFormula(formulaOf('(受理件数 + 办结件数) - (差评数)'), nameOf)).toBe('受理件数 + 办结件数 - 差评数');
    expect(printFormula(formulaOf('差评数 - (受理件数 + 办结件数)'), nameOf)).toBe('差评数 - (受理件数 + 办结件数)');
    expect(printFormula({ type: 'ratio', numerator: ['hotlineOnTime'], denominator: ['hotlineCompleted|hotlineTickets'] })).toBe(
      'hotlineOnTime / hotlineCompleted|hotlineTickets',
    );
  });
});

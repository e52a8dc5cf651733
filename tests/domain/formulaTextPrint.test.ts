import { describe, expect, test } from 'vitest';
import { printFormula } from '../../src/domain/formulaTextPrint';
import { formulaOf, NAMES } from './formulaNames';

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

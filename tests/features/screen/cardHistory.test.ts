import { describe, expect, test } from 'vitest';
import { monthPeriod } from '../../../src/domain';
import { DEFAULT_SCHEME, buildEngineData, evaluatePeriod } from '../../../src/engine';
import { cardHistory } from '../../../src/features/screen/cardHistory';
import { generateDataset } from '../../../mocks/generator';

describe('cardHistory', () => {
  test('per month the same cards the evaluation of that month gives, within the data', () => {
    const data = generateDataset({ scenario: 'normal', endMonth: '2025-06', months: 8 });
    const engine = buildEngineData(data.offices, data.records);
    const history = cardHistory(engine, DEFAULT_SCHEME, '2025-06', 12);
    expect(history.map((month) => month.month)).toEqual(['2024-11', '2024-12', '2025-01', '2025-02', '2025-03', '2025-04', '2025-05', '2025-06']);
    for (const month of history) {
      const cards = evaluatePeriod(engine, DEFAULT_SCHEME, monthPeriod(month.month), {}).cards;
      expect(month.red).toBe(cards.filter((card) => card.level === 'red').length);
      expect(month.yellow).toBe(cards.filter((card) => card.level === 'yellow').length);
    }
    expect(history.some((month) => month.red + month.yellow > 0)).toBe(true);
  });
});

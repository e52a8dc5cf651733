import { describe, expect, test } from 'vitest';
import { handlingSeason, hotlineSeason, isSpringFestivalMonth, springFestivalMonth } from '../../mocks/seasonality';

describe('seasonality', () => {
  test('the Spring Festival month follows the lunar calendar', () => {
    expect(springFestivalMonth(2023)).toBe(1); // 22 January
    expect(springFestivalMonth(2024)).toBe(2); // 10 February
    expect(springFestivalMonth(2025)).toBe(1); // 29 January
    expect(springFestivalMonth(2026)).toBe(2); // 17 February
    expect(isSpringFestivalMonth('2025-01')).toBe(true);
    expect(isSpringFestivalMonth('2025-02')).toBe(false);
    expect(isSpringFestivalMonth('2026-02')).toBe(true);
  });

  test('the festival month is the trough and December the peak of the year', () => {
    for (const year of [2023, 2024, 2025, 2026]) {
      const factors = Array.from({ length: 12 }, (_, i) => handlingSeason(`${year}-${String(i + 1).padStart(2, '0')}`));
      const festival = springFestivalMonth(year) - 1;
      expect(Math.min(...factors)).toBe(factors[festival]);
      expect(Math.max(...factors)).toBe(factors[11]);
      expect(factors[festival]).toBeLessThan(0.75);
    }
    expect(hotlineSeason('2025-01')).toBeLessThan(hotlineSeason('2025-07'));
  });
});

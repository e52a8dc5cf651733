import { isRate, type Indicator } from '../../domain';
import type { Add } from './read';

/** Rates are fractions; a value like 95 is almost always someone writing a percentage. */
export function checkRange(indicator: Indicator, value: number, path: string, add: Add): void {
  if (isRate(indicator)) {
    if (value < 0 || value > 1) add(path, 'rate-out-of-range', { field: path, value });
  } else if (value < 0 && indicator.formula.type !== 'difference') add(path, 'negative-count', { field: path, value });
}

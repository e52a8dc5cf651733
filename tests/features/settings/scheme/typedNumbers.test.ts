import { expect, test } from 'vitest';
import { parseTypedNumber } from '../../../../src/features/settings/scheme/typedNumbers';

test.each([
  ['99.5', 99.5],
  [' 99.5 ', 99.5],
  ['99.5%', 99.5],
  ['９９．５％', 99.5],
  ['1,000', 1000],
  ['-3', -3],
  ['.5', 0.5],
  ['1e2', 100],
])('"%s" is read as %d', (text, value) => {
  expect(parseTypedNumber(text)).toBe(value);
});

test.each(['', 'abc', '9 9x', '1.2.3', 'Infinity', 'NaN', '--1'])('"%s" is not a number', (text) => {
  expect(parseTypedNumber(text)).toBeNull();
});

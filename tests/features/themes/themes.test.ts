import { expect, test } from 'vitest';
import { INDICATORS } from '../../../src/domain';
import { THEMES, selectedIndicator, themeFromParam, themeIndicators } from '../../../src/features/themes/themes';

test('every indicator of the registry belongs to exactly one theme', () => {
  const seen = THEMES.flatMap((theme) => themeIndicators(theme).map((indicator) => indicator.id));
  expect([...seen].sort()).toEqual(INDICATORS.map((indicator) => indicator.id).sort());
});

test('/themes shows the first theme; an unknown name is no theme', () => {
  expect(themeFromParam(undefined)!.id).toBe('handling');
  expect(themeFromParam('hotline')!.id).toBe('hotline');
  expect(themeFromParam('nope')).toBeNull();
});

test('the indicator comes from the URL when it belongs to the theme, else the theme’s default', () => {
  const reviews = themeFromParam('reviews')!;
  expect(selectedIndicator(reviews, 'rectificationRate').id).toBe('rectificationRate');
  expect(selectedIndicator(reviews, 'onlineRate').id).toBe('goodReviewRate');
  expect(selectedIndicator(reviews, null).id).toBe('goodReviewRate');
  for (const theme of THEMES) expect(themeIndicators(theme).map((indicator) => indicator.id)).toContain(theme.defaultIndicator);
});

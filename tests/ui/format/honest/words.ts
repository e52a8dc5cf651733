import { expect } from 'vitest';
import type { Delta } from '../../../../src/engine';
import { createFormatters } from '../../../../src/ui/format/formatters';
import type { Words } from '../../../../src/ui/format/honest/words';
import { createTranslate } from '../../../../src/ui/i18n/translate';

// The words of each language and the small builders the honest formatters' tests share.

export const zh: Words = { locale: 'zh-CN', t: createTranslate('zh-CN'), ...createFormatters('zh-CN') };
export const en: Words = { locale: 'en', t: createTranslate('en'), ...createFormatters('en') };

export const delta = (previous: number | null, current: number | null, gap?: 'cumulative'): Delta => ({
  previous,
  absolute: previous === null || current === null ? null : current - previous,
  relative: previous === null || current === null || previous === 0 ? null : (current - previous) / Math.abs(previous),
  ...(gap ? { gap } : {}),
});

/** The number a displayed rate or point change states, in hundredths of a per cent: "99.97%" → 9997. */
export function shownSteps(text: string): number {
  const number = Number(text.replace(/,/g, '').replace(/%|个百分点| pp/g, ''));
  expect(Number.isFinite(number), text).toBe(true);
  return Math.round(number * 100);
}

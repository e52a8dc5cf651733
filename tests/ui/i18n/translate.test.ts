import { describe, expect, test } from 'vitest';
import { createTranslate, interpolate } from '../../../src/ui/i18n/translate';

describe('translate', () => {
  test('fills parameters and keeps a missing one visible', () => {
    expect(interpolate('共 {count} 条', { count: '1,024' })).toBe('共 1,024 条');
    expect(interpolate('{a} and {b}', { a: 1 })).toBe('1 and {b}');
  });

  test('Chinese by default, English on request', () => {
    expect(createTranslate('zh-CN')('nav.overview')).toBe('总览');
    expect(createTranslate('en')('nav.overview')).toBe('Overview');
  });
});

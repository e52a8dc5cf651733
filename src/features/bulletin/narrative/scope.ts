import type { Locale } from '../../../domain';
import type { BulletinOffice } from '../../../engine';

/** The last character of a region's name says what it is: 青岚县 → 全县, 阿坝州 → 全州. */
const REGION_SUFFIXES = ['县', '市', '区', '州', '旗', '盟', '省'];

/**
 * How a sentence names the whole scope: 全县 / 全市 from the region's own name in Chinese
 * ("本月全县共受理…"), the name itself where it ends otherwise, and the name in English.
 */
export function scopeWord(scope: BulletinOffice, locale: Locale): string {
  if (locale !== 'zh-CN') return scope.name;
  const last = scope.name.slice(-1);
  return REGION_SUFFIXES.includes(last) ? `全${last}` : scope.name;
}

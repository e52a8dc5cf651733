import type { Locale } from '../../../domain';

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 99 → 九十九; 100 and above stay in Arabic digits. */
export function chineseNumber(value: number): string {
  if (!Number.isInteger(value) || value < 0 || value >= 100) return String(value);
  if (value < 10) return DIGITS[value]!;
  const tens = Math.floor(value / 10);
  const ones = value % 10;
  return `${tens === 1 ? '' : DIGITS[tens]}十${ones === 0 ? '' : DIGITS[ones]}`;
}

/** 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st, 22nd, 101st. */
export function englishOrdinal(value: number): string {
  const lastTwo = value % 100;
  if (lastTwo >= 11 && lastTwo <= 13) return `${value}th`;
  switch (value % 10) {
    case 1:
      return `${value}st`;
    case 2:
      return `${value}nd`;
    case 3:
      return `${value}rd`;
    default:
      return `${value}th`;
  }
}

/** 第一 / 1st: the place as it is read in a sentence. */
export function placeWord(value: number, locale: Locale): string {
  return locale === 'zh-CN' ? `第${chineseNumber(value)}` : englishOrdinal(value);
}

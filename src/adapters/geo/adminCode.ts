import { ADMIN_CODE_PATTERN } from '../../domain';

/**
 * 行政区划代码 as the map matches them. GB/T 2260 gives provinces, prefectures and counties six
 * digits (330102); townships have nine (GB/T 10114: the county's six and three more, 330102001);
 * the statistical division code (统计用区划代码) writes both in twelve, padded with zeros
 * (330102000000, 330102001000). Padded to twelve digits, each way of writing one place is the same
 * string, so a boundary file that writes 330102 matches an office whose adminCode is 330102000000.
 */

/** The code in twelve digits, or null when the value is no 行政区划代码 (6, 9 or 12 digits). */
export function normaliseAdminCode(raw: unknown): string | null {
  let text: string;
  if (typeof raw === 'number') {
    if (!Number.isSafeInteger(raw) || raw < 0) return null;
    text = String(raw);
  } else if (typeof raw === 'string') text = raw.trim();
  else return null;
  if (!ADMIN_CODE_PATTERN.test(text)) return null;
  return text.padEnd(12, '0');
}

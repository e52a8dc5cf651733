/**
 * Text from data inside ECharts rich text: `{style|text}` is markup there, so braces and the bar in
 * a name are swapped for their full-width look-alikes (canvas text needs no HTML escaping).
 */
export function richSafe(text: string): string {
  return text.replace(/\{/g, '｛').replace(/\}/g, '｝').replace(/\|/g, '｜');
}

/** A CJK character (or any wide one) takes two half-width units, like two Latin letters on screen. */
export function textUnits(text: string): number {
  let units = 0;
  for (const char of text) units += char.codePointAt(0)! >= 0x2e80 ? 2 : 1;
  return units;
}

/** At most `max` half-width units, with … where cut. */
export function cutText(text: string, max: number): string {
  if (textUnits(text) <= max) return text;
  let used = 1;
  let kept = '';
  for (const char of text) {
    const units = char.codePointAt(0)! >= 0x2e80 ? 2 : 1;
    if (used + units > max) break;
    used += units;
    kept += char;
  }
  return `${kept}…`;
}

// Numbers as staff type them in the scheme editor, and as the scheme stores them.

/** Twelve significant digits drop float noise: 0.995 × 100 is 99.5, not 99.49999999999999. */
function clean(value: number): number {
  return Number(value.toPrecision(12));
}

export function fractionToPercentText(value: number): string {
  return String(clean(value * 100));
}

/** A number as typed by staff: full-width digits (Chinese input methods), separators, a trailing % are fine. */
export function parseTypedNumber(text: string): number | null {
  const normalized = text
    .replace(/[０-９]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xff10 + 48))
    .replace(/[．。]/g, '.')
    .replace(/[－−]/g, '-')
    .replace(/[,，\s]/g, '')
    .replace(/[%％]$/, '');
  if (normalized === '' || !/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(normalized)) return null;
  const value = Number(normalized);
  return Number.isFinite(value) ? value : null;
}

/**
 * The typed text as the scheme stores it: a fraction for a rate, the number otherwise. Text that
 * is not a number is passed on as it is, so validateScheme reports that field as not a number.
 */
export function storedValue(text: string, rate: boolean): number | string {
  const value = parseTypedNumber(text);
  if (value === null) return text;
  return rate ? clean(value / 100) : value;
}

/** A stored number as the editor shows it: a rate as a percentage. */
export function shownValue(value: number, rate: boolean): string {
  return rate ? fractionToPercentText(value) : String(value);
}

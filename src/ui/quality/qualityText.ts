import { isMonthKey, isOfficeKind, type QualityIssue } from '../../domain';
import type { I18n } from '../i18n/I18nProvider';
import { completeSentence, isMessageKey, type MessageKey, type MessageParams } from '../i18n/translate';

type Words = Pick<I18n, 't' | 'formatCount' | 'formatMonth'>;

/** The dictionary's name for a field of the contract ("goodReviews" → 好评数), or the field as written. */
export function fieldLabel(field: string, { t }: Pick<I18n, 't'>): string {
  const key = `quality.field.${field}`;
  return isMessageKey(key) ? t(key) : field;
}

/** A type of value ("string", "array", "NaN") in the reader's words, or as written. */
export function typeWord(type: string, { t }: Pick<I18n, 't'>): string {
  const typeKey = `quality.type.${type}`;
  return isMessageKey(typeKey) ? t(typeKey) : type;
}

/** A dictionary key built from data, or null when the dictionary has no such entry. */
function key(text: string): MessageKey | null {
  return isMessageKey(text) ? text : null;
}

function asNumber(value: string | number | undefined): number | null {
  if (value === undefined || value === '') return null;
  const number = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(number) ? number : null;
}

/**
 * The words each parameter stands for in the reader's language: field names become labels,
 * types and expectations words, months and kinds as the screens show them, row numbers with
 * separators. Values the validators copied from the data stay exactly as they were written.
 */
function wordedParams(issue: QualityIssue, words: Words): MessageParams {
  const { t, formatCount, formatMonth } = words;
  const raw = issue.params ?? {};
  const out: MessageParams = {};
  for (const [name, value] of Object.entries(raw)) out[name] = value;

  if (issue.field !== undefined) out.field = fieldLabel(issue.field, words);
  // Readers that set only the row's office and month (not params) still get a worded sentence.
  if (out.officeId === undefined && issue.officeId !== undefined) out.officeId = issue.officeId;

  const gotType = raw.gotType === undefined ? undefined : String(raw.gotType);
  if (gotType !== undefined) {
    const type = typeWord(gotType, words);
    out.got = raw.got === undefined ? t('quality.got.type', { type }) : t('quality.got.value', { type, value: String(raw.got) });
  }
  if (raw.expected !== undefined) {
    const expectedKey = key(`quality.expected.${String(raw.expected)}`);
    out.expected = expectedKey ? t(expectedKey) : String(raw.expected);
  }
  if (raw.parts !== undefined && raw.partValues !== undefined) out.parts = sumText(raw.parts, raw.partValues, raw.partsSum, words);
  // wholeValue: issues written before contract v1.1 (kept in this browser with a loaded file), when a whole was one field.
  const wholeValues = raw.wholeValues ?? raw.wholeValue;
  if (raw.whole !== undefined && wholeValues !== undefined) out.whole = sumText(raw.whole, wholeValues, raw.wholeSum, words);
  if (raw.kind !== undefined) out.kind = isOfficeKind(raw.kind) ? t(`kind.${raw.kind}`) : String(raw.kind);
  for (const name of ['month', 'from', 'to'] as const) {
    const value = raw[name];
    if (isMonthKey(value)) out[name] = formatMonth(value);
  }
  for (const name of ['firstRow', 'rootRow', 'parentRow', 'max', 'sent'] as const) {
    const value = raw[name];
    if (typeof value === 'number') out[name] = formatCount(value);
  }
  if (raw.more !== undefined) {
    const more = asNumber(raw.more) ?? 0;
    out.more = more > 0 ? t('quality.detail.more', { count: formatCount(more) }) : '';
  }
  return out;
}

/**
 * One side of a consistency rule: "好评数（1,000）" for one field, "好评数（1,000）、差评数（100）之和（1,100）"
 * for several. `fields` and `values` are joined by '+' in the same order; `total` is the sum the
 * rule compared (added up from the values when an older issue lacks it).
 */
function sumText(fields: string | number, values: string | number, total: string | number | undefined, words: Words): string {
  const { t, formatCount } = words;
  const names = String(fields).split('+');
  const numbers = String(values).split('+').map(asNumber);
  const terms = names.map((name, i) => t('quality.part', { label: fieldLabel(name, words), value: formatCount(numbers[i] ?? null) }));
  if (terms.length === 1) return terms[0]!;
  const sum = asNumber(total) ?? (numbers.every((n) => n !== null) ? numbers.reduce<number>((a, b) => a + (b ?? 0), 0) : null);
  return t('quality.sum', { terms: terms.join(t('quality.sumSeparator')), sum: formatCount(sum) });
}

/**
 * One quality issue as a sentence in the reader's language, from its reason, params.variant
 * and params. The validator's English `detail` is the fallback whenever the dictionary has no
 * sentence for the reason or a parameter the sentence needs is missing (e.g. an issue from a
 * reader that sets only the reason), so a detail is never shown with a hole in it.
 */
export function qualityDetailText(issue: QualityIssue, words: Words): string {
  // A consistency rule may have a sentence of its own (by its id), else its variant's, else the reason's.
  const specific = [issue.params?.rule, issue.params?.variant].filter((value) => value !== undefined);
  const messageKey =
    specific.map((value) => key(`quality.detail.${issue.reason}.${String(value)}`)).find((found) => found !== null) ?? key(`quality.detail.${issue.reason}`);
  if (!messageKey) return issue.detail;
  return completeSentence(messageKey, wordedParams(issue, words), words.t) ?? issue.detail;
}

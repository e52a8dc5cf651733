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
  if (raw.parts !== undefined && raw.partValues !== undefined) {
    const parts = String(raw.parts).split('+');
    const values = String(raw.partValues).split('+');
    out.parts = parts
      .map((part, i) => t('quality.part', { label: fieldLabel(part, words), value: formatCount(asNumber(values[i])) }))
      .join(' + ');
  }
  if (raw.whole !== undefined) {
    out.whole = t('quality.part', { label: fieldLabel(String(raw.whole), words), value: formatCount(asNumber(raw.wholeValue)) });
  }
  if (raw.kind !== undefined) out.kind = isOfficeKind(raw.kind) ? t(`kind.${raw.kind}`) : String(raw.kind);
  for (const name of ['month', 'from', 'to'] as const) {
    const value = raw[name];
    if (isMonthKey(value)) out[name] = formatMonth(value);
  }
  for (const name of ['firstRow', 'rootRow', 'parentRow', 'max'] as const) {
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
 * One quality issue as a sentence in the reader's language, from its reason, params.variant
 * and params. The validator's English `detail` is the fallback whenever the dictionary has no
 * sentence for the reason or a parameter the sentence needs is missing (e.g. an issue from a
 * reader that sets only the reason), so a detail is never shown with a hole in it.
 */
export function qualityDetailText(issue: QualityIssue, words: Words): string {
  const variant = issue.params?.variant;
  const messageKey =
    (variant !== undefined ? key(`quality.detail.${issue.reason}.${String(variant)}`) : null) ?? key(`quality.detail.${issue.reason}`);
  if (!messageKey) return issue.detail;
  return completeSentence(messageKey, wordedParams(issue, words), words.t) ?? issue.detail;
}

/** Why a row of incoming data was left out. The UI dictionary words each reason. */
export const QUALITY_REASONS = [
  'not-an-object',
  'missing-field',
  'wrong-type',
  'negative',
  'not-integer',
  'unsafe-integer',
  'inconsistent',
  'bad-month',
  'unknown-office',
  'duplicate',
  'bad-kind',
  'unknown-parent',
  'parent-cycle',
  'no-root',
  'out-of-range',
  'empty',
  'truncated',
] as const;
export type QualityReason = (typeof QUALITY_REASONS)[number];

/**
 * What a detail sentence is made of, so each language can word it (the status dictionary's
 * quality.detail.* keys). `variant` picks one wording among several for the same reason, e.g.
 * an unknown parent that is missing, left out, or a second root. Values are plain data: ids,
 * months, field names, numbers as written; never HTML and never a sentence.
 */
export type QualityParams = Readonly<Record<string, string | number>>;

export interface QualityIssue {
  /** 'rejected': the row is left out of every figure; 'note': the row is used, with this caveat. */
  severity?: 'rejected' | 'note';
  /** Where the row came from: a URL, or a file and sheet name. */
  source: string;
  /** 1-based position a person can find: array index + 1, or the spreadsheet row number. */
  row: number;
  field?: string;
  reason: QualityReason;
  /** The offending value or rule, already as plain text (never HTML): English, the fallback when params are absent. */
  detail: string;
  /** The same detail as data, worded per reason (and params.variant) in the UI's languages. */
  params?: QualityParams;
  officeId?: string;
  month?: string;
}

export interface QualityReport {
  accepted: number;
  rejected: number;
  issues: QualityIssue[];
}

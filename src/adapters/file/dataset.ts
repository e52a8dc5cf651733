import { monthFromIndex, type MonthKey, type Office, type QualityReport, type Scheme } from '../../domain';
import type { SchemeProblem } from '../../engine';
import type { RecordColumns } from './recordColumns';

/** A file as the parser receives it: read on the main thread, parsed in the worker. */
export interface FileInput {
  name: string;
  bytes: ArrayBuffer;
}

/**
 * Something about a file as a whole that the staff should know, though no row is wrong:
 * columns not in the template, counts with no column (so "not reported", never 0), sheets not
 * used, the encoding a CSV was read in. `detail` is plain text taken from the file.
 */
export interface FileNotice {
  code: 'ignored-columns' | 'absent-counts' | 'ignored-sheet' | 'encoding' | 'scheme-loaded' | 'scheme-ignored';
  source: string;
  detail: string;
  /** For 'scheme-ignored': what is wrong with the file's scheme, worded by the UI. */
  schemeProblems?: SchemeProblem[];
}

/**
 * The staff's own data after parsing and validation: what is kept in IndexedDB and what the
 * file adapter serves. Row numbers are the ones the spreadsheet shows (header row = 1).
 */
export interface OwnDataset {
  version: 1;
  /** Stable for the life of this upload; the adapter's id is `file:<id>`. */
  id: string;
  loadedAt: number;
  files: { name: string; size: number }[];
  officesSource: string;
  recordsSource: string;
  offices: Office[];
  officesQuality: QualityReport;
  records: RecordColumns;
  recordsQuality: QualityReport;
  scheme: Scheme | null;
  notices: FileNotice[];
}

/** What the settings section shows of a stored dataset without loading every record. */
export interface OwnDatasetSummary {
  id: string;
  loadedAt: number;
  files: { name: string; size: number }[];
  officesSource: string;
  recordsSource: string;
  officeCount: number;
  recordCount: number;
  firstMonth: MonthKey | null;
  lastMonth: MonthKey | null;
  officesQuality: QualityReport;
  recordsQuality: QualityReport;
  /** True when the issue lists were cut to SUMMARY_ISSUES each (the totals stay exact). */
  issuesCut: boolean;
  notices: FileNotice[];
  hasScheme: boolean;
}

export const SUMMARY_ISSUES = 1000;

export function summarizeDataset(dataset: OwnDataset): OwnDatasetSummary {
  let first = Infinity;
  let last = -Infinity;
  for (const month of dataset.records.month) {
    if (month < first) first = month;
    if (month > last) last = month;
  }
  const cut = (report: QualityReport): QualityReport => ({ ...report, issues: report.issues.slice(0, SUMMARY_ISSUES) });
  return {
    id: dataset.id,
    loadedAt: dataset.loadedAt,
    files: dataset.files,
    officesSource: dataset.officesSource,
    recordsSource: dataset.recordsSource,
    officeCount: dataset.offices.length,
    recordCount: dataset.records.length,
    firstMonth: first === Infinity ? null : monthFromIndex(first),
    lastMonth: last === -Infinity ? null : monthFromIndex(last),
    officesQuality: cut(dataset.officesQuality),
    recordsQuality: cut(dataset.recordsQuality),
    issuesCut: dataset.officesQuality.issues.length > SUMMARY_ISSUES || dataset.recordsQuality.issues.length > SUMMARY_ISSUES,
    notices: dataset.notices,
    hasScheme: dataset.scheme !== null,
  };
}

/** Where the work is, for the progress bar: 0 ≤ fraction ≤ 1 within the phase. */
export interface LoadProgress {
  phase: 'read' | 'parse' | 'check' | 'store';
  file?: string;
  fraction: number;
}

import type { MonthKey, MonthlyRecord, Office, QualityReport, Scheme } from '../domain';
import type { ServiceWrites } from './http/writes';

export interface AdapterCallOptions {
  signal?: AbortSignal;
}

export interface OfficesResult {
  offices: Office[];
  quality: QualityReport;
}

export interface RecordsResult {
  records: MonthlyRecord[];
  quality: QualityReport;
}

export interface RecordsQuery {
  from: MonthKey;
  to: MonthKey;
  /** The offices already loaded: a record of any other office is a data-quality issue. */
  officeIds: ReadonlySet<string>;
}

/**
 * Where the numbers come from, in the manner of react-admin's dataProvider: a few async
 * methods with uniform parameters. Every implementation returns validated domain objects
 * and a data-quality report; bad rows are reported, never silently counted.
 */
export interface DataAdapter extends ScopedAdapter {
  /** Identity of the source (type + baseUrl or file id): the first part of every query key. */
  readonly id: string;
  /** What the status page shows as the source, e.g. the base URL or the file name. */
  readonly description: string;
  readonly type: DataSourceType;
  getOffices(options?: AdapterCallOptions): Promise<OfficesResult>;
  getRecords(query: RecordsQuery, options?: AdapterCallOptions): Promise<RecordsResult>;
  /**
   * Starts fetching the records of a range while the offices they are checked against are still
   * on their way, so the two requests run side by side; the next getRecords of that range (within
   * a short while) uses this response and validates it as usual. Optional: a source whose records
   * are already at hand has nothing to start.
   */
  prefetchRecords?(range: { from: MonthKey; to: MonthKey }): void;
  /** null when the source has no scheme of its own (HTTP 404): use the built-in default. */
  getScheme(options?: AdapterCallOptions): Promise<Scheme | null>;
}

export type DataSourceType = 'http' | 'mock' | 'file';

/** What a contract v2 source says of itself at `{baseUrl}/capabilities` (a v1 source answers 404). */
export interface Capabilities {
  contract: string;
  rollup: boolean;
  /** Above this many offices in a scope's subtree, its roll-up is read instead of its records. */
  rollupThreshold: number;
  uploads: boolean;
  offices: number;
  regions: { id: string; name: string; parentId: string | null; subtree: number }[];
}

/** Contract v2, on top of DataAdapter: optional, so a v1 source and every other adapter need nothing. */
export interface ScopedAdapter {
  /** What a v2 source offers; null for a v1 source (no capabilities endpoint). */
  getCapabilities?(options?: AdapterCallOptions): Promise<Capabilities | null>;
  /**
   * The source narrowed to a region (default the root), given its capabilities: that region's
   * subtree, or its roll-up when the subtree is over the threshold (docs/data-contract.md, v2).
   */
  forScope?(scopeId: string | undefined, capabilities: Capabilities): DataAdapter;
  /** A data service's writes (uploads, undo, shared scheme and bulletin edits); absent for read-only sources. */
  writes?: ServiceWrites;
}

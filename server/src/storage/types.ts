import type { MonthlyRecord, Office } from '../../../src/domain';

/** Months as monthIndex() (years × 12 + month − 1): integers compare and group fast in any SQL. */
export interface MonthRange {
  from: number;
  to: number;
}

/**
 * Records as the storage reads them: one array per column. `values[f][row]` is the count of
 * COUNT_FIELDS[f], null where not reported (absent is never 0).
 */
export interface RecordColumns {
  length: number;
  officeId: string[];
  month: number[];
  values: (number | null)[][];
}

/**
 * One row of a roll-up: the counts of the office-months below a child of the scope that share a
 * kind and a presence mask, summed per month. `own` rows are the child's (or the scope's) own
 * record, never summed with anyone's.
 */
export interface RollupGroup {
  /** The scope's direct child this row belongs to, or the scope itself for its own record. */
  target: string;
  own: boolean;
  kind: Office['kind'];
  mask: number;
  month: number;
  /** Office-months summed. */
  rows: number;
  values: (number | null)[];
}

export interface RegionInfo {
  id: string;
  name: string;
  parentId: string | null;
  /** Offices in its subtree, itself included. */
  subtree: number;
}

export interface ImportLogEntry {
  id: number;
  at: string;
  who: string;
  files: { name: string; size: number }[];
  /** Records written and rows left out (with the user's consent). */
  recordsWritten: number;
  rowsLeftOut: number;
  officesWritten: number;
  /** The months replaced, "YYYY-MM". */
  months: string[];
  /** 'applied', or 'undone' once undone. */
  state: 'applied' | 'undone' | 'restored';
  undoneAt?: string;
  undoneBy?: string;
  /** 'upload', 'restore' or 'demo'. */
  origin: string;
}

/**
 * What one import writes, in one transaction: offices upserted (or the whole list replaced when
 * the upload carries a root), then for every office in its scope and every month it covers, the
 * stored records replaced by the new ones.
 */
export interface ImportPlan {
  who: string;
  origin: string;
  files: { name: string; size: number }[];
  /** null: the offices are unchanged. */
  offices: { mode: 'replace' | 'merge'; list: Office[] } | null;
  /** The offices whose records for `months` are replaced (records of others are kept). */
  scope: string[] | 'all';
  months: number[];
  records: MonthlyRecord[];
  rowsLeftOut: number;
}

export interface StoredDocument {
  key: string;
  body: string;
  updatedAt: string;
  updatedBy: string;
}

export interface Editor {
  name: string;
  role: 'editor' | 'viewer';
  tokenHash: string;
}

/**
 * Where the service keeps everything. One small interface so that the same routes run on DuckDB
 * (one machine, one file) and on ClickHouse (several service instances on one cluster). Every
 * figure served is computed by the storage's SQL from the stored rows.
 */
export interface Storage {
  readonly kind: 'duckdb' | 'clickhouse';
  /** Bumped by every write: what caches and ETags are keyed on. */
  version(): Promise<number>;
  officeCount(): Promise<number>;
  /** Every office, or a scope's subtree with the chain of its ancestors (so it is still one tree). */
  offices(scope?: string): Promise<Office[]>;
  records(range: MonthRange, scope?: string): Promise<RecordColumns>;
  /** The same records as the contract's JSON text (`{"records":[…]}`), built by the database. */
  recordsJson(range: MonthRange, scope?: string): Promise<string>;
  /** The month range holding any record; null when there is none. */
  monthSpan(): Promise<MonthRange | null>;
  rollup(scope: string, range: MonthRange): Promise<RollupGroup[]>;
  regions(): Promise<RegionInfo[]>;

  applyImport(plan: ImportPlan): Promise<ImportLogEntry>;
  /** Undoes the latest applied import; null when there is none. */
  undoLastImport(who: string): Promise<ImportLogEntry | null>;
  importLog(): Promise<ImportLogEntry[]>;
  /** A restored backup's imports, kept as history (never undoable here: their undo data stayed behind). */
  appendHistory(entries: ImportLogEntry[]): Promise<void>;

  getDocument(key: string): Promise<StoredDocument | null>;
  listDocuments(prefix: string): Promise<StoredDocument[]>;
  putDocument(key: string, body: string | null, who: string): Promise<void>;

  addEditor(editor: Editor): Promise<void>;
  editorByTokenHash(tokenHash: string): Promise<Editor | null>;
  editors(): Promise<Omit<Editor, 'tokenHash'>[]>;

  close(): Promise<void>;
}

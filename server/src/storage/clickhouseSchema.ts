import { FIELD_COLUMNS } from './sql';

const COUNTS_DDL = FIELD_COLUMNS.map((column) => `${column} Nullable(Float64)`).join(', ');

/** The store's tables, created when missing; a database made by an earlier version gets the columns added since. */
export const CLICKHOUSE_SCHEMA = [
  `CREATE TABLE IF NOT EXISTS offices (idx Int32, id String, name String, kind String, parent_id Nullable(String), parent_idx Nullable(Int32), ord Int32, admin_code Nullable(String)) ENGINE = MergeTree ORDER BY idx`,
  `CREATE TABLE IF NOT EXISTS paths (office Int32, ancestor Int32) ENGINE = MergeTree ORDER BY (ancestor, office)`,
  `CREATE TABLE IF NOT EXISTS records (office Int32, m Int32, mask Int32, import_id Int32, ${COUNTS_DDL}) ENGINE = MergeTree ORDER BY (m, office)`,
  `CREATE TABLE IF NOT EXISTS undo_records (undo_of Int32, office Int32, m Int32, mask Int32, import_id Int32, ${COUNTS_DDL}) ENGINE = MergeTree ORDER BY undo_of`,
  `CREATE TABLE IF NOT EXISTS undo_offices (undo_of Int32, idx Int32, id String, name String, kind String, parent_id Nullable(String), parent_idx Nullable(Int32), ord Int32, admin_code Nullable(String)) ENGINE = MergeTree ORDER BY undo_of`,
  `CREATE TABLE IF NOT EXISTS imports (id Int32, logged_at String, who String, origin String, files String, records_written Int32, rows_left_out Int32, offices_written Int32, months String, state String, undone_at Nullable(String), undone_by Nullable(String), offices_snapshot UInt8) ENGINE = MergeTree ORDER BY id`,
  `CREATE TABLE IF NOT EXISTS documents (key String, body String, updated_at String, updated_by String) ENGINE = MergeTree ORDER BY key`,
  `CREATE TABLE IF NOT EXISTS editors (name String, role String, token_hash String) ENGINE = MergeTree ORDER BY name`,
  `CREATE TABLE IF NOT EXISTS writes (at DateTime64(3) DEFAULT now64(3)) ENGINE = MergeTree ORDER BY at`,
  // A database made before offices carried their 行政区划代码 gets the column (NULL: no code).
  `ALTER TABLE offices ADD COLUMN IF NOT EXISTS admin_code Nullable(String)`,
  `ALTER TABLE undo_offices ADD COLUMN IF NOT EXISTS admin_code Nullable(String)`,
];

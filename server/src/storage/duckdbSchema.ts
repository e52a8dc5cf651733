import { FIELD_COLUMNS } from './sql';

const COUNTS_DDL = FIELD_COLUMNS.map((column) => `${column} DOUBLE`).join(', ');

/** The store's tables, created when missing; a folder made by an earlier version gets the columns added since. */
export const DUCKDB_SCHEMA = [
  `CREATE TABLE IF NOT EXISTS meta (key VARCHAR, value VARCHAR)`,
  `CREATE TABLE IF NOT EXISTS offices (idx INTEGER, id VARCHAR, name VARCHAR, kind VARCHAR, parent_id VARCHAR, parent_idx INTEGER, ord INTEGER, admin_code VARCHAR)`,
  `CREATE TABLE IF NOT EXISTS paths (office INTEGER, ancestor INTEGER)`,
  `CREATE TABLE IF NOT EXISTS records (office INTEGER, m INTEGER, mask INTEGER, import_id INTEGER, ${COUNTS_DDL})`,
  `CREATE TABLE IF NOT EXISTS undo_records (undo_of INTEGER, office INTEGER, m INTEGER, mask INTEGER, import_id INTEGER, ${COUNTS_DDL})`,
  `CREATE TABLE IF NOT EXISTS undo_offices (undo_of INTEGER, idx INTEGER, id VARCHAR, name VARCHAR, kind VARCHAR, parent_id VARCHAR, parent_idx INTEGER, ord INTEGER, admin_code VARCHAR)`,
  `CREATE TABLE IF NOT EXISTS imports (id INTEGER, logged_at VARCHAR, who VARCHAR, origin VARCHAR, files VARCHAR, records_written INTEGER, rows_left_out INTEGER, offices_written INTEGER, months VARCHAR, state VARCHAR, undone_at VARCHAR, undone_by VARCHAR, offices_snapshot BOOLEAN)`,
  `CREATE TABLE IF NOT EXISTS documents (key VARCHAR, body VARCHAR, updated_at VARCHAR, updated_by VARCHAR)`,
  `CREATE TABLE IF NOT EXISTS editors (name VARCHAR, role VARCHAR, token_hash VARCHAR)`,
  // A data folder made before offices carried their 行政区划代码 gets the column (NULL: no code).
  `ALTER TABLE offices ADD COLUMN IF NOT EXISTS admin_code VARCHAR`,
  `ALTER TABLE undo_offices ADD COLUMN IF NOT EXISTS admin_code VARCHAR`,
  `CREATE TEMP TABLE IF NOT EXISTS stage_records (office INTEGER, m INTEGER, mask INTEGER, import_id INTEGER, ${COUNTS_DDL})`,
  `CREATE TEMP TABLE IF NOT EXISTS stage_scope (idx INTEGER)`,
];

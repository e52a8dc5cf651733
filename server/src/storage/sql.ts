import { COUNT_FIELDS } from '../../../src/domain';

/**
 * The SQL both storages run, written once: DuckDB and ClickHouse read the same tables with the
 * same statements, apart from the few spellings `Dialect` names. Months are integers
 * (monthIndex), offices are referred to by an integer `idx`, and `paths` holds every
 * (office, ancestor) pair, the office itself included, so a subtree is one join.
 */
export interface Dialect {
  name: 'duckdb' | 'clickhouse';
  /** A positional or named parameter of the given type. */
  param(name: string, type: 'Int32' | 'String'): string;
  double: string;
  int: string;
  text: string;
  boolean(expression: string): string;
}

export const DUCKDB: Dialect = {
  name: 'duckdb',
  param: (name) => `$${name}`,
  double: 'DOUBLE',
  int: 'INTEGER',
  text: 'VARCHAR',
  boolean: (expression) => `(${expression})`,
};

export const CLICKHOUSE: Dialect = {
  name: 'clickhouse',
  param: (name, type) => `{${name}:${type}}`,
  double: 'Nullable(Float64)',
  int: 'Int32',
  text: 'String',
  boolean: (expression) => `toUInt8(${expression})`,
};

/** Column names: the contract's field names, quoted (both dialects accept double quotes). */
export const FIELD_COLUMNS = COUNT_FIELDS.map((field) => `"${field}"`);

/** A record's columns in table order, for copying rows between records and their undo copy. */
export const RECORD_COLUMNS = `office, m, mask, import_id, ${FIELD_COLUMNS.join(', ')}`;

/** Each count summed; SUM over rows that are all NULL is NULL, so "not reported" stays absent. */
const SUMS = FIELD_COLUMNS.map((column) => `sum(r.${column}) AS ${column}`).join(', ');

/**
 * A scope's roll-up: per direct child of the scope, per kind and presence mask of the office-months
 * below it, per month, the summed counts. Office-months with the same mask and kind read the same
 * way in every formula and fairness rule, so the SPA's engine, given these groups as leaves under
 * each child, computes the children's figures exactly as from the raw records. The child's own
 * record and the scope's own record come as `own` rows.
 */
export function rollupSql(d: Dialect): string {
  const scope = d.param('scope', 'Int32');
  const from = d.param('from', 'Int32');
  const to = d.param('to', 'Int32');
  return `
SELECT c.id AS target, ${d.boolean('r.office = c.idx')} AS own, o.kind AS kind, r.mask AS mask, r.m AS m, count(*) AS n, ${SUMS}
FROM records AS r
JOIN paths AS p ON p.office = r.office
JOIN offices AS c ON c.idx = p.ancestor
JOIN offices AS o ON o.idx = r.office
WHERE c.parent_idx = ${scope} AND r.m >= ${from} AND r.m <= ${to}
GROUP BY c.id, own, o.kind, r.mask, r.m
UNION ALL
SELECT o.id AS target, ${d.boolean('1 = 1')} AS own, o.kind AS kind, r.mask AS mask, r.m AS m, count(*) AS n, ${SUMS}
FROM records AS r
JOIN offices AS o ON o.idx = r.office
WHERE r.office = ${scope} AND r.m >= ${from} AND r.m <= ${to}
GROUP BY o.id, o.kind, r.mask, r.m`;
}

/**
 * The floor the roll-up is benchmarked against: the same sums from a table that already holds
 * each record's child of the scope (no joins), grouped the same way.
 */
export function floorSql(d: Dialect): string {
  return `
SELECT child, kind, mask, m, count(*) AS n, ${FIELD_COLUMNS.map((column) => `sum(${column}) AS ${column}`).join(', ')}
FROM records_flat
WHERE m >= ${d.param('from', 'Int32')} AND m <= ${d.param('to', 'Int32')}
GROUP BY child, kind, mask, m`;
}

/** Records of a month range, with their office ids, optionally within a scope's subtree. */
export function recordsSql(d: Dialect, scoped: boolean): string {
  const within = scoped ? `AND r.office IN (SELECT office FROM paths WHERE ancestor = ${d.param('scope', 'Int32')})` : '';
  return `
SELECT o.id AS office_id, r.m AS m, ${FIELD_COLUMNS.map((column) => `r.${column}`).join(', ')}
FROM records AS r JOIN offices AS o ON o.idx = r.office
WHERE r.m >= ${d.param('from', 'Int32')} AND r.m <= ${d.param('to', 'Int32')} ${within}
ORDER BY r.m, o.ord`;
}

/**
 * The same records as `{"records":[…]}` text built by the database itself, one string: fields in
 * contract order, an absent count left out. DuckDB builds it on all cores; reading 70,000 rows of
 * 31 columns into JavaScript and printing them there took three times as long.
 */
export function recordsJsonSql(d: Dialect, scoped: boolean): string {
  const within = scoped ? `AND r.office IN (SELECT office FROM paths WHERE ancestor = ${d.param('scope', 'Int32')})` : '';
  const fields = COUNT_FIELDS.map(
    (field) => `CASE WHEN r."${field}" IS NULL THEN '' ELSE ',"${field}":' || CAST(CAST(r."${field}" AS BIGINT) AS VARCHAR) END`,
  ).join(' || ');
  const row = `'{"officeId":' || to_json(o.id) || ',"month":"' || lpad(CAST(r.m // 12 AS VARCHAR), 4, '0') || '-' || lpad(CAST(r.m % 12 + 1 AS VARCHAR), 2, '0') || '"' || ${fields} || '}'`;
  return `
SELECT '{"records":[' || coalesce(string_agg(${row}, ',' ORDER BY r.m, o.ord), '') || ']}' AS body
FROM records AS r JOIN offices AS o ON o.idx = r.office
WHERE r.m >= ${d.param('from', 'Int32')} AND r.m <= ${d.param('to', 'Int32')} ${within}`;
}

/** Offices in upload order; for a scope, its subtree and its ancestors. */
export function officesSql(d: Dialect, scoped: boolean): string {
  const scope = d.param('scope', 'Int32');
  const within = scoped
    ? `WHERE idx IN (SELECT office FROM paths WHERE ancestor = ${scope}) OR idx IN (SELECT ancestor FROM paths WHERE office = ${scope})`
    : '';
  return `SELECT id, name, kind, parent_id, admin_code FROM offices ${within} ORDER BY ord`;
}

/** Regions with the size of their subtree. */
export function regionsSql(): string {
  return `
SELECT a.id AS id, a.name AS name, a.parent_id AS parent_id, count(*) AS subtree, min(a.ord) AS ord
FROM paths AS p JOIN offices AS a ON a.idx = p.ancestor
WHERE a.kind = 'region'
GROUP BY a.id, a.name, a.parent_id
ORDER BY ord`;
}

export function monthSpanSql(): string {
  return 'SELECT min(m) AS lo, max(m) AS hi FROM records';
}

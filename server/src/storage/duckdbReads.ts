import type { DuckDBConnection, DuckDBInstance, DuckDBValue } from '@duckdb/node-api';
import { COUNT_FIELDS, type Office, type OfficeKind } from '../../../src/domain';
import { Pool } from './pool';
import { DUCKDB, monthSpanSql, officesSql, recordsJsonSql, recordsSql, regionsSql, rollupSql } from './sql';
import { withAdminCode } from './tree';
import type { Editor, MonthRange, RecordColumns, RegionInfo, RollupGroup, StoredDocument } from './types';

export type Params = Record<string, DuckDBValue>;

/** How many rows a column-array answer holds. */
export function rowsOf(columns: unknown[][]): number {
  return columns[0]?.length ?? 0;
}

/** Light read connections (offices, roll-ups, capabilities); the rest of the readers take a subtree's records. */
export const READERS = 4;

/**
 * The DuckDB store's reads (offices, records, roll-ups, regions) and the data version its caches
 * key on; DuckDbStorage (duckdb.ts) adds the writes on the one writer connection.
 */
export abstract class DuckDbReads {
  readonly kind = 'duckdb' as const;
  protected readonly pool: Pool<DuckDBConnection>;
  protected readonly heavy: Pool<DuckDBConnection>;
  protected dataVersion = 0;

  constructor(
    protected readonly instance: DuckDBInstance,
    protected readonly writer: DuckDBConnection,
    protected readonly readers: DuckDBConnection[],
  ) {
    this.pool = new Pool(readers.slice(0, READERS));
    this.heavy = new Pool(readers.slice(READERS));
  }

  /** Column arrays of a read query. */
  async query(sql: string, params?: Params): Promise<unknown[][]> {
    return this.pool.use(async (connection) => (await connection.runAndReadAll(sql, params)).getColumnsJS() as unknown[][]);
  }

  protected async queryOnWriter(sql: string, params?: Params): Promise<unknown[][]> {
    return (await this.writer.runAndReadAll(sql, params)).getColumnsJS() as unknown[][];
  }

  async loadVersion(): Promise<void> {
    const [values] = await this.queryOnWriter(`SELECT value FROM meta WHERE key = 'version'`);
    this.dataVersion = values?.length ? Number(values[0]) : 0;
  }

  async version(): Promise<number> {
    return this.dataVersion;
  }

  protected async bumpVersion(): Promise<void> {
    this.dataVersion++;
    await this.writer.run(`DELETE FROM meta WHERE key = 'version'`);
    await this.writer.run(`INSERT INTO meta VALUES ('version', $v)`, { v: String(this.dataVersion) });
  }

  async officeCount(): Promise<number> {
    const [count] = await this.query('SELECT count(*) FROM offices');
    return Number(count?.[0] ?? 0);
  }

  protected async scopeIdx(scope: string): Promise<number | null> {
    const [idx] = await this.query('SELECT idx FROM offices WHERE id = $id', { id: scope });
    return idx?.length ? Number(idx[0]) : null;
  }

  async offices(scope?: string): Promise<Office[]> {
    let params: Params | undefined;
    if (scope !== undefined) {
      const idx = await this.scopeIdx(scope);
      if (idx === null) return [];
      params = { scope: idx };
    }
    const [id, name, kind, parent, code] = await this.query(officesSql(DUCKDB, scope !== undefined), params);
    const list: Office[] = [];
    for (let i = 0; i < (id?.length ?? 0); i++) {
      list.push(
        withAdminCode(
          { id: id![i] as string, name: name![i] as string, kind: kind![i] as OfficeKind, parentId: (parent![i] as string | null) ?? null },
          code![i],
        ),
      );
    }
    return list;
  }

  async records(range: MonthRange, scope?: string): Promise<RecordColumns> {
    const params: Params = { from: range.from, to: range.to };
    if (scope !== undefined) {
      const idx = await this.scopeIdx(scope);
      if (idx === null) return { length: 0, officeId: [], month: [], values: COUNT_FIELDS.map(() => []) };
      params.scope = idx;
    }
    const columns = await this.query(recordsSql(DUCKDB, scope !== undefined), params);
    return { length: rowsOf(columns), officeId: columns[0] as string[], month: columns[1] as number[], values: columns.slice(2) as (number | null)[][] };
  }

  async recordsJson(range: MonthRange, scope?: string): Promise<string> {
    const params: Params = { from: range.from, to: range.to };
    if (scope !== undefined) {
      const idx = await this.scopeIdx(scope);
      if (idx === null) return '{"records":[]}';
      params.scope = idx;
    }
    const [body] = await this.heavy.use(async (connection) =>
      (await connection.runAndReadAll(recordsJsonSql(DUCKDB, scope !== undefined), params)).getColumnsJS(),
    );
    return body![0] as string;
  }

  async monthSpan(): Promise<MonthRange | null> {
    const [lo, hi] = await this.query(monthSpanSql());
    const from = lo?.[0];
    return from === null || from === undefined ? null : { from: Number(from), to: Number(hi![0]) };
  }

  async rollup(scope: string, range: MonthRange): Promise<RollupGroup[]> {
    const idx = await this.scopeIdx(scope);
    if (idx === null) return [];
    const columns = await this.query(rollupSql(DUCKDB), { scope: idx, from: range.from, to: range.to });
    const groups: RollupGroup[] = [];
    for (let i = 0; i < rowsOf(columns); i++) {
      groups.push({
        target: columns[0]![i] as string,
        own: Boolean(columns[1]![i]),
        kind: columns[2]![i] as OfficeKind,
        mask: Number(columns[3]![i]),
        month: Number(columns[4]![i]),
        rows: Number(columns[5]![i]),
        values: COUNT_FIELDS.map((_, f) => columns[6 + f]![i] as number | null),
      });
    }
    return groups;
  }

  async regions(): Promise<RegionInfo[]> {
    const [id, name, parent, subtree] = await this.query(regionsSql());
    return (id ?? []).map((value, i) => ({
      id: value as string,
      name: name![i] as string,
      parentId: (parent![i] as string | null) ?? null,
      subtree: Number(subtree![i]),
    }));
  }

  async getDocument(key: string): Promise<StoredDocument | null> {
    return (await this.documentsWhere('key = $k', { k: key }))[0] ?? null;
  }

  listDocuments(prefix: string): Promise<StoredDocument[]> {
    return this.documentsWhere('starts_with(key, $p)', { p: prefix });
  }

  private async documentsWhere(where: string, params: Params): Promise<StoredDocument[]> {
    const [key, body, at, by] = await this.query(`SELECT key, body, updated_at, updated_by FROM documents WHERE ${where} ORDER BY key`, params);
    return (key ?? []).map((value, i) => ({ key: value as string, body: body![i] as string, updatedAt: at![i] as string, updatedBy: by![i] as string }));
  }

  async editorByTokenHash(tokenHash: string): Promise<Editor | null> {
    const [name, role] = await this.query('SELECT name, role FROM editors WHERE token_hash = $h', { h: tokenHash });
    return name?.length ? { name: name[0] as string, role: role![0] as Editor['role'], tokenHash } : null;
  }

  async editors(): Promise<Omit<Editor, 'tokenHash'>[]> {
    const [name, role] = await this.query('SELECT name, role FROM editors ORDER BY name');
    return (name ?? []).map((value, i) => ({ name: value as string, role: role![i] as Editor['role'] }));
  }
}

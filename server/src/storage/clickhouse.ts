import { COUNT_FIELDS, monthFromIndex, monthIndex, type Office, type OfficeKind } from '../../../src/domain';
import { recordsJson as wireRecordsJson } from '../wire';
import { presenceMask } from './mask';
import { Mutex } from './pool';
import { CLICKHOUSE, FIELD_COLUMNS, monthSpanSql, officesSql, recordsSql, regionsSql, rollupSql } from './sql';
import { pathsOf, withAdminCode, type IndexedOffice } from './tree';
import type { Editor, ImportLogEntry, ImportPlan, MonthRange, RecordColumns, RegionInfo, RollupGroup, Storage, StoredDocument } from './types';

/**
 * What the ClickHouse storage needs of a connection: the official client (@clickhouse/client) in
 * production, chDB (ClickHouse in-process) in the tests. Rows come back as arrays (JSONCompact).
 */
export interface ClickHouseExec {
  query(sql: string, params?: Record<string, string | number>): Promise<unknown[][]>;
  command(sql: string, params?: Record<string, string | number>): Promise<void>;
  /** Rows as arrays in the table's column order. */
  insert(table: string, rows: unknown[][]): Promise<void>;
  close(): Promise<void>;
}

const COUNTS_DDL = FIELD_COLUMNS.map((column) => `${column} Nullable(Float64)`).join(', ');
const RECORD_COLUMNS = `office, m, mask, import_id, ${FIELD_COLUMNS.join(', ')}`;

const SCHEMA = [
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

const str = (value: unknown) => (value === null || value === undefined ? null : String(value));

/**
 * The Storage on ClickHouse: the same tables and the same read SQL as DuckDB (storage/sql.ts, in
 * ClickHouse's spelling), so N stateless service instances can share one database or cluster.
 * What ClickHouse does not give: multi-statement transactions. An import is written in steps
 * (offices, undo copy, delete, insert, log) under one instance's lock; a failure half way leaves
 * it half applied, and docs/deploy.md says so. The data version is the count of writes, read from
 * the database, so every instance's cache agrees.
 */
export class ClickHouseStorage implements Storage {
  readonly kind = 'clickhouse' as const;
  private readonly writes = new Mutex();

  private constructor(private readonly db: ClickHouseExec) {}

  static async open(db: ClickHouseExec): Promise<ClickHouseStorage> {
    for (const statement of SCHEMA) await db.command(statement);
    return new ClickHouseStorage(db);
  }

  async version(): Promise<number> {
    const [[count] = [0]] = await this.db.query('SELECT count() FROM writes');
    return Number(count);
  }

  async officeCount(): Promise<number> {
    const [[count] = [0]] = await this.db.query('SELECT count() FROM offices');
    return Number(count);
  }

  private async scopeIdx(scope: string): Promise<number | null> {
    const rows = await this.db.query('SELECT idx FROM offices WHERE id = {id:String}', { id: scope });
    return rows.length ? Number(rows[0]![0]) : null;
  }

  async offices(scope?: string): Promise<Office[]> {
    const params: Record<string, number> = {};
    if (scope !== undefined) {
      const idx = await this.scopeIdx(scope);
      if (idx === null) return [];
      params.scope = idx;
    }
    const rows = await this.db.query(officesSql(CLICKHOUSE, scope !== undefined), params);
    return rows.map(([id, name, kind, parent, code]) =>
      withAdminCode({ id: String(id), name: String(name), kind: kind as OfficeKind, parentId: str(parent) }, code),
    );
  }

  async records(range: MonthRange, scope?: string): Promise<RecordColumns> {
    const params: Record<string, number> = { from: range.from, to: range.to };
    if (scope !== undefined) {
      const idx = await this.scopeIdx(scope);
      if (idx === null) return { length: 0, officeId: [], month: [], values: COUNT_FIELDS.map(() => []) };
      params.scope = idx;
    }
    const rows = await this.db.query(recordsSql(CLICKHOUSE, scope !== undefined), params);
    return {
      length: rows.length,
      officeId: rows.map((row) => String(row[0])),
      month: rows.map((row) => Number(row[1])),
      values: COUNT_FIELDS.map((_, f) => rows.map((row) => (row[2 + f] === null ? null : Number(row[2 + f])))),
    };
  }

  async recordsJson(range: MonthRange, scope?: string): Promise<string> {
    return wireRecordsJson(await this.records(range, scope));
  }

  async monthSpan(): Promise<MonthRange | null> {
    const [[lo, hi] = [null, null]] = await this.db.query(`SELECT if(count() = 0, NULL, min(m)), if(count() = 0, NULL, max(m)) FROM records`);
    void monthSpanSql;
    return lo === null || lo === undefined ? null : { from: Number(lo), to: Number(hi) };
  }

  async rollup(scope: string, range: MonthRange): Promise<RollupGroup[]> {
    const idx = await this.scopeIdx(scope);
    if (idx === null) return [];
    const rows = await this.db.query(rollupSql(CLICKHOUSE), { scope: idx, from: range.from, to: range.to });
    return rows.map((row) => ({
      target: String(row[0]),
      own: Number(row[1]) === 1,
      kind: row[2] as OfficeKind,
      mask: Number(row[3]),
      month: Number(row[4]),
      rows: Number(row[5]),
      values: COUNT_FIELDS.map((_, f) => (row[6 + f] === null ? null : Number(row[6 + f]))),
    }));
  }

  async regions(): Promise<RegionInfo[]> {
    const rows = await this.db.query(regionsSql());
    return rows.map(([id, name, parent, subtree]) => ({ id: String(id), name: String(name), parentId: str(parent), subtree: Number(subtree) }));
  }

  private async storedOffices(): Promise<IndexedOffice[]> {
    const rows = await this.db.query('SELECT idx, id, name, kind, parent_id, ord, admin_code FROM offices ORDER BY ord');
    return rows.map(([idx, id, name, kind, parent, ord, code]) =>
      withAdminCode({ idx: Number(idx), id: String(id), name: String(name), kind: kind as OfficeKind, parentId: str(parent), ord: Number(ord) }, code),
    );
  }

  private async writeOffices(list: IndexedOffice[]): Promise<void> {
    await this.db.command('TRUNCATE TABLE offices');
    await this.db.command('TRUNCATE TABLE paths');
    const byId = new Map(list.map((office) => [office.id, office]));
    await this.db.insert(
      'offices',
      list.map((office) => [
        office.idx,
        office.id,
        office.name,
        office.kind,
        office.parentId,
        office.parentId === null ? null : (byId.get(office.parentId)?.idx ?? null),
        office.ord,
        office.adminCode ?? null,
      ]),
    );
    const paths = pathsOf(list);
    await this.db.insert(
      'paths',
      Array.from(paths.office, (office, i) => [office, paths.ancestor[i]!]),
    );
  }

  async applyImport(plan: ImportPlan): Promise<ImportLogEntry> {
    return this.writes.run(async () => {
      const [[last] = [0]] = await this.db.query('SELECT max(id) FROM imports');
      const importId = Number(last ?? 0) + 1;
      const stored = await this.storedOffices();
      let list = stored;
      let removed: number[] = [];
      if (plan.offices) {
        await this.db.command(`INSERT INTO undo_offices SELECT ${importId}, idx, id, name, kind, parent_id, parent_idx, ord, admin_code FROM offices`);
        const byId = new Map(stored.map((office) => [office.id, office]));
        let nextIdx = stored.reduce((max, office) => Math.max(max, office.idx), -1) + 1;
        if (plan.offices.mode === 'replace') {
          const kept = new Set(plan.offices.list.map((office) => office.id));
          list = plan.offices.list.map((office, ord) => ({ ...office, idx: byId.get(office.id)?.idx ?? nextIdx++, ord }));
          removed = stored.filter((office) => !kept.has(office.id)).map((office) => office.idx);
        } else {
          list = stored.map((office) => ({ ...office }));
          let ord = list.reduce((max, office) => Math.max(max, office.ord), -1) + 1;
          for (const office of plan.offices.list) {
            const at = list.findIndex((item) => item.id === office.id);
            if (at < 0) list.push({ ...office, idx: nextIdx++, ord: ord++ });
            else list[at] = { ...office, idx: list[at]!.idx, ord: list[at]!.ord };
          }
        }
        await this.writeOffices(list);
      }
      const idxOf = new Map(list.map((office) => [office.id, office.idx]));
      const months = plan.months.length ? plan.months.join(', ') : 'NULL';
      const scope = plan.scope === 'all' ? null : plan.scope.map((id) => idxOf.get(id)).filter((idx): idx is number => idx !== undefined);
      const inScope = scope ? `AND office IN (${scope.length ? scope.join(', ') : 'NULL'})` : '';
      const replaced = `((m IN (${months}) ${inScope}) ${removed.length ? `OR office IN (${removed.join(', ')})` : ''})`;
      await this.db.command(`INSERT INTO undo_records SELECT ${importId}, ${RECORD_COLUMNS} FROM records WHERE ${replaced}`);
      await this.db.command(`DELETE FROM records WHERE ${replaced}`);
      await this.db.insert(
        'records',
        plan.records.map((record) => [
          idxOf.get(record.officeId)!,
          monthIndex(record.month),
          presenceMask(record),
          importId,
          ...COUNT_FIELDS.map((field) => record[field] ?? null),
        ]),
      );
      const entry: ImportLogEntry = {
        id: importId,
        at: new Date().toISOString(),
        who: plan.who,
        origin: plan.origin,
        files: plan.files,
        recordsWritten: plan.records.length,
        rowsLeftOut: plan.rowsLeftOut,
        officesWritten: plan.offices?.list.length ?? 0,
        months: plan.months.map(monthFromIndex),
        state: 'applied',
      };
      await this.insertLog(entry, plan.offices !== null);
      await this.db.command('INSERT INTO writes (at) VALUES (now64(3))');
      return entry;
    });
  }

  private insertLog(entry: ImportLogEntry, snapshot: boolean): Promise<void> {
    return this.db.insert('imports', [
      [
        entry.id,
        entry.at,
        entry.who,
        entry.origin,
        JSON.stringify(entry.files),
        entry.recordsWritten,
        entry.rowsLeftOut,
        entry.officesWritten,
        JSON.stringify(entry.months),
        entry.state,
        entry.undoneAt ?? null,
        entry.undoneBy ?? null,
        snapshot ? 1 : 0,
      ],
    ]);
  }

  async undoLastImport(who: string): Promise<ImportLogEntry | null> {
    return this.writes.run(async () => {
      const rows = await this.db.query(`SELECT id, offices_snapshot FROM imports WHERE state = 'applied' ORDER BY id DESC LIMIT 1`);
      if (!rows.length) return null;
      const id = Number(rows[0]![0]);
      await this.db.command(`DELETE FROM records WHERE import_id = ${id}`);
      await this.db.command(`INSERT INTO records SELECT ${RECORD_COLUMNS} FROM undo_records WHERE undo_of = ${id}`);
      if (Number(rows[0]![1]) === 1) {
        const offices = await this.db.query(`SELECT idx, id, name, kind, parent_id, ord, admin_code FROM undo_offices WHERE undo_of = ${id} ORDER BY ord`);
        await this.writeOffices(
          offices.map(([idx, officeId, name, kind, parent, ord, code]) =>
            withAdminCode(
              { idx: Number(idx), id: String(officeId), name: String(name), kind: kind as OfficeKind, parentId: str(parent), ord: Number(ord) },
              code,
            ),
          ),
        );
      }
      await this.db.command(`DELETE FROM undo_records WHERE undo_of = ${id}`);
      await this.db.command(`DELETE FROM undo_offices WHERE undo_of = ${id}`);
      await this.db.command(
        `ALTER TABLE imports UPDATE state = 'undone', undone_at = {at:String}, undone_by = {who:String} WHERE id = ${id} SETTINGS mutations_sync = 2`,
        { at: new Date().toISOString(), who },
      );
      await this.db.command('INSERT INTO writes (at) VALUES (now64(3))');
      return (await this.importLog()).find((entry) => entry.id === id) ?? null;
    });
  }

  async importLog(): Promise<ImportLogEntry[]> {
    const rows = await this.db.query(
      'SELECT id, logged_at, who, origin, files, records_written, rows_left_out, offices_written, months, state, undone_at, undone_by FROM imports ORDER BY id',
    );
    return rows.map(([id, at, who, origin, files, written, leftOut, offices, months, state, undoneAt, undoneBy]) => ({
      id: Number(id),
      at: String(at),
      who: String(who),
      origin: String(origin),
      files: JSON.parse(String(files)) as ImportLogEntry['files'],
      recordsWritten: Number(written),
      rowsLeftOut: Number(leftOut),
      officesWritten: Number(offices),
      months: JSON.parse(String(months)) as string[],
      state: state as ImportLogEntry['state'],
      ...(undoneAt ? { undoneAt: String(undoneAt), undoneBy: String(undoneBy) } : {}),
    }));
  }

  async appendHistory(entries: ImportLogEntry[]): Promise<void> {
    await this.writes.run(async () => {
      const [[last] = [0]] = await this.db.query('SELECT max(id) FROM imports');
      let id = Number(last ?? 0);
      for (const entry of entries) await this.insertLog({ ...entry, id: ++id, state: entry.state === 'applied' ? 'restored' : entry.state }, false);
      await this.db.command('INSERT INTO writes (at) VALUES (now64(3))');
    });
  }

  async getDocument(key: string): Promise<StoredDocument | null> {
    return (await this.documentsWhere('key = {k:String}', { k: key }))[0] ?? null;
  }

  listDocuments(prefix: string): Promise<StoredDocument[]> {
    return this.documentsWhere('startsWith(key, {p:String})', { p: prefix });
  }

  private async documentsWhere(where: string, params: Record<string, string>): Promise<StoredDocument[]> {
    const rows = await this.db.query(`SELECT key, body, updated_at, updated_by FROM documents WHERE ${where} ORDER BY key`, params);
    return rows.map(([key, body, at, by]) => ({ key: String(key), body: String(body), updatedAt: String(at), updatedBy: String(by) }));
  }

  async putDocument(key: string, body: string | null, who: string): Promise<void> {
    await this.writes.run(async () => {
      await this.db.command('DELETE FROM documents WHERE key = {k:String}', { k: key });
      if (body !== null) await this.db.insert('documents', [[key, body, new Date().toISOString(), who]]);
      await this.db.command('INSERT INTO writes (at) VALUES (now64(3))');
    });
  }

  async addEditor(editor: Editor): Promise<void> {
    await this.writes.run(async () => {
      await this.db.command('DELETE FROM editors WHERE name = {n:String}', { n: editor.name });
      await this.db.insert('editors', [[editor.name, editor.role, editor.tokenHash]]);
    });
  }

  async editorByTokenHash(tokenHash: string): Promise<Editor | null> {
    const rows = await this.db.query('SELECT name, role FROM editors WHERE token_hash = {h:String}', { h: tokenHash });
    return rows.length ? { name: String(rows[0]![0]), role: rows[0]![1] as Editor['role'], tokenHash } : null;
  }

  async editors(): Promise<Omit<Editor, 'tokenHash'>[]> {
    const rows = await this.db.query('SELECT name, role FROM editors ORDER BY name');
    return rows.map(([name, role]) => ({ name: String(name), role: role as Editor['role'] }));
  }

  close(): Promise<void> {
    return this.db.close();
  }
}

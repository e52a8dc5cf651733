import { DuckDBInstance, type DuckDBConnection, type DuckDBValue } from '@duckdb/node-api';
import { COUNT_FIELDS, monthFromIndex, monthIndex, type Office, type OfficeKind } from '../../../src/domain';
import { Mutex, Pool } from './pool';
import { DUCKDB, FIELD_COLUMNS, monthSpanSql, officesSql, recordsJsonSql, recordsSql, regionsSql, rollupSql } from './sql';
import { pathsOf, withAdminCode, type IndexedOffice } from './tree';
import type { Editor, ImportLogEntry, ImportPlan, MonthRange, RecordColumns, RegionInfo, RollupGroup, Storage, StoredDocument } from './types';
import { presenceMask } from './mask';

const COUNTS_DDL = FIELD_COLUMNS.map((column) => `${column} DOUBLE`).join(', ');
const RECORD_COLUMNS = `office, m, mask, import_id, ${FIELD_COLUMNS.join(', ')}`;

const SCHEMA = [
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

type Params = Record<string, DuckDBValue>;

/**
 * Reads run on a few connections side by side; writes on one, one transaction at a time. A
 * subtree's records (tens of MB of JSON) get connections of their own, so that capabilities,
 * offices and roll-ups never queue behind them.
 */
const READERS = 4;
const HEAVY_READERS = 2;

export interface DuckDbOptions {
  /** A database file, or ':memory:'. */
  path: string;
}

export async function openDuckDb(options: DuckDbOptions): Promise<DuckDbStorage> {
  const instance = await DuckDBInstance.create(options.path);
  const writer = await instance.connect();
  for (const statement of SCHEMA) await writer.run(statement);
  const readers: DuckDBConnection[] = [];
  for (let i = 0; i < READERS + HEAVY_READERS; i++) readers.push(await instance.connect());
  const storage = new DuckDbStorage(instance, writer, readers);
  await storage.loadVersion();
  return storage;
}

function rowsOf(columns: unknown[][]): number {
  return columns[0]?.length ?? 0;
}

export class DuckDbStorage implements Storage {
  readonly kind = 'duckdb' as const;
  private readonly pool: Pool<DuckDBConnection>;
  private readonly heavy: Pool<DuckDBConnection>;
  private readonly writes = new Mutex();
  private dataVersion = 0;

  constructor(
    private readonly instance: DuckDBInstance,
    private readonly writer: DuckDBConnection,
    private readonly readers: DuckDBConnection[],
  ) {
    this.pool = new Pool(readers.slice(0, READERS));
    this.heavy = new Pool(readers.slice(READERS));
  }

  /** Column arrays of a read query. */
  async query(sql: string, params?: Params): Promise<unknown[][]> {
    return this.pool.use(async (connection) => (await connection.runAndReadAll(sql, params)).getColumnsJS() as unknown[][]);
  }

  private async queryOnWriter(sql: string, params?: Params): Promise<unknown[][]> {
    return (await this.writer.runAndReadAll(sql, params)).getColumnsJS() as unknown[][];
  }

  async loadVersion(): Promise<void> {
    const [values] = await this.queryOnWriter(`SELECT value FROM meta WHERE key = 'version'`);
    this.dataVersion = values?.length ? Number(values[0]) : 0;
  }

  async version(): Promise<number> {
    return this.dataVersion;
  }

  private async bumpVersion(): Promise<void> {
    this.dataVersion++;
    await this.writer.run(`DELETE FROM meta WHERE key = 'version'`);
    await this.writer.run(`INSERT INTO meta VALUES ('version', $v)`, { v: String(this.dataVersion) });
  }

  async officeCount(): Promise<number> {
    const [count] = await this.query('SELECT count(*) FROM offices');
    return Number(count?.[0] ?? 0);
  }

  private async scopeIdx(scope: string): Promise<number | null> {
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

  /** Runs `work` in one transaction on the writer; a failure rolls everything back. */
  private transaction<R>(work: () => Promise<R>): Promise<R> {
    return this.writes.run(async () => {
      await this.writer.run('BEGIN TRANSACTION');
      try {
        const result = await work();
        await this.bumpVersion();
        await this.writer.run('COMMIT');
        return result;
      } catch (error) {
        await this.writer.run('ROLLBACK');
        await this.loadVersion();
        throw error;
      }
    });
  }

  private async storedOffices(): Promise<IndexedOffice[]> {
    const [idx, id, name, kind, parent, ord, code] = await this.queryOnWriter(
      'SELECT idx, id, name, kind, parent_id, ord, admin_code FROM offices ORDER BY ord',
    );
    return (idx ?? []).map((value, i) =>
      withAdminCode(
        {
          idx: Number(value),
          id: id![i] as string,
          name: name![i] as string,
          kind: kind![i] as OfficeKind,
          parentId: (parent![i] as string | null) ?? null,
          ord: Number(ord![i]),
        },
        code![i],
      ),
    );
  }

  private async writeOffices(list: IndexedOffice[]): Promise<void> {
    await this.writer.run('DELETE FROM offices');
    await this.writer.run('DELETE FROM paths');
    const byId = new Map(list.map((office) => [office.id, office]));
    const offices = await this.writer.createAppender('offices');
    for (const office of list) {
      offices.appendInteger(office.idx);
      offices.appendVarchar(office.id);
      offices.appendVarchar(office.name);
      offices.appendVarchar(office.kind);
      if (office.parentId === null) offices.appendNull();
      else offices.appendVarchar(office.parentId);
      const parent = office.parentId === null ? undefined : byId.get(office.parentId);
      if (parent) offices.appendInteger(parent.idx);
      else offices.appendNull();
      offices.appendInteger(office.ord);
      if (office.adminCode === undefined) offices.appendNull();
      else offices.appendVarchar(office.adminCode);
      offices.endRow();
    }
    offices.closeSync();
    const paths = pathsOf(list);
    const appender = await this.writer.createAppender('paths');
    for (let i = 0; i < paths.office.length; i++) {
      appender.appendInteger(paths.office[i]!);
      appender.appendInteger(paths.ancestor[i]!);
      appender.endRow();
    }
    appender.closeSync();
  }

  /** The offices after an import: ids kept keep their idx, so their records stay theirs. */
  private nextOffices(stored: IndexedOffice[], change: NonNullable<ImportPlan['offices']>): { list: IndexedOffice[]; removed: number[] } {
    const byId = new Map(stored.map((office) => [office.id, office]));
    let nextIdx = stored.reduce((max, office) => Math.max(max, office.idx), -1) + 1;
    if (change.mode === 'replace') {
      const kept = new Set(change.list.map((office) => office.id));
      const list = change.list.map((office, ord) => ({ ...office, idx: byId.get(office.id)?.idx ?? nextIdx++, ord }));
      return { list, removed: stored.filter((office) => !kept.has(office.id)).map((office) => office.idx) };
    }
    const list = stored.map((office) => ({ ...office }));
    const position = new Map(list.map((office, i) => [office.id, i]));
    let ord = list.reduce((max, office) => Math.max(max, office.ord), -1) + 1;
    for (const office of change.list) {
      const at = position.get(office.id);
      if (at === undefined) {
        position.set(office.id, list.length);
        list.push({ ...office, idx: nextIdx++, ord: ord++ });
      } else list[at] = { ...office, idx: list[at]!.idx, ord: list[at]!.ord };
    }
    return { list, removed: [] };
  }

  async applyImport(plan: ImportPlan): Promise<ImportLogEntry> {
    return this.transaction(async () => {
      const [ids] = await this.queryOnWriter('SELECT coalesce(max(id), 0) + 1 FROM imports');
      const importId = Number(ids![0]);
      const stored = await this.storedOffices();
      let officeList = stored;
      let removed: number[] = [];
      if (plan.offices) {
        await this.writer.run(`INSERT INTO undo_offices SELECT $u, idx, id, name, kind, parent_id, parent_idx, ord, admin_code FROM offices`, { u: importId });
        ({ list: officeList, removed } = this.nextOffices(stored, plan.offices));
        await this.writeOffices(officeList);
      }
      const idxOf = new Map(officeList.map((office) => [office.id, office.idx]));

      // The rows replaced: the scope's records of the months covered, and every record of an office removed.
      await this.writer.run('DELETE FROM stage_scope');
      const scopeIdx = plan.scope === 'all' ? null : plan.scope.map((id) => idxOf.get(id)).filter((idx): idx is number => idx !== undefined);
      if (scopeIdx) {
        const appender = await this.writer.createAppender('stage_scope', null, 'temp');
        for (const idx of scopeIdx) {
          appender.appendInteger(idx);
          appender.endRow();
        }
        appender.closeSync();
      }
      const months = plan.months.length ? plan.months.join(', ') : 'NULL';
      const inScope = scopeIdx ? 'AND office IN (SELECT idx FROM stage_scope)' : '';
      const removedList = removed.length ? `OR office IN (${removed.join(', ')})` : '';
      const replaced = `(m IN (${months}) ${inScope}) ${removedList}`;
      await this.writer.run(`INSERT INTO undo_records SELECT $u, ${RECORD_COLUMNS} FROM records WHERE ${replaced}`, { u: importId });
      await this.writer.run(`DELETE FROM records WHERE ${replaced}`);

      await this.writer.run('DELETE FROM stage_records');
      const appender = await this.writer.createAppender('stage_records', null, 'temp');
      for (const record of plan.records) {
        const idx = idxOf.get(record.officeId);
        if (idx === undefined) throw new Error(`record of an office not stored: ${record.officeId}`);
        appender.appendInteger(idx);
        appender.appendInteger(monthIndex(record.month));
        appender.appendInteger(presenceMask(record));
        appender.appendInteger(importId);
        for (const field of COUNT_FIELDS) {
          const value = record[field];
          if (value === undefined || value === null) appender.appendNull();
          else appender.appendDouble(value);
        }
        appender.endRow();
      }
      appender.closeSync();
      await this.writer.run(`INSERT INTO records SELECT * FROM stage_records`);
      await this.writer.run('DELETE FROM stage_records');

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
      await this.writer.run(`INSERT INTO imports VALUES ($id, $at, $who, $origin, $files, $rw, $lo, $ow, $months, 'applied', NULL, NULL, $snap)`, {
        id: importId,
        at: entry.at,
        who: entry.who,
        origin: entry.origin,
        files: JSON.stringify(entry.files),
        rw: entry.recordsWritten,
        lo: entry.rowsLeftOut,
        ow: entry.officesWritten,
        months: JSON.stringify(entry.months),
        snap: plan.offices !== null,
      });
      return entry;
    });
  }

  async undoLastImport(who: string): Promise<ImportLogEntry | null> {
    return this.transaction(async () => {
      const [ids, snapshots] = await this.queryOnWriter(`SELECT id, offices_snapshot FROM imports WHERE state = 'applied' ORDER BY id DESC LIMIT 1`);
      if (!ids?.length) return null;
      const id = Number(ids[0]);
      await this.writer.run('DELETE FROM records WHERE import_id = $u', { u: id });
      await this.writer.run(`INSERT INTO records SELECT ${RECORD_COLUMNS} FROM undo_records WHERE undo_of = $u`, { u: id });
      if (snapshots![0]) {
        const [idx, officeId, name, kind, parent, ord, code] = await this.queryOnWriter(
          'SELECT idx, id, name, kind, parent_id, ord, admin_code FROM undo_offices WHERE undo_of = $u ORDER BY ord',
          { u: id },
        );
        const list = (idx ?? []).map((value, i) =>
          withAdminCode(
            {
              idx: Number(value),
              id: officeId![i] as string,
              name: name![i] as string,
              kind: kind![i] as OfficeKind,
              parentId: (parent![i] as string | null) ?? null,
              ord: Number(ord![i]),
            },
            code![i],
          ),
        );
        await this.writeOffices(list);
      }
      await this.writer.run('DELETE FROM undo_records WHERE undo_of = $u', { u: id });
      await this.writer.run('DELETE FROM undo_offices WHERE undo_of = $u', { u: id });
      const at = new Date().toISOString();
      await this.writer.run(`UPDATE imports SET state = 'undone', undone_at = $at, undone_by = $who WHERE id = $u`, { at, who, u: id });
      return (await this.logEntries(`WHERE id = ${id}`, true))[0] ?? null;
    });
  }

  private async logEntries(where: string, onWriter = false): Promise<ImportLogEntry[]> {
    const sql = `SELECT id, logged_at, who, origin, files, records_written, rows_left_out, offices_written, months, state, undone_at, undone_by FROM imports ${where} ORDER BY id`;
    const columns = onWriter ? await this.queryOnWriter(sql) : await this.query(sql);
    const [id, at, who, origin, files, written, leftOut, offices, months, state, undoneAt, undoneBy] = columns;
    return (id ?? []).map((value, i) => ({
      id: Number(value),
      at: at![i] as string,
      who: who![i] as string,
      origin: origin![i] as string,
      files: JSON.parse(files![i] as string) as ImportLogEntry['files'],
      recordsWritten: Number(written![i]),
      rowsLeftOut: Number(leftOut![i]),
      officesWritten: Number(offices![i]),
      months: JSON.parse(months![i] as string) as string[],
      state: state![i] as ImportLogEntry['state'],
      ...(undoneAt![i] ? { undoneAt: undoneAt![i] as string, undoneBy: undoneBy![i] as string } : {}),
    }));
  }

  async appendHistory(entries: ImportLogEntry[]): Promise<void> {
    await this.transaction(async () => {
      const [ids] = await this.queryOnWriter('SELECT coalesce(max(id), 0) FROM imports');
      let id = Number(ids![0]);
      for (const entry of entries) {
        await this.writer.run(`INSERT INTO imports VALUES ($id, $at, $who, $origin, $files, $rw, $lo, $ow, $months, $state, $ua, $ub, false)`, {
          id: ++id,
          at: entry.at,
          who: entry.who,
          origin: entry.origin,
          files: JSON.stringify(entry.files),
          rw: entry.recordsWritten,
          lo: entry.rowsLeftOut,
          ow: entry.officesWritten,
          months: JSON.stringify(entry.months),
          // History: shown as it was, never undone again from here.
          state: entry.state === 'applied' ? 'restored' : entry.state,
          ua: entry.undoneAt ?? null,
          ub: entry.undoneBy ?? null,
        });
      }
    });
  }

  importLog(): Promise<ImportLogEntry[]> {
    return this.logEntries('');
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

  async putDocument(key: string, body: string | null, who: string): Promise<void> {
    await this.transaction(async () => {
      await this.writer.run('DELETE FROM documents WHERE key = $k', { k: key });
      if (body !== null) await this.writer.run('INSERT INTO documents VALUES ($k, $b, $at, $who)', { k: key, b: body, at: new Date().toISOString(), who });
    });
  }

  async addEditor(editor: Editor): Promise<void> {
    await this.transaction(async () => {
      await this.writer.run('DELETE FROM editors WHERE name = $n', { n: editor.name });
      await this.writer.run('INSERT INTO editors VALUES ($n, $r, $h)', { n: editor.name, r: editor.role, h: editor.tokenHash });
    });
  }

  async editorByTokenHash(tokenHash: string): Promise<Editor | null> {
    const [name, role] = await this.query('SELECT name, role FROM editors WHERE token_hash = $h', { h: tokenHash });
    return name?.length ? { name: name[0] as string, role: role![0] as Editor['role'], tokenHash } : null;
  }

  async editors(): Promise<Omit<Editor, 'tokenHash'>[]> {
    const [name, role] = await this.query('SELECT name, role FROM editors ORDER BY name');
    return (name ?? []).map((value, i) => ({ name: value as string, role: role![i] as Editor['role'] }));
  }

  /** For the benchmark: the floor table, each record with its child of `scope` already there. */
  async buildFloorTable(scope: string): Promise<void> {
    const idx = await this.scopeIdx(scope);
    await this.writes.run(async () => {
      await this.writer.run('DROP TABLE IF EXISTS records_flat');
      await this.writer.run(
        `CREATE TABLE records_flat AS SELECT c.id AS child, o.kind AS kind, r.mask AS mask, r.m AS m, ${FIELD_COLUMNS.map((c) => `r.${c}`).join(', ')}
         FROM records r JOIN paths p ON p.office = r.office JOIN offices c ON c.idx = p.ancestor JOIN offices o ON o.idx = r.office
         WHERE c.parent_idx = $s`,
        { s: idx },
      );
    });
  }

  async close(): Promise<void> {
    await this.writes.run(async () => undefined);
    for (const reader of this.readers) reader.closeSync();
    this.writer.closeSync();
    this.instance.closeSync();
  }
}

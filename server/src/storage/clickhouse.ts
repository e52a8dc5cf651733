import { COUNT_FIELDS, monthFromIndex, monthIndex, type Office, type OfficeKind } from '../../../src/domain';
import { recordsJson as wireRecordsJson } from '../wire';
import { presenceMask } from './mask';
import { Mutex } from './pool';
import { CLICKHOUSE_SCHEMA } from './clickhouseSchema';
import { ClickHouseDocuments, type ClickHouseExec } from './clickhouseDocuments';
import { CLICKHOUSE, RECORD_COLUMNS, monthSpanSql, officesSql, recordsSql, regionsSql, rollupSql } from './sql';
import { mergeOffices, pathsOf, withAdminCode, type IndexedOffice } from './tree';
import type { Editor, ImportLogEntry, ImportPlan, MonthRange, RecordColumns, RegionInfo, RollupGroup, Storage } from './types';

export type { ClickHouseExec } from './clickhouseDocuments';

const str = (value: unknown) => (value === null || value === undefined ? null : String(value));

/**
 * The Storage on ClickHouse: the same tables and the same read SQL as DuckDB (storage/sql.ts, in
 * ClickHouse's spelling), so N stateless service instances can share one database or cluster.
 * What ClickHouse does not give: multi-statement transactions. An import is written in steps
 * (offices, undo copy, delete, insert, log) under one instance's lock; a failure half way leaves
 * it half applied, and docs/deploy.md says so. The data version is the count of writes, read from
 * the database, so every instance's cache agrees.
 */
export class ClickHouseStorage extends ClickHouseDocuments implements Storage {
  readonly kind = 'clickhouse' as const;
  private readonly writes = new Mutex();

  private constructor(db: ClickHouseExec) {
    super(db);
  }

  static async open(db: ClickHouseExec): Promise<ClickHouseStorage> {
    for (const statement of CLICKHOUSE_SCHEMA) await db.command(statement);
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
        ({ list, removed } = mergeOffices(stored, plan.offices));
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

  close(): Promise<void> {
    return this.db.close();
  }
}

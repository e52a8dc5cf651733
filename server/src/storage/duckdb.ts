import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { COUNT_FIELDS, monthFromIndex, monthIndex, type OfficeKind } from '../../../src/domain';
import { Mutex } from './pool';
import { FIELD_COLUMNS, RECORD_COLUMNS } from './sql';
import { DUCKDB_SCHEMA } from './duckdbSchema';
import { mergeOffices, pathsOf, withAdminCode, type IndexedOffice } from './tree';
import type { Editor, ImportLogEntry, ImportPlan, Storage } from './types';
import { presenceMask } from './mask';
import { DuckDbReads, READERS } from './duckdbReads';

/**
 * Reads run on a few connections side by side; writes on one, one transaction at a time. A
 * subtree's records (tens of MB of JSON) get connections of their own, so that capabilities,
 * offices and roll-ups never queue behind them.
 */
const HEAVY_READERS = 2;

export interface DuckDbOptions {
  /** A database file, or ':memory:'. */
  path: string;
}

export async function openDuckDb(options: DuckDbOptions): Promise<DuckDbStorage> {
  const instance = await DuckDBInstance.create(options.path);
  const writer = await instance.connect();
  for (const statement of DUCKDB_SCHEMA) await writer.run(statement);
  const readers: DuckDBConnection[] = [];
  for (let i = 0; i < READERS + HEAVY_READERS; i++) readers.push(await instance.connect());
  const storage = new DuckDbStorage(instance, writer, readers);
  await storage.loadVersion();
  return storage;
}

export class DuckDbStorage extends DuckDbReads implements Storage {
  private readonly writes = new Mutex();

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

  async applyImport(plan: ImportPlan): Promise<ImportLogEntry> {
    return this.transaction(async () => {
      const [ids] = await this.queryOnWriter('SELECT coalesce(max(id), 0) + 1 FROM imports');
      const importId = Number(ids![0]);
      const stored = await this.storedOffices();
      let officeList = stored;
      let removed: number[] = [];
      if (plan.offices) {
        await this.writer.run(`INSERT INTO undo_offices SELECT $u, idx, id, name, kind, parent_id, parent_idx, ord, admin_code FROM offices`, { u: importId });
        ({ list: officeList, removed } = mergeOffices(stored, plan.offices));
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

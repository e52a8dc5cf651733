import type { Editor, StoredDocument } from './types';

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

/** The ClickHouse store's reads of its small documents (the scheme, bulletin edits) and of its editors; ClickHouseStorage writes them. */
export abstract class ClickHouseDocuments {
  constructor(protected readonly db: ClickHouseExec) {}

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

  async editorByTokenHash(tokenHash: string): Promise<Editor | null> {
    const rows = await this.db.query('SELECT name, role FROM editors WHERE token_hash = {h:String}', { h: tokenHash });
    return rows.length ? { name: String(rows[0]![0]), role: rows[0]![1] as Editor['role'], tokenHash } : null;
  }

  async editors(): Promise<Omit<Editor, 'tokenHash'>[]> {
    const rows = await this.db.query('SELECT name, role FROM editors ORDER BY name');
    return rows.map(([name, role]) => ({ name: String(name), role: role as Editor['role'] }));
  }
}

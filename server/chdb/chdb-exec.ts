import type { Session } from 'chdb';
import type { ClickHouseExec } from '../src/storage/clickhouse';

type Params = Record<string, string | number>;

/** chDB (ClickHouse in-process) as the ClickHouse storage's connection: the same SQL, the same query parameters. */
export function chdbExec(session: Session): ClickHouseExec {
  const run = (sql: string, params: Params | undefined, format?: string): string =>
    String(params && Object.keys(params).length ? session.queryBind(sql, params, format ?? 'CSV') : session.query(sql, format ?? 'CSV'));
  return {
    async query(sql, params) {
      const text = run(sql, params, 'JSONCompact');
      return text.trim() ? ((JSON.parse(text) as { data: unknown[][] }).data ?? []) : [];
    },
    async command(sql, params) {
      run(sql, params);
    },
    async insert(table, rows) {
      if (rows.length === 0) return;
      session.query(`INSERT INTO ${table} FORMAT JSONCompactEachRow ${rows.map((row) => JSON.stringify(row)).join('\n')}\n`);
    },
    async close() {
      session.cleanup();
    },
  };
}

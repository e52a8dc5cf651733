import type { ClickHouseClient } from '@clickhouse/client';
import type { ClickHouseExec } from './clickhouse';

/** The official client as the storage's connection: parameters travel as ClickHouse query parameters, never spliced. */
export function clientExec(client: ClickHouseClient): ClickHouseExec {
  return {
    async query(sql, params) {
      const result = await client.query({ query: sql, query_params: params, format: 'JSONCompact' });
      return ((await result.json()) as { data: unknown[][] }).data;
    },
    async command(sql, params) {
      await client.command({ query: sql, query_params: params, clickhouse_settings: { mutations_sync: '2' } });
    },
    async insert(table, rows) {
      if (rows.length === 0) return;
      await client.insert({ table, values: rows, format: 'JSONCompactEachRow' });
    },
    close: () => client.close(),
  };
}

// The part of chDB's API (npm `chdb`, ~540 MB, installed only by `npm run test:clickhouse`) that
// server/chdb uses, so `npm run test:server` type-checks that folder on a clean clone without it.
// `npm run test:clickhouse` type-checks the same files against the real package
// (server/chdb/tsconfig.json), which catches any drift of this declaration.
export declare class Session {
  constructor(path?: string);
  query(query: string, format?: string): string;
  queryBind(query: string, args: object, format?: string): string;
  cleanup(): void;
}

import type { Locale } from '../domain/locale';

export type DataSourceConfig =
  | { type: 'http'; baseUrl: string; timeoutMs?: number }
  | { type: 'mock'; scenario?: string; seed?: number };

/** config.json, served beside index.html so one build serves any backend. */
export interface AppConfig {
  title: string;
  /** The issuing organisation named under the bulletin's title (e.g. 某某县政务服务管理局). */
  issuer?: string;
  dataSource: DataSourceConfig;
  refreshSeconds: number;
  locale: Locale;
  /** When false (the default), nothing in the URL can switch the data source. */
  allowUrlOverride: boolean;
}

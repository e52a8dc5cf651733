import type { Locale } from '../domain/locale';

export type DataSourceConfig =
  { type: 'http'; baseUrl: string; timeoutMs?: number } | { type: 'mock'; scenario?: string; seed?: number; outage?: MockOutageSeconds };

/** The demo's outage scenario on a shorter clock (?outage=10,25: down 10 s, then up 25 s, in turn). */
export interface MockOutageSeconds {
  downSeconds: number;
  upSeconds: number;
}

/**
 * Who signs a bulletin: a template with {region} (`{region}政务服务管理局`), a plain name (the
 * deployment's own level only), or a map by region id with "*" for the others (scopeTitles.ts).
 */
export type IssuerConfig = string | Readonly<Record<string, string>>;

/** config.json, served beside index.html so one build serves any backend. */
export interface AppConfig {
  /** The heading of every screen; {region} is the scope's region (scopeTitles.ts). */
  title: string;
  /** The issuing organisation (发文机关) of the bulletin; see IssuerConfig. */
  issuer?: IssuerConfig;
  dataSource: DataSourceConfig;
  refreshSeconds: number;
  locale: Locale;
  /** When false (the default), nothing in the URL can switch the data source. */
  allowUrlOverride: boolean;
  /**
   * The map page's boundaries (GeoJSON) per region, as config.json wrote it; read and checked by
   * readMapConfig (mapConfig.ts) when the map page opens. Without it the map draws tiles.
   */
  map?: unknown;
}

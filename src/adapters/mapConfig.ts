import { describeValue, isPlainObject } from './validate/describe';

/**
 * Where the map page's boundaries come from for one region: a GeoJSON file (FeatureCollection of
 * Polygon / MultiPolygon features, one per township or county) on the app's own origin, and which
 * feature properties hold the 行政区划代码 and the name when they are not among the usual ones
 * (geo/features.ts lists those).
 */
export interface MapSource {
  url: string;
  codeProperty?: string;
  nameProperty?: string;
}

/**
 * config.json's `map`: one source for the deployment's own level (its root region), and one per
 * region id for the levels below it (a prefecture's deployment drilling into a county).
 */
export interface MapConfig {
  root?: MapSource;
  byRegion: Readonly<Record<string, MapSource>>;
}

const MAX_URL_LENGTH = 500;
const MAX_PROPERTY_LENGTH = 64;
const RESERVED_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * A path beside index.html (maps/qinglan.geojson) or an http(s) URL: the Content-Security-Policy
 * lets the app fetch only its own origin, which deploy-map.md says; a URL with credentials, a
 * script or data URL is refused here.
 */
function readUrl(raw: unknown, where: string, problems: string[]): string | undefined {
  if (typeof raw !== 'string' || raw.trim() === '') {
    problems.push(`${where} must be the path or URL of a GeoJSON file, got ${describeValue(raw)}; ignored`);
    return undefined;
  }
  const url = raw.trim();
  if (url.length > MAX_URL_LENGTH) {
    problems.push(`${where} is longer than ${MAX_URL_LENGTH} characters; ignored`);
    return undefined;
  }
  let parsed: URL;
  try {
    parsed = new URL(url, 'http://config.invalid/');
  } catch {
    problems.push(`${where} is not a path or URL: ${describeValue(url)}; ignored`);
    return undefined;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    problems.push(`${where} must be a path or an http(s) URL, got ${describeValue(url)}; ignored`);
    return undefined;
  }
  if (parsed.username || parsed.password) {
    problems.push(`${where} must not carry a user name or password; ignored`);
    return undefined;
  }
  return url;
}

function readProperty(raw: unknown, where: string, problems: string[]): string | undefined {
  if (raw === undefined) return undefined;
  if (typeof raw === 'string' && raw.trim() !== '' && raw.length <= MAX_PROPERTY_LENGTH) return raw.trim();
  problems.push(`${where} must be the name of a feature property, got ${describeValue(raw)}; ignored`);
  return undefined;
}

function readSource(raw: unknown, where: string, problems: string[]): MapSource | undefined {
  if (typeof raw === 'string') {
    const url = readUrl(raw, where, problems);
    return url === undefined ? undefined : { url };
  }
  if (!isPlainObject(raw)) {
    problems.push(`${where} must be a path such as "maps/county.geojson" or {"url": …, "codeProperty": …}, got ${describeValue(raw)}; ignored`);
    return undefined;
  }
  for (const key of Object.keys(raw)) {
    if (!['url', 'codeProperty', 'nameProperty'].includes(key)) problems.push(`unknown field '${where}.${key}' ignored`);
  }
  const url = readUrl(raw.url, `${where}.url`, problems);
  if (url === undefined) return undefined;
  const codeProperty = readProperty(raw.codeProperty, `${where}.codeProperty`, problems);
  const nameProperty = readProperty(raw.nameProperty, `${where}.nameProperty`, problems);
  return { url, ...(codeProperty ? { codeProperty } : {}), ...(nameProperty ? { nameProperty } : {}) };
}

/**
 * Reads `map`: a path (the root region's boundaries), or an object keyed by region id whose values
 * are paths or {url, codeProperty, nameProperty}. Bad entries are dropped with a problem; the map
 * page then draws its tile map, so a mistake here never blanks the screen.
 */
export function readMapConfig(raw: unknown, problems: string[]): MapConfig | undefined {
  if (raw === undefined) return undefined;
  if (typeof raw === 'string') {
    const root = readSource(raw, 'map', problems);
    return root ? { root, byRegion: {} } : undefined;
  }
  if (!isPlainObject(raw)) {
    problems.push(`map must be a path to a GeoJSON file or an object by region id, got ${describeValue(raw)}; ignored`);
    return undefined;
  }
  const byRegion: Record<string, MapSource> = Object.create(null) as Record<string, MapSource>;
  for (const [regionId, value] of Object.entries(raw)) {
    if (RESERVED_KEYS.has(regionId)) {
      problems.push(`map key '${regionId}' ignored`);
      continue;
    }
    const source = readSource(value, `map['${regionId}']`, problems);
    if (source) byRegion[regionId] = source;
  }
  return Object.keys(byRegion).length > 0 ? { byRegion: { ...byRegion } } : undefined;
}

/** The boundaries configured for a scope: its own entry, or the root's when the scope is the root. */
export function mapSourceFor(config: MapConfig | undefined, scopeId: string, rootId: string | null): MapSource | null {
  if (!config) return null;
  if (Object.prototype.hasOwnProperty.call(config.byRegion, scopeId)) return config.byRegion[scopeId] ?? null;
  return scopeId === rootId ? (config.root ?? null) : null;
}

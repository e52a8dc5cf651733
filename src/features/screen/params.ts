import { MAX_REFRESH_SECONDS } from '../../adapters/parseConfig';

/**
 * The pages a screen can show, in their default order. `regions` (县区对比) needs child regions:
 * at a county it is left out of the rotation by itself (see availablePages).
 */
export const SCREEN_PAGES = ['overview', 'map', 'rankings', 'regions', 'reviews', 'hotline', 'alerts'] as const;
export type ScreenPageId = (typeof SCREEN_PAGES)[number];

export const SCALE_MODES = ['fit', 'fill', 'width'] as const;
export type ScaleMode = (typeof SCALE_MODES)[number];

/**
 * Which month the screen opens on without a `period` in its link: the last month every office has
 * reported (a public wall never shows a provisional ranking unless asked to), or the month in
 * progress — the newest month with any data — when staff choose it.
 */
export const MONTH_RULES = ['complete', 'current'] as const;
export type MonthRule = (typeof MONTH_RULES)[number];

export const SCREEN_THEMES = ['dark', 'light'] as const;
export type ScreenTheme = (typeof SCREEN_THEMES)[number];

/** What colours the map: the composite score (a scale), or the cards (红牌 / 黄牌 / none). */
export const MAP_COLOURINGS = ['score', 'cards'] as const;
export type MapColouring = (typeof MAP_COLOURINGS)[number];

export const DEFAULT_ROTATE_SECONDS = 20;
/** A page shown for less than a second cannot be read; the soak runs at exactly one. */
export const MIN_ROTATE_SECONDS = 1;
export const MAX_ROTATE_SECONDS = 3600;
export const MIN_SCREEN_REFRESH_SECONDS = 1;
/** Used when neither the URL nor config.json asks for a refresh (config's 0 means "never" elsewhere). */
export const DEFAULT_SCREEN_REFRESH_SECONDS = 300;

export interface ScreenSettings {
  /** In rotation order. Pages the scope cannot show (regions at a county) are skipped when shown. */
  pages: ScreenPageId[];
  /** 0: no automatic rotation (pages change by tab, key or remote only). */
  rotateSeconds: number;
  refreshSeconds: number;
  scale: ScaleMode;
  month: MonthRule;
  theme: ScreenTheme;
  /** The region shown; null: the deployment's own (the root). */
  scope: string | null;
  mapColour: MapColouring;
}

/** Settings as a link or the browser's storage states them: each only where given and valid. */
export type ScreenSettingsInput = Partial<ScreenSettings>;

/** The link's parameter for each setting (scope and period are shared with every other screen). */
export const SETTING_PARAMS = {
  pages: 'pages',
  rotateSeconds: 'rotate',
  refreshSeconds: 'refresh',
  scale: 'scale',
  month: 'month',
  theme: 'theme',
  scope: 'scope',
  mapColour: 'mapColour',
} as const satisfies Record<keyof ScreenSettings, string>;

function isPage(value: string): value is ScreenPageId {
  return (SCREEN_PAGES as readonly string[]).includes(value);
}

function oneOf<T extends string>(values: readonly T[], text: unknown): T | undefined {
  return typeof text === 'string' && (values as readonly string[]).includes(text) ? (text as T) : undefined;
}

function numberIn(text: string | null | undefined, min: number, max: number): number | undefined {
  if (typeof text !== 'string' || !/^\d{1,7}(\.\d{1,3})?$/.test(text.trim())) return undefined;
  const value = Number(text);
  return value >= min && value <= max ? value : undefined;
}

/** pages=overview,map,…: known pages in the order given, each once; undefined when none is known. */
export function readPages(text: string | null | undefined): ScreenPageId[] | undefined {
  if (typeof text !== 'string') return undefined;
  const listed = text
    .split(',')
    .map((page) => page.trim())
    .filter(isPage);
  return listed.length > 0 ? [...new Set(listed)] : undefined;
}

/** A region id as a link carries it: short, printable, no separators of the link's own. */
function readScope(text: string | null | undefined): string | undefined {
  if (typeof text !== 'string') return undefined;
  const id = text.trim();
  return id !== '' && id.length <= 200 ? id : undefined;
}

/**
 * What a link says, e.g. `pages=overview,map,rankings&rotate=20&refresh=60&scale=fit&month=complete&theme=dark&mapColour=score`.
 * Anything malformed is left out rather than breaking the screen: a wall screen is set up once by
 * someone with a remote control, and must show something sensible.
 */
export function readScreenParams(params: URLSearchParams): ScreenSettingsInput {
  const input: ScreenSettingsInput = {};
  const pages = readPages(params.get(SETTING_PARAMS.pages));
  if (pages) input.pages = pages;
  const rotate = params.get(SETTING_PARAMS.rotateSeconds);
  const rotateSeconds = rotate?.trim() === '0' ? 0 : numberIn(rotate, MIN_ROTATE_SECONDS, MAX_ROTATE_SECONDS);
  if (rotateSeconds !== undefined) input.rotateSeconds = rotateSeconds;
  const refreshSeconds = numberIn(params.get(SETTING_PARAMS.refreshSeconds), MIN_SCREEN_REFRESH_SECONDS, MAX_REFRESH_SECONDS);
  if (refreshSeconds !== undefined) input.refreshSeconds = refreshSeconds;
  const scale = oneOf(SCALE_MODES, params.get(SETTING_PARAMS.scale));
  if (scale) input.scale = scale;
  const month = oneOf(MONTH_RULES, params.get(SETTING_PARAMS.month));
  if (month) input.month = month;
  const theme = oneOf(SCREEN_THEMES, params.get(SETTING_PARAMS.theme));
  if (theme) input.theme = theme;
  const scope = readScope(params.get(SETTING_PARAMS.scope));
  if (scope) input.scope = scope;
  const mapColour = oneOf(MAP_COLOURINGS, params.get(SETTING_PARAMS.mapColour));
  if (mapColour) input.mapColour = mapColour;
  return input;
}

/** Stored settings read back with the same checks as a link (the storage may hold anything). */
export function readStoredSettings(raw: unknown): ScreenSettingsInput {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return {};
  const stored = raw as Record<string, unknown>;
  const params = new URLSearchParams();
  for (const [key, name] of Object.entries(SETTING_PARAMS)) {
    const value = stored[key];
    if (key === 'pages' && Array.isArray(value)) params.set(name, value.filter((page) => typeof page === 'string').join(','));
    else if (typeof value === 'string' || typeof value === 'number') params.set(name, String(value));
  }
  return readScreenParams(params);
}

export function defaultRefreshSeconds(configRefreshSeconds: number): number {
  return configRefreshSeconds > 0 ? configRefreshSeconds : DEFAULT_SCREEN_REFRESH_SECONDS;
}

/**
 * The settings in force: the link's, then what staff saved in this browser, then the defaults. A
 * big screen always refreshes: config's refreshSeconds 0 ("never") becomes the default here.
 */
export function resolveScreenSettings(fromLink: ScreenSettingsInput, stored: ScreenSettingsInput, configRefreshSeconds: number): ScreenSettings {
  return {
    pages: fromLink.pages ?? stored.pages ?? [...SCREEN_PAGES],
    rotateSeconds: fromLink.rotateSeconds ?? stored.rotateSeconds ?? DEFAULT_ROTATE_SECONDS,
    refreshSeconds: fromLink.refreshSeconds ?? stored.refreshSeconds ?? defaultRefreshSeconds(configRefreshSeconds),
    scale: fromLink.scale ?? stored.scale ?? 'fit',
    month: fromLink.month ?? stored.month ?? 'complete',
    theme: fromLink.theme ?? stored.theme ?? 'dark',
    scope: fromLink.scope ?? stored.scope ?? null,
    mapColour: fromLink.mapColour ?? stored.mapColour ?? 'score',
  };
}

/** The link's settings alone, with the defaults for the rest (no storage): what the kiosk's link reads. */
export function parseScreenParams(params: URLSearchParams, configRefreshSeconds: number): ScreenSettings {
  return resolveScreenSettings(readScreenParams(params), {}, configRefreshSeconds);
}

/**
 * Every setting as link parameters, in a fixed order: a link that reproduces the screen on any PC
 * whatever that browser has stored. The root scope is left out (it is the default everywhere).
 * `keep` carries parameters of the link that are not settings (period) through.
 */
export function screenSettingsParams(settings: ScreenSettings, keep?: URLSearchParams): URLSearchParams {
  const params = new URLSearchParams();
  params.set(SETTING_PARAMS.pages, settings.pages.join(','));
  params.set(SETTING_PARAMS.rotateSeconds, String(settings.rotateSeconds));
  params.set(SETTING_PARAMS.refreshSeconds, String(settings.refreshSeconds));
  params.set(SETTING_PARAMS.scale, settings.scale);
  params.set(SETTING_PARAMS.month, settings.month);
  params.set(SETTING_PARAMS.theme, settings.theme);
  params.set(SETTING_PARAMS.mapColour, settings.mapColour);
  if (settings.scope !== null) params.set(SETTING_PARAMS.scope, settings.scope);
  const period = keep?.get('period');
  if (period) params.set('period', period);
  return params;
}

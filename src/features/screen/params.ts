import { MAX_REFRESH_SECONDS } from '../../adapters/parseConfig';

export const SCREEN_PAGES = ['overview', 'rankings', 'alerts'] as const;
export type ScreenPageId = (typeof SCREEN_PAGES)[number];

export const SCALE_MODES = ['fit', 'fill', 'width'] as const;
export type ScaleMode = (typeof SCALE_MODES)[number];

export const DEFAULT_ROTATE_SECONDS = 20;
/** A page shown for less than a second cannot be read; the soak runs at exactly one. */
export const MIN_ROTATE_SECONDS = 1;
export const MAX_ROTATE_SECONDS = 3600;
export const MIN_SCREEN_REFRESH_SECONDS = 1;
/** Used when neither the URL nor config.json asks for a refresh (config's 0 means "never" elsewhere). */
export const DEFAULT_SCREEN_REFRESH_SECONDS = 300;

export interface ScreenParams {
  pages: ScreenPageId[];
  /** 0: no rotation (one page, or rotation switched off with rotate=0). */
  rotateSeconds: number;
  refreshSeconds: number;
  scale: ScaleMode;
}

function isPage(value: string): value is ScreenPageId {
  return (SCREEN_PAGES as readonly string[]).includes(value);
}

function numberIn(text: string | null, min: number, max: number): number | null {
  if (text === null || !/^\d{1,7}(\.\d{1,3})?$/.test(text.trim())) return null;
  const value = Number(text);
  return value >= min && value <= max ? value : null;
}

/**
 * The kiosk's settings from its link, e.g. `pages=overview,rankings,alerts&rotate=20&refresh=60&scale=fit`.
 * Anything malformed falls back to its default rather than to a broken screen: a wall screen is
 * set up once by someone with a remote control, and must show something sensible.
 * A big screen always refreshes: config's refreshSeconds 0 ("never") becomes the default here.
 */
export function parseScreenParams(params: URLSearchParams, configRefreshSeconds: number): ScreenParams {
  const listed = (params.get('pages') ?? '')
    .split(',')
    .map((page) => page.trim())
    .filter(isPage);
  const pages = listed.length > 0 ? [...new Set(listed)] : [...SCREEN_PAGES];

  const rotateText = params.get('rotate');
  const rotate = rotateText?.trim() === '0' ? 0 : (numberIn(rotateText, MIN_ROTATE_SECONDS, MAX_ROTATE_SECONDS) ?? DEFAULT_ROTATE_SECONDS);

  const refresh =
    numberIn(params.get('refresh'), MIN_SCREEN_REFRESH_SECONDS, MAX_REFRESH_SECONDS) ??
    (configRefreshSeconds > 0 ? configRefreshSeconds : DEFAULT_SCREEN_REFRESH_SECONDS);

  const scaleText = params.get('scale');
  const scale = (SCALE_MODES as readonly string[]).includes(scaleText ?? '') ? (scaleText as ScaleMode) : 'fit';

  return { pages, rotateSeconds: pages.length > 1 ? rotate : 0, refreshSeconds: refresh, scale };
}

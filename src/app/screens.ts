import type { ComponentType } from 'react';
import type { DictionaryPart, MessageKey } from '../ui';

/** What the router hands a screen: the named parts of its path (`/office/:id` → { id }). */
export type ScreenProps = { params: Record<string, string> };

/**
 * One screen of the app, declared once: the router, the navigation and the loading of the screen's
 * words are derived from this list (routes.tsx). A new screen is its folder in src/features (with
 * an index.ts exporting its page) and one entry here, plus its words in the dictionaries
 * (src/ui/i18n/zh-CN/<part>.ts and en/<part>.ts, listed in ZH_PARTS and the English index).
 * tests/app/screens.test.ts fails while a feature folder with a page is not declared.
 */
export interface ScreenDeclaration {
  /** The screen's folder under src/features. */
  id: string;
  /** The path patterns it answers; the first is where the navigation and "back home" link. */
  paths: readonly [string, ...string[]];
  /**
   * Its page, imported when the screen is first opened: each screen is a chunk of its own, so the
   * first screen loads only what it draws.
   */
  load: () => Promise<ComponentType<ScreenProps>>;
  /** The navigation entry's label; absent for a screen reached only by links (an office's page). */
  nav?: MessageKey;
  /**
   * The Chinese words only this screen uses (dictionary parts, src/ui/i18n/zh-CN/index.ts), fetched
   * beside its chunk and drawn with it. The shared words and the overview's are always there.
   */
  words: readonly DictionaryPart[];
  /** Drawn without the app's header and navigation: a kiosk screen (the big screen on the hall's wall). */
  bare?: boolean;
}

/** Every screen, in the navigation's order. The first is the home screen, opened at `#/`. */
export const SCREENS: readonly ScreenDeclaration[] = [
  {
    id: 'overview',
    paths: ['/overview'],
    load: () => import('../features/overview').then((m) => m.OverviewPage),
    nav: 'nav.overview',
    words: [],
  },
  {
    id: 'rankings',
    paths: ['/rankings'],
    load: () => import('../features/rankings').then((m) => m.RankingsPage),
    nav: 'nav.rankings',
    words: ['rankings'],
  },
  {
    id: 'alerts',
    paths: ['/alerts'],
    load: () => import('../features/alerts').then((m) => m.AlertsPage),
    nav: 'nav.alerts',
    words: ['alerts'],
  },
  {
    id: 'office',
    paths: ['/office/:id'],
    load: () => import('../features/office').then((m) => m.OfficePage),
    words: ['office', 'fields'],
  },
  {
    id: 'themes',
    paths: ['/themes', '/themes/:theme'],
    load: () => import('../features/themes').then((m) => m.ThemePage),
    nav: 'nav.themes',
    words: ['themes'],
  },
  {
    id: 'bulletin',
    paths: ['/bulletin', '/bulletin/:month'],
    load: () => import('../features/bulletin').then((m) => m.BulletinPage),
    nav: 'nav.bulletin',
    words: ['bulletin'],
  },
  {
    id: 'screen',
    paths: ['/screen'],
    load: () => import('../features/screen').then((m) => m.ScreenPage),
    nav: 'nav.screen',
    words: ['screen', 'screenPages', 'screenSettings'],
    bare: true,
  },
  {
    id: 'settings',
    paths: ['/settings', '/settings/:section'],
    load: () => import('../features/settings').then((m) => m.SettingsPage),
    nav: 'nav.settings',
    words: ['settings', 'bulletinFormat', 'files', 'status', 'errors', 'fields'],
  },
  {
    id: 'status',
    paths: ['/status'],
    load: () => import('../features/status').then((m) => m.StatusPage),
    nav: 'nav.status',
    words: ['status', 'errors', 'fields'],
  },
];

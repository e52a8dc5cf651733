import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import { loadDictionaryPart, type DictionaryPart, type NavItem } from '../ui';

export interface RouteDef {
  pattern: string;
  /** Screens are split into their own chunks: the first screen loads only what it draws. */
  component: LazyExoticComponent<ComponentType<{ params: Record<string, string> }>>;
  /** Kiosk routes draw without the app's header and navigation. */
  bare?: boolean;
}

type Screen = ComponentType<{ params: Record<string, string> }>;

/** A screen's chunk, and the Chinese words only that screen uses (fetched beside it, drawn with it). */
function screen(load: () => Promise<Screen>, ...parts: DictionaryPart[]) {
  return lazy(() => Promise.all([load(), ...parts.map(loadDictionaryPart)]).then(([component]) => ({ default: component })));
}

const overview = screen(() => import('../features/overview').then((m) => m.OverviewPage));
const themes = screen(() => import('../features/themes').then((m) => m.ThemePage), 'themes');
const settings = screen(() => import('../features/settings').then((m) => m.SettingsPage), 'settings', 'bulletinFormat', 'files', 'status', 'errors', 'fields');
const bulletin = screen(() => import('../features/bulletin').then((m) => m.BulletinPage), 'bulletin');

export const ROUTES: readonly RouteDef[] = [
  { pattern: '/overview', component: overview },
  { pattern: '/rankings', component: screen(() => import('../features/rankings').then((m) => m.RankingsPage), 'rankings') },
  { pattern: '/alerts', component: screen(() => import('../features/alerts').then((m) => m.AlertsPage), 'alerts') },
  { pattern: '/office/:id', component: screen(() => import('../features/office').then((m) => m.OfficePage), 'office', 'fields') },
  { pattern: '/themes', component: themes },
  { pattern: '/themes/:theme', component: themes },
  { pattern: '/bulletin', component: bulletin },
  { pattern: '/bulletin/:month', component: bulletin },
  { pattern: '/screen', component: screen(() => import('../features/screen').then((m) => m.ScreenPage), 'screen'), bare: true },
  { pattern: '/settings', component: settings },
  { pattern: '/settings/:section', component: settings },
  { pattern: '/status', component: screen(() => import('../features/status').then((m) => m.StatusPage), 'status', 'errors', 'fields') },
];

export const DEFAULT_PATH = '/overview';

export const NAV: readonly NavItem[] = [
  { path: '/overview', label: 'nav.overview' },
  { path: '/rankings', label: 'nav.rankings' },
  { path: '/alerts', label: 'nav.alerts' },
  { path: '/themes', label: 'nav.themes' },
  { path: '/bulletin', label: 'nav.bulletin' },
  { path: '/screen', label: 'nav.screen' },
  { path: '/settings', label: 'nav.settings' },
  { path: '/status', label: 'nav.status' },
];

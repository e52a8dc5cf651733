import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { NavItem } from '../ui';

export interface RouteDef {
  pattern: string;
  /** Screens are split into their own chunks: the first screen loads only what it draws. */
  component: LazyExoticComponent<ComponentType<{ params: Record<string, string> }>>;
  /** Kiosk routes draw without the app's header and navigation. */
  bare?: boolean;
}

function screen<T extends ComponentType<{ params: Record<string, string> }>>(load: () => Promise<{ default: T }>) {
  return lazy(load);
}

export const ROUTES: readonly RouteDef[] = [
  { pattern: '/status', component: screen(() => import('../features/status').then((m) => ({ default: m.StatusPage }))) },
];

export const DEFAULT_PATH = '/status';

export const NAV: readonly NavItem[] = [{ path: '/status', label: 'nav.status' }];

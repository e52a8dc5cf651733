import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import { loadDictionaryPart, type NavItem } from '../ui';
import { SCREENS, type ScreenDeclaration, type ScreenProps } from './screens';

// The router's view of the screens declared in screens.ts: nothing here names a screen.

export interface RouteDef {
  pattern: string;
  component: LazyExoticComponent<ComponentType<ScreenProps>>;
  /** Kiosk routes draw without the app's header and navigation. */
  bare: boolean;
}

/** A screen's chunk and the words only it uses, fetched side by side; it is drawn once both are here. */
function lazyScreen(screen: ScreenDeclaration) {
  return lazy(() => Promise.all([screen.load(), ...screen.words.map(loadDictionaryPart)]).then(([component]) => ({ default: component })));
}

/** Every path pattern of every screen, in the order declared; a screen's patterns share one chunk. */
export const ROUTES: readonly RouteDef[] = SCREENS.flatMap((screen) => {
  const component = lazyScreen(screen);
  return screen.paths.map((pattern) => ({ pattern, component, bare: screen.bare === true }));
});

/** Where `#/` and "back home" lead: the first screen declared. */
export const DEFAULT_PATH = SCREENS[0]!.paths[0];

export const NAV: readonly NavItem[] = SCREENS.flatMap((screen) => (screen.nav ? [{ path: screen.paths[0], label: screen.nav }] : []));

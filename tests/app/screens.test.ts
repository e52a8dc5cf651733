import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { DEFAULT_PATH, NAV, ROUTES } from '../../src/app/routes';
import { SCREENS } from '../../src/app/screens';
import { ZH_PARTS } from '../../src/ui/i18n/zh-CN';
import { isMessageKey } from '../../src/ui/i18n/translate';

const FEATURES = path.resolve(import.meta.dirname, '../../src/features');

/** The folders of src/features that hold a page (a *Page.tsx at their top): the screens that exist. */
function featureFoldersWithAPage(): string[] {
  return readdirSync(FEATURES, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && readdirSync(path.join(FEATURES, entry.name)).some((file) => /Page\.tsx$/.test(file)))
    .map((entry) => entry.name)
    .sort();
}

describe('one declaration per screen (src/app/screens.ts)', () => {
  test('every feature folder with a page is declared, once, and nothing else is', () => {
    const declared = SCREENS.map((screen) => screen.id);
    expect(new Set(declared).size).toBe(declared.length);
    expect([...declared].sort()).toEqual(featureFoldersWithAPage());
  });

  test.each(SCREENS.map((screen) => [screen.id, screen] as const))('%s loads the page its folder exports', async (id, screen) => {
    const page = await screen.load();
    expect(typeof page).toBe('function');
    const folder = (await import(`../../src/features/${id}/index.ts`)) as Record<string, unknown>;
    expect(Object.values(folder)).toContain(page);
  });

  test("paths start with the screen's folder name, and no two screens answer the same path", () => {
    for (const screen of SCREENS)
      for (const pattern of screen.paths) expect(pattern === `/${screen.id}` || pattern.startsWith(`/${screen.id}/`), pattern).toBe(true);
    const patterns = SCREENS.flatMap((screen) => screen.paths);
    expect(new Set(patterns).size).toBe(patterns.length);
  });

  test("navigation labels and dictionary parts are the dictionary's", () => {
    for (const screen of SCREENS) {
      if (screen.nav) expect(isMessageKey(screen.nav), screen.nav).toBe(true);
      for (const part of screen.words) expect(Object.keys(ZH_PARTS), screen.id).toContain(part);
    }
  });
});

describe('routes and navigation are derived from the declarations', () => {
  test("a route for every path, in the order declared; a screen's paths share one chunk", () => {
    expect(ROUTES.map((route) => route.pattern)).toEqual(SCREENS.flatMap((screen) => screen.paths));
    const themes = ROUTES.filter((route) => route.pattern.startsWith('/themes'));
    expect(themes).toHaveLength(2);
    expect(themes[0]!.component).toBe(themes[1]!.component);
  });

  test('the big screen alone is drawn bare', () => {
    expect(ROUTES.filter((route) => route.bare).map((route) => route.pattern)).toEqual(['/screen']);
  });

  test('the navigation lists the screens with a label, at their first path; home is the first screen', () => {
    expect(NAV).toEqual(SCREENS.filter((screen) => screen.nav).map((screen) => ({ path: screen.paths[0], label: screen.nav })));
    expect(NAV.map((item) => item.path)).not.toContain('/office/:id');
    expect(DEFAULT_PATH).toBe('/overview');
  });
});

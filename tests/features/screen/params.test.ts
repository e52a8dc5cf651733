import { describe, expect, test } from 'vitest';
import {
  DEFAULT_ROTATE_SECONDS,
  DEFAULT_SCREEN_REFRESH_SECONDS,
  SCREEN_PAGES,
  parseScreenParams,
  readScreenParams,
  readStoredSettings,
  resolveScreenSettings,
  screenSettingsParams,
  type ScreenSettings,
} from '../../../src/features/screen/params';

const parse = (query: string, configRefresh = 300) => parseScreenParams(new URLSearchParams(query), configRefresh);

describe('parseScreenParams', () => {
  test('the issue example, and the defaults of the settings the link does not give', () => {
    expect(parse('pages=overview,rankings,alerts&rotate=20&refresh=60&scale=fit')).toEqual({
      pages: ['overview', 'rankings', 'alerts'],
      rotateSeconds: 20,
      refreshSeconds: 60,
      scale: 'fit',
      month: 'complete',
      theme: 'dark',
      scope: null,
      mapColour: 'score',
    });
  });

  test('defaults: every page, 20 s, config refresh, fit, the last complete month, dark, the root, by score', () => {
    expect(parse('', 120)).toEqual({
      pages: [...SCREEN_PAGES],
      rotateSeconds: DEFAULT_ROTATE_SECONDS,
      refreshSeconds: 120,
      scale: 'fit',
      month: 'complete',
      theme: 'dark',
      scope: null,
      mapColour: 'score',
    });
    expect(SCREEN_PAGES).toEqual(['overview', 'map', 'rankings', 'regions', 'reviews', 'hotline', 'alerts']);
  });

  test('a config that never refreshes does not make a wall screen that never refreshes', () => {
    expect(parse('', 0).refreshSeconds).toBe(DEFAULT_SCREEN_REFRESH_SECONDS);
  });

  test('pages keep their order, unknown and repeated ones are dropped; none known is the default', () => {
    expect(parse('pages=alerts,bogus,map,overview,alerts').pages).toEqual(['alerts', 'map', 'overview']);
    expect(parse('pages=,,').pages).toEqual([...SCREEN_PAGES]);
    // Whether one page rotates is the screen's to decide once it knows which pages the scope can show.
    expect(parse('pages=rankings&rotate=5')).toMatchObject({ pages: ['rankings'], rotateSeconds: 5 });
  });

  test('malformed or out-of-range numbers fall back; rotate=0 switches rotation off; one second is allowed', () => {
    expect(parse('rotate=abc&refresh=-5').rotateSeconds).toBe(DEFAULT_ROTATE_SECONDS);
    expect(parse('refresh=-5', 90).refreshSeconds).toBe(90);
    expect(parse('rotate=1e3').rotateSeconds).toBe(DEFAULT_ROTATE_SECONDS);
    expect(parse('rotate=0').rotateSeconds).toBe(0);
    expect(parse('rotate=1&refresh=1')).toMatchObject({ rotateSeconds: 1, refreshSeconds: 1 });
    expect(parse('rotate=2.5').rotateSeconds).toBe(2.5);
    expect(parse('rotate=999999').rotateSeconds).toBe(DEFAULT_ROTATE_SECONDS);
    expect(parse('refresh=9999999', 60).refreshSeconds).toBe(60);
  });

  test('scale, month rule, theme, scope and map colouring: known values only', () => {
    expect(parse('scale=fill').scale).toBe('fill');
    expect(parse('scale=width').scale).toBe('width');
    expect(parse('scale=stretch').scale).toBe('fit');
    expect(parse('month=current').month).toBe('current');
    expect(parse('month=latest').month).toBe('complete');
    expect(parse('theme=light').theme).toBe('light');
    expect(parse('theme=pink').theme).toBe('dark');
    expect(parse('mapColour=cards').mapColour).toBe('cards');
    expect(parse('mapColour=heat').mapColour).toBe('score');
    expect(parse('scope=pref-c01').scope).toBe('pref-c01');
    expect(parse('scope=').scope).toBeNull();
  });
});

describe('stored settings and the shareable link', () => {
  const chosen: ScreenSettings = {
    pages: ['map', 'overview', 'hotline'],
    rotateSeconds: 45,
    refreshSeconds: 120,
    scale: 'fill',
    month: 'current',
    theme: 'light',
    scope: 'pref-c03',
    mapColour: 'cards',
  };

  test('a link made from settings reads back as the same settings, whatever the browser stored', () => {
    const link = screenSettingsParams(chosen);
    expect(link.toString()).toBe('pages=map%2Coverview%2Chotline&rotate=45&refresh=120&scale=fill&month=current&theme=light&mapColour=cards&scope=pref-c03');
    const other = readStoredSettings({ pages: ['alerts'], rotateSeconds: 5, theme: 'dark', month: 'complete', mapColour: 'score', scope: 'county' });
    expect(resolveScreenSettings(readScreenParams(link), other, 300)).toEqual(chosen);
  });

  test('the root scope is left out of the link; a period in the link is carried through', () => {
    const link = screenSettingsParams({ ...chosen, scope: null }, new URLSearchParams('period=m:2025-10&pages=overview'));
    expect(link.has('scope')).toBe(false);
    expect(link.get('period')).toBe('m:2025-10');
    expect(link.get('pages')).toBe('map,overview,hotline');
  });

  test('what the browser stored fills what the link does not say; the link wins where it does', () => {
    const stored = readStoredSettings(JSON.parse(JSON.stringify(chosen)));
    expect(stored).toEqual(chosen);
    const settings = resolveScreenSettings(readScreenParams(new URLSearchParams('pages=alerts&theme=dark')), stored, 300);
    expect(settings).toEqual({ ...chosen, pages: ['alerts'], theme: 'dark' });
  });

  test('stored values are checked like a link: anything else is ignored, never trusted', () => {
    expect(readStoredSettings('nonsense')).toEqual({});
    expect(readStoredSettings(null)).toEqual({});
    expect(readStoredSettings({ pages: ['<script>', 'map', 42], rotateSeconds: -1, refreshSeconds: '60', theme: {}, scope: '' })).toEqual({
      pages: ['map'],
      refreshSeconds: 60,
    });
  });
});

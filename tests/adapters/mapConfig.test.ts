import { describe, expect, test } from 'vitest';
import { mapSourceFor, readMapConfig } from '../../src/adapters/mapConfig';
import { parseConfig } from '../../src/adapters/parseConfig';

describe('config.json map', () => {
  test('a path is the root region’s boundaries; an object gives them per region, with the properties to read', () => {
    const problems: string[] = [];
    expect(readMapConfig('maps/county.geojson', problems)).toEqual({ root: { url: 'maps/county.geojson' }, byRegion: {} });
    const byRegion = readMapConfig(
      { pref: 'maps/pref.geojson', 'pref-c01': { url: '/static/c01.json', codeProperty: 'XZQDM', nameProperty: 'XZQMC' } },
      problems,
    );
    expect(byRegion).toEqual({
      byRegion: { pref: { url: 'maps/pref.geojson' }, 'pref-c01': { url: '/static/c01.json', codeProperty: 'XZQDM', nameProperty: 'XZQMC' } },
    });
    expect(problems).toEqual([]);
    expect(mapSourceFor(byRegion, 'pref-c01', 'pref')?.url).toBe('/static/c01.json');
    expect(mapSourceFor(byRegion, 'pref-c02', 'pref')).toBeNull();
    expect(mapSourceFor(readMapConfig('a.geojson', []), 'county', 'county')?.url).toBe('a.geojson');
    expect(mapSourceFor(readMapConfig('a.geojson', []), 'county-2', 'county')).toBeNull();
    expect(mapSourceFor(undefined, 'county', 'county')).toBeNull();
  });

  test('entries that cannot be used are dropped with a problem each; the rest stay', () => {
    const problems: string[] = [];
    const config = readMapConfig(
      {
        ok: 'maps/ok.geojson',
        js: 'javascript:alert(1)',
        creds: 'http://user:pw@host/x.json',
        bad: 42,
        __proto__: 'x',
        extra: { url: 'maps/e.json', colour: 'red' },
      },
      problems,
    );
    expect(Object.keys(config!.byRegion).sort()).toEqual(['extra', 'ok']);
    expect(problems).toHaveLength(4);
    expect(problems.join('\n')).toMatch(/javascript/);
    expect(readMapConfig(['a'], [])).toBeUndefined();
    expect(readMapConfig({ only: 7 }, [])).toBeUndefined();
  });

  test('parseConfig knows the field and keeps it for the map page to read (the first screen carries no map code)', () => {
    const parsed = parseConfig({ map: { county: 'maps/x.geojson' } });
    expect(parsed.problems).toEqual([]);
    expect(parsed.config!.map).toEqual({ county: 'maps/x.geojson' });
    expect(parseConfig({}).config!.map).toBeUndefined();
  });
});

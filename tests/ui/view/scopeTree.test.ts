import { describe, expect, test } from 'vitest';
import type { MonthlyRecord, Office } from '../../../src/domain';
import { buildEngineData } from '../../../src/engine';
import { childRegionOf, childRegions, defaultKind, homeScope, officeLinkParams, regionPath, scopeKinds } from '../../../src/ui/view/scopeTree';
import { scopeChange, scopeLinkParams } from '../../../src/ui/view/scopeParams';
import { scopeNames, nameAt } from '../../../src/ui/naming/scopeNames';
import { generateDataset } from '../../../mocks/generator';
import { TWO_COUNTIES } from '../../fixtures/two-counties';

const qualify = (name: string, qualifier: string) => `${name}（${qualifier}）`;
const small = buildEngineData(TWO_COUNTIES, []);
const large = (() => {
  const data = generateDataset({ scenario: 'large', endMonth: '2026-06', months: 2 });
  return buildEngineData(data.offices, data.records as MonthlyRecord[]);
})();
const ids = (offices: readonly Office[]) => offices.map((office) => office.id);

describe('the region tree as the screens walk it', () => {
  test('path, child regions and the kinds ranked at a scope', () => {
    expect(ids(regionPath(small, 'c1'))).toEqual(['pref', 'c1']);
    expect(ids(regionPath(small, 'pref'))).toEqual(['pref']);
    expect(regionPath(small, 'nope')).toEqual([]);
    expect(ids(childRegions(small, 'pref'))).toEqual(['c1', 'c2']);
    expect(childRegions(small, 'c1')).toEqual([]);
    expect(scopeKinds(small, 'pref')).toEqual(['region']);
    expect(scopeKinds(small, 'c1')).toEqual(['department', 'township']);
    expect(scopeKinds(small, 'c2')).toEqual(['township']);
  });

  test('a scope with child regions opens on them; one without on its departments (else what it has)', () => {
    expect(defaultKind(['region', 'department'])).toBe('region');
    expect(defaultKind(['department', 'township'])).toBe('department');
    expect(defaultKind(['township'])).toBe('township');
    expect(defaultKind([])).toBe('department');
  });

  test('an office’s own scope is its nearest region; the child region of a scope it lies in', () => {
    expect(homeScope(small, 'c1-t-v')).toBe('c1');
    expect(homeScope(small, 'c2')).toBe('pref');
    expect(homeScope(small, 'pref')).toBe('pref');
    expect(homeScope(small, 'nope')).toBeNull();
    expect(childRegionOf(small, 'pref', 'c1-t-v')?.id).toBe('c1');
    expect(childRegionOf(small, 'pref', 'c2')?.id).toBe('c2');
    expect(childRegionOf(small, 'c1', 'c1-t-v')).toBeNull();
    expect(childRegionOf(small, 'c1', 'c2-t')).toBeNull();
    // A link to an office lands in its own region; the root is no parameter at all.
    expect(officeLinkParams(small, 'c1-t', 'm:2026-05')).toEqual({ period: 'm:2026-05', scope: 'c1' });
    expect(officeLinkParams(small, 'c2', null)).toEqual({ period: null, scope: null });
  });

  test('moving to another scope keeps the period, kind and measure, and drops what only meant something in the old one', () => {
    const params = new URLSearchParams('period=m:2026-05&kind=township&by=onTimeRate&page=3&q=城东&area=c1&level=red');
    expect(scopeLinkParams(params, 'c2', 'pref').toString()).toBe(
      new URLSearchParams('period=m:2026-05&kind=township&by=onTimeRate&level=red&scope=c2').toString(),
    );
    expect(scopeChange('pref', 'pref')).toEqual({ scope: null, page: null, q: null, area: null });
  });
});

describe('names at a scope', () => {
  test('at the prefecture, each of the thirteen 城东街道 carries its county; at a county it is plain', () => {
    const names = scopeNames(large, 'pref', qualify);
    const streets = large.offices.filter((office) => office.name === '城东街道');
    expect(streets).toHaveLength(13);
    const shown = streets.map((office) => nameAt(names, large, office.id));
    expect(new Set(shown).size).toBe(13);
    for (const [i, office] of streets.entries()) {
      const county = large.offices[large.officeIndex.get(office.parentId!)!]!.name;
      expect(shown[i]).toBe(`城东街道（${county}）`);
    }
    // A name that does not repeat stays as it is.
    const department = large.offices.find((office) => office.kind === 'department' && office.parentId === 'pref')!;
    expect(nameAt(names, large, department.id)).toBe(department.name);
    // In one county there is one 城东街道: no county to add.
    const county = streets[0]!.parentId!;
    expect(nameAt(scopeNames(large, county, qualify), large, streets[0]!.id)).toBe('城东街道');
    // Kept: the same map for the same data, scope and words.
    expect(scopeNames(large, 'pref', qualify)).toBe(names);
  });

  test('an unknown scope names nothing; an unknown office is its id', () => {
    expect(scopeNames(small, 'nope', qualify).size).toBe(0);
    expect(nameAt(new Map(), small, 'ghost')).toBe('ghost');
  });
});

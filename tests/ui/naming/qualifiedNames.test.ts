import { describe, expect, test } from 'vitest';
import { generateDataset } from '../../../mocks/generator';
import { buildEngineData } from '../../../src/engine';
import { qualifiedNames, type Qualify } from '../../../src/ui/naming/qualifiedNames';
import { TWO_COUNTIES } from '../../fixtures/two-counties';

const zh: Qualify = (name, qualifier) => `${name}（${qualifier}）`;
const en: Qualify = (name, qualifier) => `${name} (${qualifier})`;
const asShown = (offices: readonly { id: string; name: string; parentId: string | null }[]) => offices.map((office) => ({ ...office, officeId: office.id }));

describe('qualifiedNames: one naming function for every screen and export', () => {
  const engine = buildEngineData(TWO_COUNTIES, []);
  const shown = asShown(TWO_COUNTIES.filter((office) => office.kind !== 'region'));

  test('adds the county only where a name repeats among the offices shown together', () => {
    const names = qualifiedNames(engine, shown, zh);
    expect(names.get('c1-t')).toBe('城东街道（青岚县）');
    expect(names.get('c2-t')).toBe('城东街道（临溪县）');
    expect(names.get('c1-d')).toBe('青岚县公安局');
    expect(names.get('c1-t-v')).toBe('东村');
  });

  test('in each language’s own brackets, and not at all when the name is alone in what is shown', () => {
    expect(qualifiedNames(engine, shown, en).get('c1-t')).toBe('城东街道 (青岚县)');
    expect(
      qualifiedNames(
        engine,
        shown.filter((office) => office.id !== 'c2-t'),
        zh,
      ).get('c1-t'),
    ).toBe('城东街道');
  });

  test('the large scenario: every township of the prefecture, once qualified, has a name of its own', () => {
    const { offices } = generateDataset({ scenario: 'large', seed: 1, endMonth: '2025-12', months: 1 });
    const large = buildEngineData(offices, []);
    const townships = asShown(offices.filter((office) => office.kind === 'township'));
    const plain = new Set(townships.map((office) => office.name));
    expect(plain.size).toBeLessThan(townships.length); // the scenario does repeat names
    const names = qualifiedNames(large, townships, zh);
    expect(new Set(names.values()).size).toBe(townships.length);
    const villages = asShown(offices.filter((office) => office.kind === 'village'));
    const villageNames = qualifiedNames(large, villages, zh);
    expect(new Set(villageNames.values()).size).toBe(new Set(villages.map((v) => `${v.parentId}/${v.name}`)).size);
  });
});

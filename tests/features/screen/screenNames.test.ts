import { describe, expect, test } from 'vitest';
import { generateDataset } from '../../../mocks/generator';
import { buildEngineData } from '../../../src/engine';
import { scopeNames } from '../../../src/features/screen/screenNames';

// The big screen names offices as every screen does: at a prefecture, where each county has its
// 城东街道, boards, cards, the ticker and the map show 城东街道（松源县）; inside one county, where
// the name does not repeat, it stays 城东街道.
const dataset = generateDataset({ endMonth: '2026-10', scenario: 'large' });
const engine = buildEngineData(dataset.offices, dataset.records);
const qualify = (name: string, region: string) => `${name}（${region}）`;
const streets = dataset.offices.filter((office) => office.name === '城东街道');
const prefecture = dataset.offices.find((office) => office.parentId === null)!;
const countyName = (officeId: string) => dataset.offices.find((office) => office.id === dataset.offices.find((o) => o.id === officeId)!.parentId)!.name;

describe('the big screen’s names (scopeNames)', () => {
  test('at the prefecture, each county’s 城东街道 carries its county, and no two read the same', () => {
    expect(streets.length).toBeGreaterThan(1);
    const nameOf = scopeNames(engine, prefecture.id, qualify);
    const names = streets.map((office) => nameOf(office.id));
    expect(names).toEqual(streets.map((office) => `城东街道（${countyName(office.id)}）`));
    expect(new Set(names).size).toBe(names.length);
  });

  test('inside a county the name stays as it is', () => {
    const street = streets[0]!;
    const nameOf = scopeNames(engine, street.parentId!, qualify);
    expect(nameOf(street.id)).toBe('城东街道');
  });
});

import { expect, test } from 'vitest';
import type { Office } from '../../src/domain';
import { buildEngineData } from '../../src/engine';
import { distinctNames } from '../../src/ui/naming/distinctNames';

// Two counties of one prefecture, each with a 城东街道; a village keeps its own name.
const OFFICES: Office[] = [
  { id: 'pref', name: '云岭市', kind: 'region', parentId: null },
  { id: 'c1', name: '青岚县', kind: 'region', parentId: 'pref' },
  { id: 'c2', name: '临溪县', kind: 'region', parentId: 'pref' },
  { id: 'c1-d', name: '青岚县公安局', kind: 'department', parentId: 'c1' },
  { id: 'c1-t', name: '城东街道', kind: 'township', parentId: 'c1' },
  { id: 'c1-t-v', name: '东村', kind: 'village', parentId: 'c1-t' },
  { id: 'c2-t', name: '城东街道', kind: 'township', parentId: 'c2' },
];
const engine = buildEngineData(OFFICES, []);

test('distinctNames adds the county only where a name repeats', () => {
  const names = distinctNames(engine, OFFICES.filter((office) => office.kind !== 'region').map((office) => ({ ...office, officeId: office.id })));
  expect(names.get('c1-t')).toBe('城东街道（青岚县）');
  expect(names.get('c2-t')).toBe('城东街道（临溪县）');
  expect(names.get('c1-d')).toBe('青岚县公安局');
  expect(names.get('c1-t-v')).toBe('东村');
});

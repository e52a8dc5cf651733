import { expect, test } from 'vitest';
import { buildEngineData } from '../../src/engine';
import { distinctNames } from '../../src/ui/naming/distinctNames';
import { TWO_COUNTIES } from '../fixtures/two-counties';

const OFFICES = TWO_COUNTIES;
const engine = buildEngineData(OFFICES, []);

test('distinctNames adds the county only where a name repeats', () => {
  const names = distinctNames(engine, OFFICES.filter((office) => office.kind !== 'region').map((office) => ({ ...office, officeId: office.id })));
  expect(names.get('c1-t')).toBe('城东街道（青岚县）');
  expect(names.get('c2-t')).toBe('城东街道（临溪县）');
  expect(names.get('c1-d')).toBe('青岚县公安局');
  expect(names.get('c1-t-v')).toBe('东村');
});

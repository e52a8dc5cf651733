import { describe, expect, test } from 'vitest';
import { DEFAULT_SCHEME } from '../../../src/engine';
import { regionFloor, regionTarget } from '../../../src/features/screen/trends';

describe('the scheme’s lines for the scope (a region)', () => {
  test('rates have a target and a floor where the scheme scores regions; counts have none', () => {
    expect(regionTarget(DEFAULT_SCHEME, 'onlineRate')).toBe(0.9);
    expect(regionFloor(DEFAULT_SCHEME, 'onlineRate')).toBe(0.6);
    expect(regionTarget(DEFAULT_SCHEME, 'accepted')).toBeNull();
    // Disclosures are scored for units only, per month: no line on a region's trend.
    expect(regionTarget(DEFAULT_SCHEME, 'disclosures')).toBeNull();
  });
});

import { describe, expect, test } from 'vitest';
import { aspectScale, insidePolygon, labelPoint, type Polygon } from '../../../src/adapters/geo/geometry';

describe('geometry', () => {
  test('a label lands inside a crescent, where the centroid does not', () => {
    // A U shape: its centroid is in the gap between the arms.
    const u: Polygon = [
      [
        [0, 0],
        [3, 0],
        [3, 3],
        [2, 3],
        [2, 1],
        [1, 1],
        [1, 3],
        [0, 3],
        [0, 0],
      ],
    ];
    const point = labelPoint([u])!;
    expect(insidePolygon(point, u)).toBe(true);
  });

  test('the width of a degree of longitude follows the latitude; metres are drawn as they are', () => {
    expect(aspectScale({ minX: 119, maxX: 121, minY: 29, maxY: 31 })).toBeCloseTo(Math.cos((30 * Math.PI) / 180), 6);
    expect(aspectScale({ minX: 500_000, maxX: 560_000, minY: 3_300_000, maxY: 3_360_000 })).toBe(1);
  });
});

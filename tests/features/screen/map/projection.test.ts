import { describe, expect, test } from 'vitest';
import { fitProjection, visibleLabels } from '../../../../src/features/screen/map/projection';

describe('projection and labels', () => {
  test('the map keeps its aspect, centred with its padding, north up', () => {
    const fit = fitProjection({ minX: 0, minY: 0, maxX: 2, maxY: 1 }, 1, 420, 420, 10);
    expect(fit.project([0, 1])).toEqual([10, 110]);
    expect(fit.project([2, 0])).toEqual([410, 310]);
  });

  test('colliding labels give way by priority; the highlighted one always shows', () => {
    const shown = visibleLabels([
      { key: 'a', x: 0, y: 0, width: 100, height: 30, priority: 0 },
      { key: 'b', x: 50, y: 10, width: 100, height: 30, priority: 1000 },
      { key: 'c', x: 300, y: 0, width: 100, height: 30, priority: 0 },
    ]);
    expect([...shown].sort()).toEqual(['b', 'c']);
  });
});

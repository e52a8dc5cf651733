import { describe, expect, test } from 'vitest';
import { DESIGN_HEIGHT, DESIGN_MIN_HEIGHT, DESIGN_WIDTH, canvasBox } from '../../../src/features/screen/scale';

describe('canvasBox', () => {
  test('16:9 viewports (1366×768 nearly): every mode is the whole viewport, to the pixel, at the same scale', () => {
    for (const [w, h] of [
      [1920, 1080],
      [1366, 768],
      [3840, 2160],
    ] as const) {
      for (const mode of ['fit', 'fill', 'width'] as const) {
        const box = canvasBox(mode, w, h);
        expect(box.left).toBeLessThan(1);
        expect(box.top).toBeLessThan(1);
        expect(Math.abs(box.width - w)).toBeLessThan(1);
        expect(Math.abs(box.height - h)).toBeLessThan(1);
        expect(box.unit).toBeCloseTo(w / DESIGN_WIDTH, 2);
      }
    }
  });

  test('fit letterboxes a 4:3 viewport and pillarboxes a 21:9 one, centred, keeping 16:9', () => {
    const tall = canvasBox('fit', 1024, 768);
    expect(tall).toMatchObject({ left: 0, width: 1024 });
    expect(tall.height).toBeCloseTo(576);
    expect(tall.top).toBeCloseTo((768 - 576) / 2);
    const wide = canvasBox('fit', 2560, 1080);
    expect(wide).toMatchObject({ top: 0, height: 1080, width: 1920, left: 320, unit: 1 });
  });

  test('fill covers the viewport; text scales with the shorter axis so nothing spills', () => {
    expect(canvasBox('fill', 1024, 768)).toEqual({ left: 0, top: 0, width: 1024, height: 768, unit: 1024 / DESIGN_WIDTH });
    expect(canvasBox('fill', 2560, 1080)).toEqual({ left: 0, top: 0, width: 2560, height: 1080, unit: 1 });
  });

  test('width scales text by the width and lets the height follow, until the fixed parts would not fit', () => {
    expect(canvasBox('width', 1024, 768).unit).toBeCloseTo(1024 / DESIGN_WIDTH);
    // 21:9 at 2560×1080: by width 1.333, and 1080 / 864 = 1.25 is the most the height allows.
    const wide = canvasBox('width', 2560, 1080);
    expect(wide).toMatchObject({ width: 2560, height: 1080 });
    expect(wide.unit).toBeCloseTo(1080 / DESIGN_MIN_HEIGHT);
    expect(DESIGN_MIN_HEIGHT * wide.unit).toBeLessThanOrEqual(1080 + 1e-9);
    // Slightly wider than 16:9: the width wins.
    const near = canvasBox('width', 2000, 1080);
    expect(near.unit).toBeCloseTo(2000 / DESIGN_WIDTH);
  });

  test('the canvas never exceeds the viewport, in any mode, at any size', () => {
    for (const mode of ['fit', 'fill', 'width'] as const) {
      for (let w = 320; w <= 7680; w += 457) {
        for (let h = 240; h <= 4320; h += 389) {
          const box = canvasBox(mode, w, h);
          expect(box.left).toBeGreaterThanOrEqual(0);
          expect(box.top).toBeGreaterThanOrEqual(0);
          expect(box.left + box.width).toBeLessThanOrEqual(w + 1e-6);
          expect(box.top + box.height).toBeLessThanOrEqual(h + 1e-6);
          // The fixed parts of the design always fit the canvas height.
          expect(DESIGN_MIN_HEIGHT * box.unit).toBeLessThanOrEqual(box.height + 1e-6);
          expect(DESIGN_WIDTH * box.unit).toBeLessThanOrEqual(box.width + 1e-6);
        }
      }
    }
    expect(canvasBox('fit', 0, 0).unit).toBeGreaterThan(0);
    expect(DESIGN_HEIGHT).toBe(1080);
  });
});

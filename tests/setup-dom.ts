import { afterEach } from 'vitest';
import { cleanup } from '@testing-library/react';

afterEach(() => cleanup());

/**
 * happy-dom has no canvas. ECharts needs a 2D context to measure and paint text, so component
 * tests get a context whose methods do nothing and whose measureText gives plausible widths;
 * what the tests check is the DOM and the table views, pixels are checked in Chromium.
 */
const noop = () => undefined;
const fakeContext = new Proxy(
  {
    measureText: (text: string) => ({ width: text.length * 7, actualBoundingBoxAscent: 7, actualBoundingBoxDescent: 2 }),
    getImageData: () => ({ data: new Uint8ClampedArray(4) }),
    createLinearGradient: () => ({ addColorStop: noop }),
    createRadialGradient: () => ({ addColorStop: noop }),
    createPattern: () => ({}),
    getLineDash: () => [],
    canvas: null,
  } as Record<string | symbol, unknown>,
  {
    get: (target, key) => (key in target ? target[key] : noop),
    set: () => true,
  },
);
HTMLCanvasElement.prototype.getContext = function getContext() {
  return fakeContext as unknown as CanvasRenderingContext2D;
} as unknown as typeof HTMLCanvasElement.prototype.getContext;
HTMLCanvasElement.prototype.toDataURL = () => 'data:image/png;base64,';

if (!('ResizeObserver' in globalThis)) {
  (globalThis as Record<string, unknown>).ResizeObserver = class {
    observe = noop;
    unobserve = noop;
    disconnect = noop;
  };
}

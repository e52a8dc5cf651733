import type { ScaleMode } from './params';

/** The design canvas: every size of the screen is given in pixels of a 1920×1080 display. */
export const DESIGN_WIDTH = 1920;
export const DESIGN_HEIGHT = 1080;
/**
 * The least height (in design pixels) the screen's fixed parts need: header, tiles, board rows,
 * ticker lines. Flexible parts (charts, extra board rows) take whatever is left above it.
 */
export const DESIGN_MIN_HEIGHT = 864;

/** Where the canvas sits in the viewport, in CSS pixels, and how many CSS pixels a design pixel is. */
export interface CanvasBox {
  left: number;
  top: number;
  width: number;
  height: number;
  unit: number;
}

/**
 * How the design canvas meets the viewport. The canvas is laid out at its real size in CSS pixels
 * (every length is `n × unit`), never drawn at 1920×1080 and shrunk with a CSS transform: a
 * transformed canvas is resampled, so charts would blur at 4K and text would go soft.
 *
 * - fit: the whole design, as large as fits, centred; bands on the two sides that are too long
 *   (letterbox or pillarbox).
 * - fill: the canvas covers the viewport; panels stretch along both axes while text and spacing
 *   scale with the shorter axis, so glyphs are never distorted and nothing spills.
 * - width: text and spacing scale with the viewport's width; the canvas is as tall as the
 *   viewport and the flexible panels absorb the difference. When the viewport is too flat for
 *   that (shorter than DESIGN_MIN_HEIGHT at the width's scale, e.g. 32:9), the scale is lowered
 *   until the fixed parts fit: the screen never scrolls and never cuts anything off.
 */
export function canvasBox(mode: ScaleMode, viewportWidth: number, viewportHeight: number): CanvasBox {
  const width = Math.max(1, viewportWidth);
  const height = Math.max(1, viewportHeight);
  const byWidth = width / DESIGN_WIDTH;
  const byHeight = height / DESIGN_HEIGHT;
  switch (mode) {
    case 'fit': {
      const unit = Math.min(byWidth, byHeight);
      const boxWidth = DESIGN_WIDTH * unit;
      const boxHeight = DESIGN_HEIGHT * unit;
      return { left: Math.max(0, (width - boxWidth) / 2), top: Math.max(0, (height - boxHeight) / 2), width: boxWidth, height: boxHeight, unit };
    }
    case 'fill':
      return { left: 0, top: 0, width, height, unit: Math.min(byWidth, byHeight) };
    case 'width':
      return { left: 0, top: 0, width, height, unit: Math.min(byWidth, height / DESIGN_MIN_HEIGHT) };
  }
}

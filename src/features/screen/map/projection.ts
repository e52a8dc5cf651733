import type { Box, Point, Polygon } from '../../../adapters/geo/geometry';

export interface Fit {
  /** Pixels per coordinate unit across; down is `scale × aspect`… see project. */
  scale: number;
  project: (point: Point) => [number, number];
}

/**
 * The map fitted into a box of `width` × `height` pixels with `padding` around it, centred, the
 * aspect kept: x east, y north (drawn upwards), a degree of longitude `aspect` times as wide as a
 * degree of latitude (cos of the latitude for geographic coordinates, 1 for metres and tiles).
 */
export function fitProjection(box: Box, aspect: number, width: number, height: number, padding: number): Fit {
  const spanX = Math.max(1e-12, (box.maxX - box.minX) * aspect);
  const spanY = Math.max(1e-12, box.maxY - box.minY);
  const room = { w: Math.max(1, width - 2 * padding), h: Math.max(1, height - 2 * padding) };
  const scale = Math.min(room.w / spanX, room.h / spanY);
  const left = padding + (room.w - spanX * scale) / 2;
  const top = padding + (room.h - spanY * scale) / 2;
  return {
    scale,
    project: ([x, y]) => [left + (x - box.minX) * aspect * scale, top + (box.maxY - y) * scale],
  };
}

/** An SVG path of polygons with holes (even-odd), in pixels, to a tenth of a pixel. */
export function pathOf(polygons: readonly Polygon[], project: Fit['project']): string {
  const parts: string[] = [];
  for (const polygon of polygons) {
    for (const ring of polygon) {
      ring.forEach((point, index) => {
        const [px, py] = project(point);
        parts.push(`${index === 0 ? 'M' : 'L'}${px.toFixed(1)} ${py.toFixed(1)}`);
      });
      parts.push('Z');
    }
  }
  return parts.join('');
}

export interface LabelBox {
  key: string;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Shown first when labels collide (the highlighted region, red cards, then the rest in order). */
  priority: number;
}

/**
 * Which labels to draw when they would overlap: highest priority first, each kept only if it does
 * not touch one already kept. A hidden name is never lost: the highlighted region's label is
 * always drawn, and the panel beside the map names each region in turn.
 */
export function visibleLabels(labels: readonly LabelBox[]): Set<string> {
  const kept: LabelBox[] = [];
  const order = [...labels].sort((a, b) => b.priority - a.priority);
  for (const label of order) {
    const clash = kept.some(
      (other) => Math.abs(other.x - label.x) * 2 < other.width + label.width && Math.abs(other.y - label.y) * 2 < other.height + label.height,
    );
    if (!clash) kept.push(label);
  }
  return new Set(kept.map((label) => label.key));
}

/** A point [x, y]: longitude and latitude for a geographic file, metres for a projected one. */
export type Point = readonly [number, number];
/** A ring of points, closed or not; the first ring of a polygon is its outline, the rest holes. */
export type Ring = readonly Point[];
export type Polygon = readonly Ring[];

export interface Box {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

export function emptyBox(): Box {
  return { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };
}

export function extendBox(box: Box, polygons: readonly Polygon[]): Box {
  for (const polygon of polygons) {
    for (const [x, y] of polygon[0] ?? []) {
      if (x < box.minX) box.minX = x;
      if (y < box.minY) box.minY = y;
      if (x > box.maxX) box.maxX = x;
      if (y > box.maxY) box.maxY = y;
    }
  }
  return box;
}

/** Signed area (shoelace) and area-weighted centroid of a ring. */
function ringMoments(ring: Ring): { area: number; cx: number; cy: number } {
  let twice = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    const cross = xj * yi - xi * yj;
    twice += cross;
    cx += (xj + xi) * cross;
    cy += (yj + yi) * cross;
  }
  const area = twice / 2;
  return area === 0 ? { area: 0, cx: ring[0]?.[0] ?? 0, cy: ring[0]?.[1] ?? 0 } : { area, cx: cx / (6 * area), cy: cy / (6 * area) };
}

export function polygonArea(polygon: Polygon): number {
  let area = Math.abs(ringMoments(polygon[0] ?? []).area);
  for (const hole of polygon.slice(1)) area -= Math.abs(ringMoments(hole).area);
  return Math.max(0, area);
}

/** Even-odd rule over every ring of the polygon (holes excluded). */
export function insidePolygon(point: Point, polygon: Polygon): boolean {
  const [x, y] = point;
  let inside = false;
  for (const ring of polygon) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i]!;
      const [xj, yj] = ring[j]!;
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

/**
 * Where a region's label goes: inside its largest polygon. The centroid where it falls inside (the
 * usual case); for a crescent or a long bent shape, the middle of the widest inside stretch of the
 * horizontal line through the centroid, so the label never sits on a neighbour.
 */
export function labelPoint(polygons: readonly Polygon[]): Point | null {
  let largest: Polygon | null = null;
  let largestArea = -1;
  for (const polygon of polygons) {
    const area = polygonArea(polygon);
    if (area > largestArea) {
      largest = polygon;
      largestArea = area;
    }
  }
  if (!largest || !largest[0] || largest[0].length < 3) return null;
  const { cx, cy } = ringMoments(largest[0]);
  if (insidePolygon([cx, cy], largest)) return [cx, cy];
  const crossings: number[] = [];
  for (const ring of largest) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i]!;
      const [xj, yj] = ring[j]!;
      if (yi > cy !== yj > cy) crossings.push(((xj - xi) * (cy - yi)) / (yj - yi) + xi);
    }
  }
  crossings.sort((a, b) => a - b);
  let best: Point | null = null;
  let widest = -1;
  for (let i = 0; i + 1 < crossings.length; i += 2) {
    const width = crossings[i + 1]! - crossings[i]!;
    if (width > widest) {
      widest = width;
      best = [(crossings[i]! + crossings[i + 1]!) / 2, cy];
    }
  }
  return best ?? [cx, cy];
}

/** Geographic coordinates (longitude, latitude) rather than a projection's metres. */
export function isGeographic(box: Box): boolean {
  return box.minX >= -180 && box.maxX <= 180 && box.minY >= -90 && box.maxY <= 90;
}

/**
 * How much a degree of latitude is drawn taller than a degree of longitude at the map's middle, so a
 * county is not squashed: cos(latitude) for geographic coordinates, 1 for projected metres.
 */
export function aspectScale(box: Box): number {
  if (!isGeographic(box) || !Number.isFinite(box.minY)) return 1;
  const middle = ((box.minY + box.maxY) / 2) * (Math.PI / 180);
  return Math.max(0.2, Math.cos(middle));
}

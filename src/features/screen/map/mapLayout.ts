import type { MapGeometry } from '../../../adapters/geo/features';
import { aspectScale, emptyBox, extendBox, type Box, type Point, type Polygon } from '../../../adapters/geo/geometry';
import { matchRegions } from '../../../adapters/geo/matchRegions';
import type { Office } from '../../../domain';

/** One shape drawn: an office's boundary (key = its id) or a shape of the file no office claims. */
export interface MapShape {
  key: string;
  officeId: string | null;
  polygons: Polygon[];
  at: Point;
}

export interface MapLayout {
  kind: 'geojson' | 'tiles';
  shapes: MapShape[];
  /** The extent of every shape drawn, in the shapes' coordinates. */
  box: Box;
  aspectScale: number;
  /** Offices of the scope with no boundary in the file (listed on the page for the deployer). */
  unmatched: Office[];
}

/** The prefix of shapes no office claims (never an office id: ids are the data's, this is ours). */
export const UNCLAIMED = '\u0000unclaimed:';

/**
 * The deployer's boundaries for the scope's units: each matched office's feature under its id,
 * the file's other features as grey context. Null when no unit matches at all (a file of another
 * county, names written differently): the page then draws tiles and says why.
 */
export function geoLayout(units: readonly Office[], geometry: MapGeometry): MapLayout | null {
  const match = matchRegions(units, geometry.features);
  if (match.byOffice.size === 0) return null;
  const shapes: MapShape[] = [];
  for (const office of units) {
    const index = match.byOffice.get(office.id);
    if (index === undefined) continue;
    const feature = geometry.features[index]!;
    shapes.push({ key: office.id, officeId: office.id, polygons: feature.polygons, at: feature.label });
  }
  for (const index of match.unmatchedFeatures) {
    const feature = geometry.features[index]!;
    shapes.push({ key: `${UNCLAIMED}${index}`, officeId: null, polygons: feature.polygons, at: feature.label });
  }
  return { kind: 'geojson', shapes, box: geometry.box, aspectScale: aspectScale(geometry.box), unmatched: match.unmatchedOffices };
}

/** Columns for `count` equal tiles in a panel about 1.4 times as wide as tall, with few empty cells. */
export function tileColumns(count: number, aspect = 1.4): number {
  let best = 1;
  let bestScore = Infinity;
  for (let columns = 1; columns <= Math.max(1, count); columns++) {
    const rows = Math.ceil(count / columns);
    const score = Math.abs(Math.log(columns / rows / aspect)) + (0.6 * (rows * columns - count)) / Math.max(1, count);
    if (score < bestScore) {
      best = columns;
      bestScore = score;
    }
  }
  return best;
}

/** The gap between tiles, as a share of a tile's side. */
const TILE_GAP = 0.08;

/**
 * Without boundaries, one equal tile per unit, laid out from the tree: the units in the tree's
 * order (as the data lists them under their region), row by row, the last row centred. Every
 * deployment and the demo have a map page; nothing pretends to be geography.
 */
export function tileLayout(units: readonly Office[]): MapLayout {
  const columns = tileColumns(units.length);
  const rows = Math.ceil(units.length / columns);
  const size = 1 - TILE_GAP;
  const shapes = units.map((office, index) => {
    const row = Math.floor(index / columns);
    const inRow = row === rows - 1 ? units.length - row * columns : columns;
    const x = (index % columns) + (columns - inRow) / 2;
    const y = 0 - row || 0;
    const ring: Point[] = [
      [x, y],
      [x + size, y],
      [x + size, y - size],
      [x, y - size],
      [x, y],
    ];
    return { key: office.id, officeId: office.id, polygons: [[ring]], at: [x + size / 2, y - size / 2] as Point };
  });
  const box = emptyBox();
  for (const shape of shapes) extendBox(box, shape.polygons);
  return { kind: 'tiles', shapes, box, aspectScale: 1, unmatched: [] };
}

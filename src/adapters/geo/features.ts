import { isPlainObject } from '../validate/describe';
import type { MapSource } from '../mapConfig';
import { normaliseAdminCode } from './adminCode';
import { emptyBox, extendBox, labelPoint, type Box, type Point, type Polygon } from './geometry';

/** Properties that usually hold the 行政区划代码, in the order they are tried (DataV: adcode; 天地图 and 自然资源 exports: XZQDM). */
export const CODE_PROPERTIES = ['adminCode', 'adcode', 'ADCODE', 'code', 'CODE', 'XZQDM', 'xzqdm', 'QHDM', 'PAC', 'gb', 'GB'] as const;
/** Properties that usually hold the place name (天地图 and 自然资源 exports: XZQMC). */
export const NAME_PROPERTIES = ['name', 'NAME', 'Name', 'XZQMC', 'xzqmc', 'QHMC', 'MC'] as const;
/** Properties of a label point some files carry (DataV: centroid, center; older ECharts maps: cp). */
const LABEL_PROPERTIES = ['centroid', 'center', 'cp'] as const;

/** Far beyond any county's or prefecture's boundaries simplified for a screen; a bigger file is a mistake. */
export const MAX_FEATURES = 2000;
export const MAX_POINTS = 400_000;

export type MapFileProblem = 'not-geojson' | 'no-polygons' | 'too-large';

/** A boundary file the map cannot use at all: the page draws its tile map and says why. */
export class MapFileError extends Error {
  constructor(
    readonly problem: MapFileProblem,
    detail: string,
  ) {
    super(detail);
    this.name = 'MapFileError';
  }
}

export interface MapFeature {
  /** Its position among the file's features (0-based). */
  index: number;
  /** The 行政区划代码 in twelve digits (adminCode.ts), or null. */
  code: string | null;
  name: string | null;
  polygons: Polygon[];
  /** Where its label goes: the file's own point (centroid, center, cp) when it gives one, else computed inside the shape. */
  label: Point;
}

export interface MapGeometry {
  /** The file's own name for itself (a FeatureCollection's "name" member), shown under the map. */
  title: string | null;
  features: MapFeature[];
  box: Box;
  /** Features left out (not a polygon, bad coordinates), by index, with why: for the deployer's notes. */
  skipped: { index: number; why: string }[];
}

function isPoint(value: unknown): value is [number, number] {
  return Array.isArray(value) && value.length >= 2 && Number.isFinite(value[0]) && Number.isFinite(value[1]);
}

function readRing(value: unknown, budget: { points: number }): Point[] | null {
  if (!Array.isArray(value) || value.length < 4) return null;
  const ring: Point[] = [];
  for (const point of value) {
    if (!isPoint(point)) return null;
    ring.push([point[0], point[1]]);
  }
  budget.points += ring.length;
  if (budget.points > MAX_POINTS) throw new MapFileError('too-large', `more than ${MAX_POINTS} points: simplify the boundaries first (deploy-map.md)`);
  return ring;
}

function readPolygon(value: unknown, budget: { points: number }): Polygon | null {
  if (!Array.isArray(value) || value.length === 0) return null;
  const rings: Point[][] = [];
  for (const raw of value) {
    const ring = readRing(raw, budget);
    if (!ring) return null;
    rings.push(ring);
  }
  return rings;
}

function readGeometry(geometry: unknown, budget: { points: number }): Polygon[] | string {
  if (!isPlainObject(geometry)) return 'no geometry';
  if (geometry.type === 'Polygon') {
    const polygon = readPolygon(geometry.coordinates, budget);
    return polygon ? [polygon] : 'bad Polygon coordinates';
  }
  if (geometry.type === 'MultiPolygon') {
    if (!Array.isArray(geometry.coordinates)) return 'bad MultiPolygon coordinates';
    const polygons: Polygon[] = [];
    for (const raw of geometry.coordinates) {
      const polygon = readPolygon(raw, budget);
      if (!polygon) return 'bad MultiPolygon coordinates';
      polygons.push(polygon);
    }
    return polygons.length > 0 ? polygons : 'empty MultiPolygon';
  }
  return `a ${typeof geometry.type === 'string' ? geometry.type.slice(0, 30) : 'geometry'} is not an area`;
}

function firstOf(properties: Record<string, unknown>, preferred: string | undefined, names: readonly string[]): unknown {
  if (preferred !== undefined) return properties[preferred];
  for (const name of names) if (properties[name] !== undefined && properties[name] !== null) return properties[name];
  return undefined;
}

function readName(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const name = value.trim().slice(0, 100);
  return name === '' ? null : name;
}

/**
 * A GeoJSON FeatureCollection as the map draws it: one feature per township or county, each a
 * Polygon or MultiPolygon with its code and name from its properties (`source` may name the
 * properties; otherwise the usual ones are tried). Features that are not areas are skipped and
 * listed; a file with no area at all, or far too large, is a MapFileError.
 */
export function readGeoJson(payload: unknown, source: Pick<MapSource, 'codeProperty' | 'nameProperty'> = {}): MapGeometry {
  if (!isPlainObject(payload) || payload.type !== 'FeatureCollection' || !Array.isArray(payload.features)) {
    throw new MapFileError('not-geojson', 'expected a GeoJSON FeatureCollection with a "features" array');
  }
  if (payload.features.length > MAX_FEATURES) throw new MapFileError('too-large', `more than ${MAX_FEATURES} features`);
  const budget = { points: 0 };
  const features: MapFeature[] = [];
  const skipped: MapGeometry['skipped'] = [];
  const box = emptyBox();
  payload.features.forEach((raw: unknown, index: number) => {
    if (!isPlainObject(raw)) {
      skipped.push({ index, why: 'not an object' });
      return;
    }
    const polygons = readGeometry(raw.geometry, budget);
    if (typeof polygons === 'string') {
      skipped.push({ index, why: polygons });
      return;
    }
    const properties = isPlainObject(raw.properties) ? raw.properties : {};
    const given = firstOf(properties, undefined, LABEL_PROPERTIES);
    const computed = labelPoint(polygons);
    if (!computed) {
      skipped.push({ index, why: 'degenerate polygon' });
      return;
    }
    extendBox(box, polygons);
    features.push({
      index,
      code: normaliseAdminCode(firstOf(properties, source.codeProperty, CODE_PROPERTIES)),
      name: readName(firstOf(properties, source.nameProperty, NAME_PROPERTIES)),
      polygons,
      label: isPoint(given) ? [given[0], given[1]] : computed,
    });
  });
  if (features.length === 0) throw new MapFileError('no-polygons', 'the file holds no Polygon or MultiPolygon feature');
  return { title: readName(payload.name), features, box, skipped };
}

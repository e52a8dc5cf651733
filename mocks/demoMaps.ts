import type { Office } from '../src/domain';
import { hashKey, rngFor } from './random';
import { planDemoCounty, planPrefecture } from './tree';
import { bentCells, cellOf, relaxedSites, rounded, wavyOutline, type Pt } from './voronoi';

/**
 * The demo's boundary files (public/maps/): invented shapes for the invented 青岚县's townships and
 * 云岭市's counties, so the demo and the tests have a map page drawn from GeoJSON the way a
 * deployment's is. They sit near longitude 0, latitude 0 — open sea — and every file says it is
 * invented: real boundaries for public display come from an approved source (docs/deploy-map.md).
 */
export interface DemoMapFile {
  /** The file under public/maps/. */
  file: string;
  /** The region whose children it draws (config.json's `map` key). */
  regionId: string;
  geojson: GeoJsonCollection;
}

interface GeoJsonCollection {
  type: 'FeatureCollection';
  name: string;
  description: string;
  features: {
    type: 'Feature';
    properties: { name: string; adcode: string };
    geometry: { type: 'Polygon'; coordinates: Pt[][] };
  }[];
}

const NOTICE = '虚构边界，仅供演示和测试，不代表任何真实行政区划。Invented boundaries for the demo and tests; no real division.';

/**
 * One invented map: an outline around (cx, cy) cut into one cell per place, the cell nearest the
 * middle for the first place (the county seat's street, the prefecture's central district).
 */
export function inventedMap(seedKey: string, places: readonly Pick<Office, 'name' | 'adminCode'>[], centre: Pt, radius: Pt, title: string): GeoJsonCollection {
  const rng = rngFor(1, 'demo-map', seedKey);
  const outline = wavyOutline(rng, centre[0], centre[1], radius[0], radius[1]);
  const sites = relaxedSites(rng, outline, places.length);
  const order = sites
    .map((site, index) => ({
      index,
      distance: Math.hypot(site[0] - centre[0], site[1] - centre[1]),
      angle: Math.atan2(site[1] - centre[1], site[0] - centre[0]),
    }))
    .sort((a, b) => a.distance - b.distance);
  const [middle, ...around] = order;
  around.sort((a, b) => a.angle - b.angle);
  const assigned = middle ? [middle, ...around] : around;
  const cells = bentCells(
    sites.map((_, i) => cellOf(outline, sites, i)),
    (key) => (hashKey(7, seedKey, key) / 0xffffffff) * 2 - 1,
  );
  return {
    type: 'FeatureCollection',
    name: title,
    description: NOTICE,
    features: places.map((place, i) => {
      const ring = rounded(cells[assigned[i]!.index]!);
      return {
        type: 'Feature',
        properties: { name: place.name, adcode: place.adminCode ?? '' },
        geometry: { type: 'Polygon', coordinates: [[...ring, ring[0]!]] },
      };
    }),
  };
}

/** The files the demo serves and config.json names: 青岚县's townships, 云岭市's counties. */
export function demoMaps(): DemoMapFile[] {
  const county = planDemoCounty(1);
  const townships = county.counties[0]!.townships.map((profile) => profile.office);
  const prefecture = planPrefecture(1);
  const counties = prefecture.offices.filter((office) => office.kind === 'region' && office.parentId === prefecture.root.id);
  return [
    {
      file: 'qinglan-townships.geojson',
      regionId: county.root.id,
      geojson: inventedMap('qinglan', townships, [0.6, 0.45], [0.55, 0.4], `${county.root.name}乡镇（街道）示意边界（虚构）`),
    },
    {
      file: 'yunling-counties.geojson',
      regionId: prefecture.root.id,
      geojson: inventedMap('yunling', counties, [1.2, 0.9], [1.1, 0.8], `${prefecture.root.name}县（市、区）示意边界（虚构）`),
    },
  ];
}

/** The file's text as written to public/maps/: one feature per line, so a diff reads by place. */
export function demoMapText(map: DemoMapFile): string {
  const { features, ...head } = map.geojson;
  const lines = features.map((feature) => `    ${JSON.stringify(feature)}`);
  const top = JSON.stringify(head).slice(0, -1);
  return `${top},\n  "features": [\n${lines.join(',\n')}\n  ]\n}\n`;
}

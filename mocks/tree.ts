import type { Office, OfficeKind } from '../src/domain';
import {
  DEMO_COUNTY,
  DEMO_PREFECTURE,
  DEMO_PROVINCE,
  DEPARTMENTS,
  PROVINCE_PREFECTURES,
  countyNames,
  LATE_START_DEPARTMENT,
  PREFECTURE_COUNTIES,
  PlaceNames,
  departmentName,
  townshipName,
  townshipStyle,
  villageName,
  type DepartmentTemplate,
  type TownshipStyle,
} from './names';
import { rngFor, type Rng } from './random';

/** What the record generator needs to know about an office beyond the wire's four fields. */
export interface OfficeProfile {
  office: Office;
  /** The county region this office belongs to (itself for a county). */
  countyId: string;
  /** Typical items accepted in an ordinary month. */
  accepted: number;
  hotline: number;
  disclosures: number;
  /** Online handling rate at the start of the period. */
  online: number;
  /** Department code (e.g. 'police') or township style; for tests and laggard choice. */
  code: string;
}

export interface CountyPlan {
  county: Office;
  departments: OfficeProfile[];
  townships: OfficeProfile[];
  villages: OfficeProfile[];
  /** The department set up part-way through the period. */
  lateStart: OfficeProfile;
}

export interface TreePlan {
  root: Office;
  /** Every region's own offices: a county's hall, townships and villages, a city's or province's own departments. */
  counties: CountyPlan[];
  /** Every office in the order they are served: parents before children. */
  offices: Office[];
  /** Offices that report records (regions have none of their own: their totals are roll-ups). */
  reporting: OfficeProfile[];
}

interface CountyShape {
  departments: 'all' | [number, number];
  townships: [number, number];
  villagesPerTownship: [number, number];
  /** Multiplies every volume: the large scenario's counties differ in size. */
  scale: [number, number];
}

const DEMO_SHAPE: CountyShape = { departments: 'all', townships: [12, 12], villagesPerTownship: [8, 25], scale: [1, 1] };
const PREFECTURE_SHAPE: CountyShape = { departments: [20, 26], townships: [10, 15], villagesPerTownship: [7, 13], scale: [0.6, 1.3] };

function chooseDepartments(shape: CountyShape, rng: Rng): DepartmentTemplate[] {
  if (shape.departments === 'all') return DEPARTMENTS.slice();
  const wanted = rng.int(shape.departments[0], shape.departments[1]) - 1; // the late-start one is added after
  const core = DEPARTMENTS.filter((d) => d.core);
  const rest = rng.shuffle(DEPARTMENTS.filter((d) => !d.core)).slice(0, Math.max(0, wanted - core.length));
  // Keep the template order, so the list reads like a hall's directory whatever was dropped.
  const chosen = new Set([...core, ...rest]);
  return DEPARTMENTS.filter((d) => chosen.has(d));
}

function profile(office: Office, countyId: string, code: string, volumes: Omit<OfficeProfile, 'office' | 'countyId' | 'code'>): OfficeProfile {
  return { office, countyId, code, ...volumes };
}

function office(id: string, name: string, kind: OfficeKind, parentId: string | null, adminCode?: string): Office {
  return adminCode === undefined ? { id, name, kind, parentId } : { id, name, kind, parentId, adminCode };
}

/**
 * Invented 行政区划代码 for the demo's invented places, under province code 99, which GB/T 2260 does
 * not use (real ones run 11–82): regions get six digits, townships the twelve of the statistical
 * code (county + three digits + 000), so the map's matching reads both forms. Departments and
 * villages carry none, as most real office lists.
 */
export const DEMO_PROVINCE_CODE = '99';
export const DEMO_COUNTY_CODE = '990121';

function townshipCode(countyCode: string | undefined, index: number): string | undefined {
  return countyCode === undefined ? undefined : `${countyCode}${String(index + 1).padStart(3, '0')}000`;
}

function planCounty(seed: number, county: Office, countyName: string, singleCounty: boolean, prefix: string, shape: CountyShape): CountyPlan {
  const rng = rngFor(seed, 'county', county.id);
  const scale = rng.uniform(shape.scale[0], shape.scale[1]);
  const noise = () => rng.uniform(0.85, 1.15);

  const deptProfile = (template: DepartmentTemplate) =>
    profile(office(`${prefix}d-${template.code}`, departmentName(template, countyName, singleCounty), 'department', county.id), county.id, template.code, {
      accepted: template.accepted * scale * noise(),
      hotline: template.hotline * scale * noise(),
      disclosures: template.disclosures * noise(),
      online: Math.min(0.97, template.online * rng.uniform(0.95, 1.05)),
    });
  const departments = chooseDepartments(shape, rng).map(deptProfile);
  const lateStart = deptProfile(LATE_START_DEPARTMENT);
  departments.push(lateStart);

  const places = new PlaceNames(rng);
  const townshipCount = rng.int(shape.townships[0], shape.townships[1]);
  const streets = rng.int(1, 2);
  const townships: OfficeProfile[] = [];
  const villages: OfficeProfile[] = [];
  for (let t = 0; t < townshipCount; t++) {
    const style: TownshipStyle = townshipStyle(t, streets, rng);
    const townshipId = `${prefix}t${String(t + 1).padStart(2, '0')}`;
    // Streets in the county seat are busiest, rural townships (乡) quietest: 500–2,000 items a month.
    const base = style === 'street' ? rng.uniform(1400, 1900) : style === 'town' ? rng.uniform(650, 1500) : rng.uniform(480, 800);
    townships.push(
      profile(office(townshipId, townshipName(style, t, places), 'township', county.id, townshipCode(county.adminCode, t)), county.id, style, {
        accepted: base * scale,
        hotline: rng.uniform(20, 40) * scale,
        disclosures: rng.uniform(12, 24),
        online: rng.uniform(0.62, 0.78),
      }),
    );
    const villageCount = rng.int(shape.villagesPerTownship[0], shape.villagesPerTownship[1]);
    for (let v = 0; v < villageCount; v++) {
      villages.push(
        profile(
          office(`${townshipId}-v${String(v + 1).padStart(2, '0')}`, villageName(style, v, places), 'village', townshipId),
          county.id,
          'village',
          // Village rooms take tens of items and report no online, hotline or disclosure counts.
          { accepted: rng.uniform(12, 70), hotline: 0, disclosures: 0, online: 0 },
        ),
      );
    }
  }
  return { county, departments, townships, villages, lateStart };
}

/**
 * A region's own departments (市直部门, 省直部门): a hall of the region's size without townships.
 * A plan like a county's, so the laggards and the records treat them alike.
 */
function planRegionDepartments(seed: number, region: Office, regionName: string, prefix: string, scale: number): CountyPlan {
  const rng = rngFor(seed, 'region-departments', region.id);
  const template = (d: DepartmentTemplate) =>
    profile(office(`${prefix}d-${d.code}`, departmentName(d, regionName, false), 'department', region.id), region.id, d.code, {
      accepted: d.accepted * scale * rng.uniform(0.85, 1.15),
      hotline: d.hotline * scale * rng.uniform(0.85, 1.15),
      disclosures: d.disclosures * rng.uniform(0.9, 1.3),
      online: Math.min(0.97, d.online * rng.uniform(0.97, 1.07)),
    });
  const departments = chooseDepartments(PREFECTURE_SHAPE, rng).map(template);
  const lateStart = template(LATE_START_DEPARTMENT);
  departments.push(lateStart);
  return { county: region, departments, townships: [], villages: [], lateStart };
}

/** The plans in tree order; `regions` are the region offices below the root, each before its plans' offices. */
function collect(root: Office, parts: readonly (Office | CountyPlan)[]): TreePlan {
  const offices: Office[] = [root];
  const reporting: OfficeProfile[] = [];
  const counties: CountyPlan[] = [];
  for (const part of parts) {
    if ('kind' in part) {
      offices.push(part);
      continue;
    }
    counties.push(part);
    for (const group of [part.departments, part.townships, part.villages]) {
      for (const p of group) {
        offices.push(p.office);
        reporting.push(p);
      }
    }
  }
  return { root, counties, offices, reporting };
}

/** One county: the region root, ~25 departments, 12 townships and their village rooms. */
export function planDemoCounty(seed: number): TreePlan {
  const root = office('county', DEMO_COUNTY, 'region', null, DEMO_COUNTY_CODE);
  return collect(root, [planCounty(seed, root, DEMO_COUNTY, true, '', DEMO_SHAPE)]);
}

/** A prefecture's county regions, each a hall, townships and villages, after the city's own departments. */
function prefectureParts(seed: number, city: Office, cityName: string, names: readonly string[], prefix: string): (Office | CountyPlan)[] {
  const parts: (Office | CountyPlan)[] = [planRegionDepartments(seed, city, cityName, `${prefix}`, 1.4)];
  names.forEach((name, i) => {
    const id = `${prefix}c${String(i + 1).padStart(2, '0')}`;
    const code = city.adminCode === undefined ? undefined : `${city.adminCode.slice(0, 4)}${String(i + 1).padStart(2, '0')}`;
    const county = office(id, name, 'region', city.id, code);
    parts.push(county, planCounty(seed, county, name, false, `${id}-`, PREFECTURE_SHAPE));
  });
  return parts;
}

/** A prefecture: the region root with its own departments (市直部门) and 13 county regions. */
export function planPrefecture(seed: number): TreePlan {
  const root = office('pref', DEMO_PREFECTURE, 'region', null, `${DEMO_PROVINCE_CODE}0100`);
  return collect(root, prefectureParts(seed, root, DEMO_PREFECTURE, PREFECTURE_COUNTIES, 'pref-'));
}

/**
 * A province of 14 prefectures (~20,000 offices): its own departments (省直部门), then each
 * prefecture with its own departments and 8–10 counties. County names are unique in the province.
 */
export function planProvince(seed: number): TreePlan {
  const root = office('prov', DEMO_PROVINCE, 'region', null, `${DEMO_PROVINCE_CODE}0000`);
  const rng = rngFor(seed, 'province');
  const used = new Set<string>();
  const parts: (Office | CountyPlan)[] = [planRegionDepartments(seed, root, DEMO_PROVINCE, 'prov-', 2)];
  PROVINCE_PREFECTURES.forEach((name, p) => {
    const prefix = `p${String(p + 1).padStart(2, '0')}-`;
    const city = office(prefix.slice(0, -1), name, 'region', root.id, `${DEMO_PROVINCE_CODE}${String(p + 1).padStart(2, '0')}00`);
    parts.push(city, ...prefectureParts(seed, city, name, countyNames(rng, rng.int(8, 10), used), prefix));
  });
  return collect(root, parts);
}

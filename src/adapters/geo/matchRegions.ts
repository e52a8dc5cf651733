import type { Office } from '../../domain';
import { normaliseAdminCode } from './adminCode';
import type { MapFeature } from './features';

/** Words an office's name may carry that a boundary's name does not (城东街道便民服务中心 → 城东街道). */
const SERVICE_SUFFIXES = ['党群服务中心', '便民服务中心', '为民服务中心', '政务服务中心', '综合服务中心', '服务中心', '人民政府', '办事处'];

/** A name as matched: no spaces, no service-centre suffix. */
export function matchName(name: string): string {
  let text = name.replace(/\s+/g, '');
  for (const suffix of SERVICE_SUFFIXES) {
    if (text.length > suffix.length + 1 && text.endsWith(suffix)) {
      text = text.slice(0, -suffix.length);
      break;
    }
  }
  return text;
}

export interface RegionMatch {
  /** Office id → the feature drawn for it (its index in the features list). */
  byOffice: Map<string, number>;
  /** How each matched office was found. */
  how: Map<string, 'code' | 'name'>;
  /** Offices with no boundary: listed on the page for the deployer, never guessed. */
  unmatchedOffices: Office[];
  /** Features no office claimed (another county's, a renamed township), drawn as context in grey. */
  unmatchedFeatures: number[];
}

function uniqueIndex<T>(items: readonly T[], key: (item: T) => string | null): Map<string, number> {
  const seen = new Map<string, number>();
  const twice = new Set<string>();
  items.forEach((item, index) => {
    const k = key(item);
    if (k === null) return;
    if (seen.has(k)) twice.add(k);
    else seen.set(k, index);
  });
  for (const k of twice) seen.delete(k);
  return seen;
}

/**
 * Which boundary is whose: by 行政区划代码 first (an office's adminCode against the feature's code,
 * both in twelve digits), then by name among what is left (spaces and a service-centre suffix
 * ignored). A code or a name that two features share, or two offices, matches nothing rather than
 * the wrong one.
 */
export function matchRegions(offices: readonly Office[], features: readonly MapFeature[]): RegionMatch {
  const byOffice = new Map<string, number>();
  const how = new Map<string, 'code' | 'name'>();
  const claimed = new Set<number>();

  const featureByCode = uniqueIndex(features, (feature) => feature.code);
  const officeCodes = uniqueIndex(offices, (office) => normaliseAdminCode(office.adminCode));
  for (const [code, officeIndex] of officeCodes) {
    const feature = featureByCode.get(code);
    if (feature === undefined) continue;
    const office = offices[officeIndex]!;
    byOffice.set(office.id, feature);
    how.set(office.id, 'code');
    claimed.add(feature);
  }

  const leftOffices = offices.filter((office) => !byOffice.has(office.id));
  const leftFeatures = features.map((feature, index) => ({ feature, index })).filter(({ index }) => !claimed.has(index));
  const featureByName = uniqueIndex(leftFeatures, ({ feature }) => (feature.name === null ? null : matchName(feature.name)));
  const officeNames = uniqueIndex(leftOffices, (office) => matchName(office.name));
  for (const [name, officeIndex] of officeNames) {
    const entry = featureByName.get(name);
    if (entry === undefined) continue;
    const office = leftOffices[officeIndex]!;
    const feature = leftFeatures[entry]!.index;
    byOffice.set(office.id, feature);
    how.set(office.id, 'name');
    claimed.add(feature);
  }

  return {
    byOffice,
    how,
    unmatchedOffices: offices.filter((office) => !byOffice.has(office.id)),
    unmatchedFeatures: features.map((_, index) => index).filter((index) => !claimed.has(index)),
  };
}

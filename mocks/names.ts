import type { Rng } from './random';

/** Invented names: none is a real county of the source reports. */
export const DEMO_COUNTY = '青岚县';
export const DEMO_PREFECTURE = '云岭市';
export const DEMO_PROVINCE = '青川省';
/** The province's prefectures; the first is the large scenario's. */
export const PROVINCE_PREFECTURES = [
  '云岭市',
  '澜江市',
  '石门市',
  '溪川市',
  '桐华市',
  '安平市',
  '凤台市',
  '翠屏市',
  '玉泉市',
  '长汀市',
  '白沙市',
  '金川市',
  '望海市',
  '青枫州',
] as const;

const COUNTY_FIRST = '青临桐白松云柳安鹤瑞望丰南岚溪石凤玉长金泉清河川新永平宁远定'.split('');
const COUNTY_SECOND = '川溪源塘阳安宁水山江平城乐丰和兴昌化泽陵'.split('');

/** County names for a prefecture of the province, unique across the province (`used` is shared). */
export function countyNames(rng: Rng, count: number, used: Set<string>): string[] {
  const names: string[] = [];
  for (let attempt = 0; names.length < count && attempt < 5000; attempt++) {
    const name = `${rng.pick(COUNTY_FIRST)}${rng.pick(COUNTY_SECOND)}${rng.next() < 0.2 ? '区' : '县'}`;
    if (used.has(name)) continue;
    used.add(name);
    names.push(name);
  }
  return names;
}
export const PREFECTURE_COUNTIES = [
  '青岚县',
  '临溪县',
  '桐川县',
  '白鹭县',
  '松源县',
  '云塘县',
  '柳川县',
  '安澜县',
  '鹤鸣县',
  '瑞溪县',
  '望川县',
  '丰禾县',
  '南屏县',
] as const;

/**
 * A department with windows in the hall, and its usual monthly volume. Big ones (公安, 税务,
 * 人社, 医保, 不动产) take most of a county's 10k–15k items; small ones tens. `online` is its
 * online handling rate at the start of the 36 months: tax is almost all online, police and
 * real estate much less.
 */
export interface DepartmentTemplate {
  code: string;
  /** `{county}` is the county's full name; in a single-county demo a leading 县 reads naturally. */
  name: string;
  accepted: number;
  hotline: number;
  disclosures: number;
  online: number;
  /** Always present in a county's hall (the large scenario drops some of the others at random). */
  core?: boolean;
}

export const DEPARTMENTS: readonly DepartmentTemplate[] = [
  { code: 'police', name: '{county}公安局', accepted: 2350, hotline: 42, disclosures: 25, online: 0.5, core: true },
  { code: 'tax', name: '国家税务总局{county}税务局', accepted: 1900, hotline: 21, disclosures: 20, online: 0.9, core: true },
  { code: 'hrss', name: '{county}人力资源和社会保障局', accepted: 1550, hotline: 63, disclosures: 25, online: 0.78, core: true },
  { code: 'medical', name: '{county}医疗保障局', accepted: 1250, hotline: 35, disclosures: 18, online: 0.78, core: true },
  { code: 'realestate', name: '{county}不动产登记中心', accepted: 1000, hotline: 21, disclosures: 12, online: 0.45, core: true },
  { code: 'market', name: '{county}市场监督管理局', accepted: 820, hotline: 77, disclosures: 30, online: 0.8, core: true },
  { code: 'fund', name: '{county}住房公积金管理中心', accepted: 430, hotline: 14, disclosures: 10, online: 0.7, core: true },
  { code: 'power', name: '{county}供电公司', accepted: 380, hotline: 63, disclosures: 8, online: 0.7, core: true },
  { code: 'civil', name: '{county}民政局', accepted: 270, hotline: 28, disclosures: 20, online: 0.55 },
  { code: 'transport', name: '{county}交通运输局', accepted: 250, hotline: 42, disclosures: 18, online: 0.65 },
  { code: 'health', name: '{county}卫生健康局', accepted: 220, hotline: 35, disclosures: 22, online: 0.6 },
  { code: 'housing', name: '{county}住房和城乡建设局', accepted: 200, hotline: 84, disclosures: 20, online: 0.6 },
  { code: 'nature', name: '{county}自然资源局', accepted: 180, hotline: 42, disclosures: 20, online: 0.5 },
  { code: 'watersupply', name: '{county}自来水公司', accepted: 145, hotline: 42, disclosures: 6, online: 0.6 },
  { code: 'gas', name: '{county}燃气公司', accepted: 110, hotline: 28, disclosures: 5, online: 0.6 },
  { code: 'agri', name: '{county}农业农村局', accepted: 110, hotline: 28, disclosures: 20, online: 0.5 },
  { code: 'edu', name: '{county}教育局', accepted: 100, hotline: 35, disclosures: 25, online: 0.55 },
  { code: 'justice', name: '{county}司法局', accepted: 72, hotline: 14, disclosures: 15, online: 0.5 },
  { code: 'veterans', name: '{county}退役军人事务局', accepted: 55, hotline: 14, disclosures: 12, online: 0.45 },
  { code: 'eco', name: '{county}生态环境分局', accepted: 55, hotline: 35, disclosures: 15, online: 0.6 },
  { code: 'disabled', name: '{county}残疾人联合会', accepted: 45, hotline: 7, disclosures: 8, online: 0.4 },
  { code: 'emergency', name: '{county}应急管理局', accepted: 36, hotline: 14, disclosures: 15, online: 0.55 },
  { code: 'culture', name: '{county}文化广电旅游局', accepted: 36, hotline: 14, disclosures: 18, online: 0.55 },
  { code: 'waterres', name: '{county}水利局', accepted: 36, hotline: 11, disclosures: 12, online: 0.5 },
  { code: 'forestry', name: '{county}林业局', accepted: 27, hotline: 7, disclosures: 10, online: 0.5 },
];

/** Set up part-way through the period (county data bureaus were created in 2024): records start mid-way. */
export const LATE_START_DEPARTMENT: DepartmentTemplate = {
  code: 'data',
  name: '{county}数据局',
  accepted: 40,
  hotline: 7,
  disclosures: 12,
  online: 0.85,
};

export function departmentName(template: DepartmentTemplate, county: string, singleCounty: boolean): string {
  // In a one-county dashboard people write 县公安局, but the tax bureau is always named in full.
  if (singleCounty && template.name.startsWith('{county}')) return template.name.replace('{county}', '县');
  return template.name.replace('{county}', county);
}

const PLACE_FIRST = '青石桥柳杨枫梅竹松马龙凤金银白黄红东西南北新古双高长平安和兴福永太大小清碧云花桃杏李沙塘'.split('');
const PLACE_SECOND = '山河溪桥坪塘湾岭口庄铺冲坝林园田关湖洲源泉岗埠渡集营寨堡阳'.split('');
const STREETS = ['城东街道', '城西街道', '城南街道', '城北街道', '城关街道'];

/** Two-character place names, unique within one county. */
export class PlaceNames {
  private readonly used = new Set<string>();

  constructor(private readonly rng: Rng) {}

  next(): string {
    for (let attempt = 0; attempt < 200; attempt++) {
      const name = this.rng.pick(PLACE_FIRST) + this.rng.pick(PLACE_SECOND);
      if (!this.used.has(name)) {
        this.used.add(name);
        return name;
      }
    }
    // The pools hold ~1,400 pairs, far more than a county uses; this is only a guard.
    const fallback = `${this.rng.pick(PLACE_FIRST)}${this.used.size}`;
    this.used.add(fallback);
    return fallback;
  }
}

export type TownshipStyle = 'street' | 'town' | 'xiang';

/** 1–2 streets (街道) in the county seat, then towns (镇) and a few rural townships (乡). */
export function townshipStyle(index: number, streets: number, rng: Rng): TownshipStyle {
  if (index < streets) return 'street';
  return rng.chance(0.25) ? 'xiang' : 'town';
}

export function townshipName(style: TownshipStyle, index: number, places: PlaceNames): string {
  if (style === 'street') return STREETS[index % STREETS.length] ?? '城关街道';
  return places.next() + (style === 'xiang' ? '乡' : '镇');
}

/** Streets have communities (社区便民服务站); towns have villages and a seat community or two. */
export function villageName(style: TownshipStyle, index: number, places: PlaceNames): string {
  const community = style === 'street' || index < 1;
  return places.next() + (community ? '社区便民服务站' : '村便民服务室');
}

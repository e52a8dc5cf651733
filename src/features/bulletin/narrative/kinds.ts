import type { Locale } from '../../../domain';
import type { BulletinFacts, RankedKind } from '../../../engine';
import type { KindWords, NarrativeContext } from './context';

/** The usual order of region suffixes when several are named together: 县（市、区）, 市（州）. */
const REGION_ORDER = ['县', '市', '区', '旗', '州', '盟'];
/** The scope's own departments: 县直部门 of a county, 市直部门 of a city, 州直 of a 州, 省直 of a province. */
const DIRECT = new Set(['县', '市', '区', '州', '旗', '盟', '省']);

/** The regions under the scope by what they are: 县（市、区） from 县, 市 and 区 in their names. */
export function regionWord(names: readonly string[]): string {
  const present = REGION_ORDER.filter((suffix) => names.some((name) => name.endsWith(suffix)));
  if (present.length === 0) return '县（市、区）';
  if (present.length === 1) return present[0]!;
  return `${present[0]}（${present.slice(1).join('、')}）`;
}

export function kindWords(facts: BulletinFacts, locale: Locale): KindWords | undefined {
  if (locale !== 'zh-CN') return undefined;
  const last = facts.scope.name.slice(-1);
  return {
    region: regionWord(facts.rankings.region.rows.map((row) => row.name)),
    department: DIRECT.has(last) ? `${last}直部门` : '部门',
    township: '乡镇（街道）',
  };
}

/** 县直部门 / departments; English changes with the count. */
export function kindWord(ctx: NarrativeContext, kind: RankedKind, count = 2): string {
  if (ctx.kinds) return ctx.kinds[kind];
  if (kind === 'region') return ctx.t(count === 1 ? 'bulletin.kindWord.region' : 'bulletin.kindWord.regions');
  if (kind === 'department') return ctx.t(count === 1 ? 'bulletin.kindWord.department' : 'bulletin.kindWord.departments');
  return ctx.t(count === 1 ? 'bulletin.kindWord.township' : 'bulletin.kindWord.townships');
}

import type { BulletinFacts } from '../../../engine';
import { schemeName } from '../../../ui/format/honest/schemeAndScenarioNames';
import { joinNames, type NarrativeContext } from './context';
import { kindWord } from './kinds';
import { scopeWord } from './scope';

/** 关于2026年10月全县政务服务绩效情况的通报 (GB/T 9704: 发文机关 + 事由 + 文种; the issuer signs at the end). */
export function titleText(ctx: NarrativeContext, facts: BulletinFacts): string {
  return ctx.t('bulletin.doc.title', { scope: scopeWord(facts.scope, ctx.locale), region: facts.scope.name, month: ctx.f.formatMonth(facts.month) });
}

/**
 * 主送机关 from who the bulletin ranks: 各县（市、区）人民政府 for the regions under the scope,
 * 各乡镇人民政府、街道办事处 for its townships (乡镇 and 街道 as their names say), 县直各部门 for its
 * own departments: "各乡镇人民政府、街道办事处，县直各部门：".
 */
export function addresseesText(ctx: NarrativeContext, facts: BulletinFacts): string {
  const { t } = ctx;
  const governments: string[] = [];
  if (facts.rankings.region.rows.length > 0) governments.push(t('bulletin.doc.to.regions', { kind: kindWord(ctx, 'region') }));
  const townships = facts.rankings.township.rows.map((row) => row.name);
  const streets = townships.filter((name) => name.endsWith('街道')).length;
  if (townships.length > streets) governments.push(t('bulletin.doc.to.townships'));
  if (streets > 0) governments.push(t(townships.length > streets ? 'bulletin.doc.to.streetsToo' : 'bulletin.doc.to.streets'));
  const groups = [
    ...(governments.length > 0 ? [governments.join(ctx.locale === 'zh-CN' ? '、' : ', ')] : []),
    ...(facts.rankings.department.rows.length > 0 ? [t('bulletin.doc.to.departments', { kind: addressedDepartments(ctx) })] : []),
  ];
  if (groups.length === 0) return t('bulletin.doc.to.all');
  return t('bulletin.doc.to', { list: groups.join(ctx.locale === 'zh-CN' ? '，' : '; ') });
}

/** 县直部门 → 县直各部门, as a 主送机关 line names them. */
function addressedDepartments(ctx: NarrativeContext): string {
  const word = kindWord(ctx, 'department');
  return ctx.locale === 'zh-CN' && word.endsWith('部门') ? `${word.slice(0, -2)}各部门` : word;
}

/** What was evaluated, by kind: 县直各部门、各乡镇（街道）. */
function evaluatedKinds(ctx: NarrativeContext, facts: BulletinFacts): string {
  const kinds = (['region', 'department', 'township'] as const).filter((kind) => facts.rankings[kind].rows.length > 0);
  return joinNames(
    ctx,
    kinds.map((kind) =>
      kind === 'department' && ctx.locale === 'zh-CN' ? addressedDepartments(ctx) : ctx.t('bulletin.doc.each', { kind: kindWord(ctx, kind) }),
    ),
  );
}

/** The opening: on what basis and what was evaluated, then 现将有关情况通报如下：. */
export function openingText(ctx: NarrativeContext, facts: BulletinFacts, issuer: string): string {
  const builtIn = schemeName(facts.scheme, ctx) === ctx.t('scheme.defaultName');
  const basis = builtIn ? ctx.t('bulletin.doc.basisDefault') : ctx.t('bulletin.doc.basis', { scheme: schemeName(facts.scheme, ctx) });
  return ctx.t('bulletin.doc.opening', {
    basis,
    issuer,
    month: ctx.f.formatMonth(facts.month),
    scope: scopeWord(facts.scope, ctx.locale),
    kinds: evaluatedKinds(ctx, facts),
  });
}

/** 成文日期 in Arabic numerals (GB/T 9704-2012 7.3.5.1): 2026年11月3日 / 3 Nov 2026. */
export function issueDateText(ctx: NarrativeContext, date: Date): string {
  if (ctx.locale === 'zh-CN') return `${date.getFullYear()}年${date.getMonth() + 1}月${date.getDate()}日`;
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' }).format(date);
}

/**
 * 发文字号 by default: the prefix set in 设置 → 通报格式, the issue year in 〔〕 and the bulletin's
 * month as the number (staff number their documents themselves; the text is editable per month).
 */
export function docNumberText(prefix: string, date: Date, month: string): string {
  return `${prefix}〔${date.getFullYear()}〕${Number(month.slice(5, 7))}号`;
}

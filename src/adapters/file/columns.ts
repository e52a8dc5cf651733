import { BUILT_IN_INDICATORS, COUNT_FIELDS, type CountField } from '../../domain';

/**
 * The columns of the template (docs: the guide on 设置 → 数据来源). Headers are Chinese, as the
 * provincial platform exports them; the contract's field names and English labels are accepted
 * as aliases, so a sheet written for the JSON contract or by an English-speaking colleague loads too.
 */
export interface ColumnSpec<Field extends string = string> {
  field: Field;
  header: string;
  headerEn: string;
  required: boolean;
  aliases: readonly string[];
}

export type OfficeField = 'id' | 'name' | 'kind' | 'parentId';
export type RecordField = 'officeId' | 'month' | CountField;
export type TableKind = 'offices' | 'records';

/** What the template names each sheet (and each CSV file). */
export const SHEET_NAMES: Record<TableKind, string> = { offices: '单位表', records: '月度数据表' };

const CODE_ALIASES = ['单位代码', '编码', '代码', 'code', 'officeCode'];

export const OFFICE_COLUMNS: readonly ColumnSpec<OfficeField>[] = [
  { field: 'id', header: '单位编码', headerEn: 'Office code', required: true, aliases: ['id', 'officeId', ...CODE_ALIASES] },
  { field: 'name', header: '单位名称', headerEn: 'Office name', required: true, aliases: ['name', '名称'] },
  { field: 'kind', header: '单位类型', headerEn: 'Office kind', required: true, aliases: ['kind', 'type', '类型'] },
  {
    field: 'parentId',
    header: '上级单位编码',
    headerEn: 'Parent office code',
    required: true,
    aliases: ['parentId', 'parent', 'parentCode', '上级单位代码', '上级编码'],
  },
];

/**
 * Every count has an indicator of its own in the built-in catalogue, whose label is its header, so
 * the template and the screens never name a field differently. Hotline counts carry 热线 there, so
 * 按时办结数 (hotline) is never mistaken for 按时办结件数 (items). Aliases are headers found in
 * real sheets, and those of earlier templates (超期件数, 临期件数 before contract v1.1 named them
 * precisely), so a sheet filled in last year still loads.
 */
const ALIASES: Partial<Record<CountField, string[]>> = {
  overdue: ['超期件数', '超期办结数'],
  nearDeadline: ['临期件数', '临期预警件数', '预警件数'],
  overdueOpen: ['月末超期未办结件数', '超期未办结数'],
  carriedOver: ['上月结转件数', '结转在办件数'],
  reviewsVerySatisfied: ['非常满意', '非常满意数'],
  reviewsSatisfied: ['满意', '满意数'],
  reviewsBasicallySatisfied: ['基本满意', '基本满意数'],
  reviewsDissatisfied: ['不满意', '不满意数'],
  reviewsVeryDissatisfied: ['非常不满意', '非常不满意数'],
  badReviewsOverdue: ['超期未整改差评数', '差评超期未整改件数'],
  hotlineTickets: ['工单数'],
  hotlineResponded: ['按时响应数'],
  hotlineCompleted: ['工单办结数'],
  hotlineResolved: ['问题解决数'],
  hotlineRevisited: ['回访数'],
  hotlineSatisfied: ['回访满意数'],
};

function countColumn(field: CountField): ColumnSpec<CountField> {
  const indicator = BUILT_IN_INDICATORS.find((item) => item.id === field && item.formula.type === 'count');
  if (!indicator) throw new Error(`no template header for the count field ${field}`);
  return {
    field,
    header: indicator.label.zh,
    headerEn: indicator.label.en,
    required: false,
    aliases: [field, ...(ALIASES[field] ?? [])],
  };
}

export const COUNT_COLUMNS: readonly ColumnSpec<CountField>[] = COUNT_FIELDS.map(countColumn);

export const RECORD_COLUMNS: readonly ColumnSpec<RecordField>[] = [
  { field: 'officeId', header: '单位编码', headerEn: 'Office code', required: true, aliases: ['officeId', 'id', ...CODE_ALIASES] },
  { field: 'month', header: '月份', headerEn: 'Month', required: true, aliases: ['month', '统计月份', '年月'] },
  ...COUNT_COLUMNS,
];

/**
 * The form headers are compared in: full-width folded to half-width (NFKC), anything in
 * brackets dropped ("单位类型（区域/部门/乡镇/村）", "受理件数(件)"), a leading required-mark *
 * dropped, spaces, underscores and hyphens removed, lower case.
 */
export function normalizeHeader(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/\uFEFF/g, '')
    .replace(/\([^)]*\)|\[[^\]]*\]|【[^】]*】/g, '')
    .replace(/[\s_\-*:：]/g, '')
    .toLowerCase();
}

/** Every normalized header a column answers to. */
export function headerKeys(column: ColumnSpec): string[] {
  return [column.header, column.headerEn, column.field, ...column.aliases].map(normalizeHeader);
}

/** The column header of a field as a person would look for it in the sheet. */
export function headerOfField(kind: TableKind, field: string, locale: 'zh' | 'en' = 'zh'): string | undefined {
  const columns: readonly ColumnSpec[] = kind === 'offices' ? OFFICE_COLUMNS : RECORD_COLUMNS;
  const column = columns.find((item) => item.field === field);
  return column ? (locale === 'zh' ? column.header : column.headerEn) : undefined;
}

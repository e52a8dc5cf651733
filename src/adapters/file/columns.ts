import { COUNT_FIELDS, INDICATORS, type CountField } from '../../domain';

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
 * Counts that have no indicator of their own in the registry (they only feed a rate) get their
 * header here; every other count uses its indicator's label, so the two never drift apart.
 * Hotline counts carry 热线 so 按时办结数 (hotline) is never mistaken for 按时办结件数 (items).
 */
const LABELS_NOT_IN_REGISTRY: Partial<Record<CountField, { zh: string; en: string; aliases: string[] }>> = {
  hotlineResponded: { zh: '热线按时响应数', en: 'Hotline tickets answered in time', aliases: ['按时响应数'] },
  hotlineOnTime: { zh: '热线按时办结数', en: 'Hotline tickets closed on time', aliases: [] },
  hotlineResolved: { zh: '热线问题解决数', en: 'Hotline tickets resolved', aliases: ['问题解决数'] },
  hotlineRevisited: { zh: '热线回访数', en: 'Hotline tickets revisited', aliases: ['回访数'] },
  hotlineSatisfied: { zh: '热线回访满意数', en: 'Hotline revisits satisfied', aliases: ['回访满意数'] },
};

const EXTRA_ALIASES: Partial<Record<CountField, string[]>> = {
  nearDeadline: ['临期预警件数', '预警件数'],
  hotlineTickets: ['工单数'],
};

function countColumn(field: CountField): ColumnSpec<CountField> {
  const own = LABELS_NOT_IN_REGISTRY[field];
  const indicator = INDICATORS.find((item) => item.formula.type === 'count' && item.formula.field === field);
  const label = own ?? indicator?.label;
  if (!label) throw new Error(`no template header for the count field ${field}`);
  return {
    field,
    header: label.zh,
    headerEn: label.en,
    required: false,
    aliases: [field, ...(own?.aliases ?? []), ...(EXTRA_ALIASES[field] ?? [])],
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

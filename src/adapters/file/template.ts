import { COUNT_FIELDS, type CountField, type MonthKey, type OfficeKind } from '../../domain';
import { COUNT_COLUMNS, OFFICE_COLUMNS, RECORD_COLUMNS, SHEET_NAMES } from './columns';

export type TemplateCell = string | number | null;

export interface TemplateTable {
  /** The sheet name in the workbook, and the CSV file's name without extension. */
  name: string;
  rows: TemplateCell[][];
}

/** The kind words the template writes (and the guide lists). */
export const KIND_WORDS_ZH: Record<OfficeKind, string> = { region: '区域', department: '部门', township: '乡镇', village: '村' };

/** The header of 单位类型 names its allowed values, so the sheet explains itself. */
const KIND_HEADER = `${OFFICE_COLUMNS[2]!.header}（${Object.values(KIND_WORDS_ZH).join('/')}）`;

interface ExampleOffice {
  id: string;
  name: string;
  kind: OfficeKind;
  parentId: string;
  /** Items accepted in the example month; null for the region (it is the sum of the others). */
  volume: number | null;
}

const EXAMPLE_OFFICES: readonly ExampleOffice[] = [
  { id: 'QL', name: '示例县', kind: 'region', parentId: '', volume: null },
  { id: 'QL-D01', name: '县公安局', kind: 'department', parentId: 'QL', volume: 1860 },
  { id: 'QL-D02', name: '县人社局', kind: 'department', parentId: 'QL', volume: 1240 },
  { id: 'QL-D03', name: '县市场监管局', kind: 'department', parentId: 'QL', volume: 980 },
  { id: 'QL-T01', name: '城关镇', kind: 'township', parentId: 'QL', volume: 1520 },
  { id: 'QL-T02', name: '河西乡', kind: 'township', parentId: 'QL', volume: 640 },
  { id: 'QL-V01', name: '城关镇东关村便民服务室', kind: 'village', parentId: 'QL-T01', volume: 46 },
];

/**
 * Believable counts that keep every consistency rule, notes included: on time + overdue =
 * completed, and 好评 / 差评 are the five levels' sums under the national practice. A village room
 * leaves the online, hotline and disclosure columns empty: they do not apply to it, and an empty
 * cell means "not reported", which the guide says is never the same as 0.
 */
export function exampleCounts(volume: number, kind: OfficeKind, seed: number): Partial<Record<CountField, number>> {
  const accepted = volume;
  const completed = Math.round(accepted * (0.97 + (seed % 3) * 0.01));
  const overdue = seed % 4 === 1 ? 1 : 0;
  const reviews = Math.round(completed * 0.9);
  const badReviews = seed % 3 === 0 ? 0 : 1 + (seed % 2);
  const veryDissatisfied = badReviews > 1 ? 1 : 0;
  const basicallySatisfied = 1 + (seed % 2);
  const satisfied = Math.round((reviews - badReviews) * 0.02);
  const base: Partial<Record<CountField, number>> = {
    accepted,
    completed,
    completedOnTime: completed - overdue,
    overdue,
    nearDeadline: 1 + (seed % 3),
    reviews,
    activeReviews: Math.round(reviews * 0.98),
    goodReviews: reviews - badReviews,
    badReviews,
    badReviewsRectified: Math.max(0, badReviews - (seed % 5 === 2 ? 1 : 0)),
    overdueOpen: overdue,
    carriedOver: Math.round(accepted * 0.04) + 1,
    reviewsVerySatisfied: reviews - badReviews - satisfied - basicallySatisfied,
    reviewsSatisfied: satisfied,
    reviewsBasicallySatisfied: basicallySatisfied,
    reviewsDissatisfied: badReviews - veryDissatisfied,
    reviewsVeryDissatisfied: veryDissatisfied,
    // A bad review of this month is not late yet: its rectification deadline runs into the next.
    badReviewsOverdue: 0,
  };
  if (kind === 'village') return base;
  const onlineAccepted = Math.round(accepted * (0.82 + (seed % 4) * 0.03));
  const hotlineTickets = Math.round(accepted / 12) + 3;
  const hotlineCompleted = hotlineTickets - (seed % 3 === 2 ? 1 : 0);
  const hotlineRevisited = Math.round(hotlineCompleted * 0.8);
  const disclosures = 8 + (seed % 7) * 3;
  return {
    ...base,
    onlineAccepted,
    fullyOnline: Math.round(onlineAccepted * 0.6),
    hotlineTickets,
    hotlineResponded: hotlineTickets,
    hotlineOnTime: hotlineCompleted - (seed % 2),
    hotlineResolved: Math.round(hotlineTickets * 0.94),
    hotlineRevisited,
    hotlineSatisfied: hotlineRevisited - (seed % 3 === 1 ? 1 : 0),
    disclosures,
    disclosuresAdopted: Math.round(disclosures * 0.2),
    hotlineCompleted,
  };
}

export function officesTemplate(): TemplateTable {
  const header = OFFICE_COLUMNS.map((column) => (column.field === 'kind' ? KIND_HEADER : column.header));
  const rows = EXAMPLE_OFFICES.map((office) => [office.id, office.name, KIND_WORDS_ZH[office.kind], office.parentId || null]);
  return { name: SHEET_NAMES.offices, rows: [header, ...rows] };
}

/** One example row per office but the region, for `month` (pass the last complete month). */
export function recordsTemplate(month: MonthKey): TemplateTable {
  const header = RECORD_COLUMNS.map((column) => column.header);
  const rows: TemplateCell[][] = [];
  EXAMPLE_OFFICES.forEach((office, seed) => {
    if (office.volume === null) return;
    const counts = exampleCounts(office.volume, office.kind, seed);
    rows.push([office.id, month, ...COUNT_FIELDS.map((field) => counts[field] ?? null)]);
  });
  return { name: SHEET_NAMES.records, rows: [header, ...rows] };
}

/** Both tables of the template, offices first (records refer to them). */
export function templateTables(month: MonthKey): TemplateTable[] {
  return [officesTemplate(), recordsTemplate(month)];
}

/** The headers of `fields` (by default every count), in contract order, for the guide. */
export function countHeaders(fields: readonly CountField[] = COUNT_FIELDS): string[] {
  return COUNT_COLUMNS.filter((column) => fields.includes(column.field)).map((column) => column.header);
}

/**
 * CSV as Excel opens it without asking: UTF-8 with a BOM (without one, Chinese Excel assumes
 * GBK and shows mojibake), CRLF line ends, quotes only where needed.
 */
export function toCsv(table: TemplateTable): string {
  const lines = table.rows.map((row) => row.map(csvCell).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

function csvCell(cell: TemplateCell): string {
  if (cell === null) return '';
  const text = String(cell);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

import type { MonthKey } from '../../domain';
import { GUIDE_SHEET_NAME } from './limits';
import { templateTables, type TemplateCell, type TemplateTable } from './template';

type WorkbookCell = { value: string; type: StringConstructor; fontWeight?: 'bold' } | { value: number; type: NumberConstructor } | null;

/** One sheet as write-excel-file takes it. */
export interface WorkbookSheet {
  sheet: string;
  data: WorkbookCell[][];
  columns: { width: number }[];
  stickyRowsCount?: number;
}

/**
 * The template workbook as plain data: 单位表, 月度数据表 and 填写说明 (the guide lines, in the
 * reader's language). Codes and months are written as text cells, so Excel keeps "001" and
 * "2025-03" as typed instead of turning them into 1 and a date.
 */
export function templateWorkbookSheets(month: MonthKey, guide: readonly string[]): WorkbookSheet[] {
  const sheets = templateTables(month).map(toSheet);
  sheets.push({
    sheet: GUIDE_SHEET_NAME,
    data: guide.map((line) => [{ value: line, type: String }]),
    columns: [{ width: 100 }],
  });
  return sheets;
}

function toSheet(table: TemplateTable): WorkbookSheet {
  const [header = [], ...body] = table.rows;
  return {
    sheet: table.name,
    data: [header.map((cell) => ({ value: String(cell ?? ''), type: String, fontWeight: 'bold' as const })), ...body.map((row) => row.map(toCell))],
    columns: header.map((cell) => ({ width: Math.max(12, String(cell ?? '').length * 2 + 2) })),
    stickyRowsCount: 1,
  };
}

function toCell(cell: TemplateCell): WorkbookCell {
  if (cell === null) return null;
  return typeof cell === 'number' ? { value: cell, type: Number } : { value: cell, type: String };
}

/** The .xlsx template as a Blob; write-excel-file is loaded only when someone asks for it. */
export async function templateXlsxBlob(month: MonthKey, guide: readonly string[]): Promise<Blob> {
  const { default: writeXlsxFile } = await import('write-excel-file/browser');
  return writeXlsxFile(templateWorkbookSheets(month, guide)).toBlob();
}

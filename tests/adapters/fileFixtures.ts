import writeXlsxFile from 'write-excel-file/node';
import type { FileInput, OwnDataset } from '../../src/adapters/file/dataset';
import { parseDatasetFiles } from '../../src/adapters/file/parseFiles';
import { RECORD_COLUMNS } from '../../src/adapters/file/columns';
import { recordsOf } from '../../src/adapters/file/recordColumns';
import { addMonths, type MonthlyRecord } from '../../src/domain';

let gbkTable: Map<string, number[]> | null = null;

/**
 * GBK bytes of a text, built from the platform's own GBK decoder (Node has no GBK encoder):
 * every two-byte code is decoded once and the table read backwards.
 */
export function gbkBytes(text: string): Uint8Array {
  if (!gbkTable) {
    gbkTable = new Map();
    const decoder = new TextDecoder('gbk');
    for (let lead = 0x81; lead <= 0xfe; lead++) {
      for (let trail = 0x40; trail <= 0xfe; trail++) {
        if (trail === 0x7f) continue;
        const char = decoder.decode(new Uint8Array([lead, trail]));
        if (char.length === 1 && char !== '\uFFFD' && !gbkTable.has(char)) gbkTable.set(char, [lead, trail]);
      }
    }
  }
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.charCodeAt(0);
    if (code < 0x80) bytes.push(code);
    else {
      const pair = gbkTable.get(char);
      if (!pair) throw new Error(`no GBK code for ${char}`);
      bytes.push(...pair);
    }
  }
  return new Uint8Array(bytes);
}

export function textFile(name: string, text: string, { bom = false } = {}): FileInput {
  const body = new TextEncoder().encode(text);
  const bytes = bom ? new Uint8Array([0xef, 0xbb, 0xbf, ...body]) : body;
  return { name, bytes: toArrayBuffer(bytes) };
}

export function bytesFile(name: string, bytes: Uint8Array): FileInput {
  return { name, bytes: toArrayBuffer(bytes) };
}

export function toArrayBuffer(bytes: Uint8Array): ArrayBuffer {
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

export type SheetCell = string | number | Date | null;

/** An .xlsx written by write-excel-file, as staff would save one from Excel. */
export async function xlsxFile(name: string, sheets: { sheet: string; rows: SheetCell[][] }[]): Promise<FileInput> {
  const buffer = await writeXlsxFile(
    sheets.map(({ sheet, rows }) => ({
      sheet,
      data: rows.map((row) =>
        row.map((cell) => {
          if (cell === null) return null;
          if (cell instanceof Date) return { value: cell, type: Date, format: 'yyyy-mm' };
          return typeof cell === 'number' ? { value: cell, type: Number } : { value: cell, type: String };
        }),
      ),
    })),
  ).toBuffer();
  return { name, bytes: toArrayBuffer(new Uint8Array(buffer)) };
}

export const OFFICE_HEADER = ['单位编码', '单位名称', '单位类型', '上级单位编码'];

export const OFFICE_ROWS: SheetCell[][] = [
  ['C', '测试县', '区域', null],
  ['D1', '县公安局', '部门', 'C'],
  ['D2', '县人社局', '部门', 'C'],
  ['T1', '城关镇', '乡镇', 'C'],
  ['V1', '东关村', '村', 'T1'],
];

export const RECORD_HEADER = ['单位编码', '月份', '受理件数', '办结件数', '按时办结件数', '网上受理件数', '评价数', '好评数', '差评数'];

/** A good row: completed ≤ …, goodReviews + badReviews ≤ reviews. */
export function recordRow(officeId: string, month: string, accepted = 1000): SheetCell[] {
  return [officeId, month, accepted, accepted - 10, accepted - 12, Math.round(accepted * 0.85), accepted - 100, accepted - 102, 1];
}

/** CSV as Excel writes it: cells with a comma or quote are quoted. */
export function csv(rows: SheetCell[][]): string {
  const cell = (value: SheetCell) => {
    const text = value === null ? '' : value instanceof Date ? value.toISOString().slice(0, 7) : String(value);
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return rows.map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}

/** The dataset's records as objects, the way the engine gets them. */
export function recordsIn(dataset: OwnDataset): MonthlyRecord[] {
  return recordsOf(dataset.records, dataset.offices);
}

/** The spreadsheet row of each record. */
export function rowsIn(dataset: OwnDataset): number[] {
  return Array.from(dataset.records.row);
}

/**
 * A large county as staff export it: 2,500 village rooms × 40 months = 100,000 record rows with
 * every template column (over 5 MB of CSV), and its office table.
 */
export function largeCountyCsv(): { offices: SheetCell[][]; records: string } {
  const offices: SheetCell[][] = [OFFICE_HEADER, ['C', '大县', '区域', null]];
  for (let i = 0; i < 2500; i++) offices.push([`V${i}`, `第${i}村`, i % 10 === 0 ? '乡镇' : '村', 'C']);
  const lines = [RECORD_COLUMNS.map((column) => column.header).join(',')];
  for (let month = 0; month < 40; month++) {
    const key = addMonths('2023-01', month);
    for (let i = 0; i < 2500; i++) {
      const a = 100 + ((i * 7 + month) % 50);
      // accepted, completed, onTime, overdue, near, online, fully, reviews, active, good, bad, rectified, then hotline and disclosure
      lines.push(`V${i},${key},${a},${a - 2},${a - 3},1,2,${a - 20},${a - 40},${a - 10},${a - 11},${a - 12},1,1,20,20,19,18,15,15,8,2`);
    }
  }
  return { offices, records: `${lines.join('\r\n')}\r\n` };
}

/** A small county's own data as a staff member loads it: one row out of the window, one bad row. */
export async function smallCountyDataset(id = 'abc'): Promise<OwnDataset> {
  const records = csv([
    RECORD_HEADER,
    recordRow('D1', '2019-12'),
    recordRow('D1', '2025-01'),
    recordRow('D2', '2025-01'),
    ['D2', '2025-02', -1, 0, 0, 0, 0, 0, 0],
    recordRow('T1', '2025-03'),
  ]);
  return parseDatasetFiles([textFile('单位表.csv', csv([OFFICE_HEADER, ...OFFICE_ROWS])), textFile('月度数据表.csv', records)], {
    newId: () => id,
    now: () => 1,
  });
}

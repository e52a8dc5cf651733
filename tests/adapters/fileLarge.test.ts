import { expect, test } from 'vitest';
import { parseDatasetFiles } from '../../src/adapters/file/parseFiles';
import { parseCsvText } from '../../src/adapters/file/readCsv';
import { RECORD_COLUMNS } from '../../src/adapters/file/columns';
import { addMonths } from '../../src/domain';
import { OFFICE_HEADER, csv, rowsIn, textFile, xlsxFile, type SheetCell } from './fileFixtures';

/** 2,500 offices × 40 months = 100,000 record rows with every template column. */
function bigCounty(): { offices: SheetCell[][]; records: string } {
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

test('100k CSV rows parse and validate well inside the worker budget', async () => {
  const { offices, records } = bigCounty();
  expect(records.length).toBeGreaterThan(5_000_000);
  const steps: number[] = [];
  const started = performance.now();
  const dataset = await parseDatasetFiles([textFile('单位表.csv', csv(offices)), textFile('月度数据表.csv', records)], {
    onProgress: (progress) => progress.phase === 'parse' && steps.push(progress.fraction),
  });
  const elapsed = performance.now() - started;
  expect(dataset.records).toHaveLength(100_000);
  expect(dataset.recordsQuality).toEqual({ accepted: 100_000, rejected: 0, issues: [] });
  expect(rowsIn(dataset)[99_999]).toBe(100_001);
  // The records file is parsed in chunks: the bar moves many times, not once at the end.
  expect(steps.length).toBeGreaterThan(10);
  // Generous for a slow CI core; in practice about a second.
  expect(elapsed).toBeLessThan(15_000);
}, 30_000);

test('a quoted cell that spans lines is one spreadsheet row', () => {
  const rows = parseCsvText('单位编码,单位名称\r\nD1,"县公安局\r\n（户政）"\r\nD2,人社局\r\n');
  expect(rows).toEqual([
    ['单位编码', '单位名称'],
    ['D1', '县公安局\r\n（户政）'],
    ['D2', '人社局'],
  ]);
});

test('a 20k-row workbook reads with rows in place', async () => {
  const rows: SheetCell[][] = [RECORD_COLUMNS.slice(0, 4).map((column) => column.header)];
  for (let i = 0; i < 20_000; i++) rows.push([`V${i % 2500}`, addMonths('2023-01', Math.floor(i / 2500)), 100, 98]);
  const offices: SheetCell[][] = [OFFICE_HEADER, ['C', '大县', '区域', null]];
  for (let i = 0; i < 2500; i++) offices.push([`V${i}`, `第${i}村`, '村', 'C']);
  const file = await xlsxFile('big.xlsx', [
    { sheet: '单位表', rows: offices },
    { sheet: '月度数据表', rows },
  ]);
  const dataset = await parseDatasetFiles([file]);
  expect(dataset.records).toHaveLength(20_000);
  expect(rowsIn(dataset).at(-1)).toBe(20_001);
}, 30_000);

import { expect, test } from 'vitest';
import { parseDatasetFiles } from '../../../src/adapters/file/parseFiles';
import { RECORD_COLUMNS } from '../../../src/adapters/file/columns';
import { addMonths } from '../../../src/domain';
import { OFFICE_HEADER, csv, largeCountyCsv, rowsIn, textFile, xlsxFile, type SheetCell } from '../fileFixtures';

// How long this takes is printed by `npm run bench:adapters`.
test('100k CSV rows parse and validate, the progress bar moving as they are read', async () => {
  const { offices, records } = largeCountyCsv();
  expect(records.length).toBeGreaterThan(5_000_000);
  const steps: number[] = [];
  const dataset = await parseDatasetFiles([textFile('单位表.csv', csv(offices)), textFile('月度数据表.csv', records)], {
    onProgress: (progress) => progress.phase === 'parse' && steps.push(progress.fraction),
  });
  expect(dataset.records).toHaveLength(100_000);
  expect(dataset.recordsQuality).toEqual({ accepted: 100_000, rejected: 0, issues: [] });
  expect(rowsIn(dataset)[99_999]).toBe(100_001);
  // The records file is parsed in chunks: the bar moves many times, not once at the end.
  expect(steps.length).toBeGreaterThan(10);
}, 30_000);

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

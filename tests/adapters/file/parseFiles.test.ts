import { describe, expect, test } from 'vitest';
import { parseDatasetFiles } from '../../../src/adapters/file/parseFiles';
import { FileLoadError } from '../../../src/adapters/file/fileErrors';
import type { LoadProgress } from '../../../src/adapters/file/dataset';
import {
  OFFICE_HEADER,
  OFFICE_ROWS,
  RECORD_HEADER,
  bytesFile,
  csv,
  gbkBytes,
  recordRow,
  recordsIn,
  rowsIn,
  textFile,
  xlsxFile,
  type SheetCell,
} from '../fileFixtures';
import { goodRecords, OFFICES } from '../fixtures';

const fixedId = { newId: () => 'test-id', now: () => 1_700_000_000_000 };

function records(): SheetCell[][] {
  return [RECORD_HEADER, ...['D1', 'D2', 'T1', 'V1'].flatMap((id) => ['2025-01', '2025-02'].map((month) => recordRow(id, month)))];
}

async function expectLoadError(promise: Promise<unknown>, code: string, params: Record<string, string> = {}) {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(FileLoadError);
  expect((error as FileLoadError).code).toBe(code);
  expect((error as FileLoadError).params).toMatchObject(params);
}

describe('JSON in the contract shape', () => {
  test('one file with both keys loads exactly as the HTTP source would validate it', async () => {
    const payload = { offices: OFFICES, records: goodRecords() };
    const dataset = await parseDatasetFiles([textFile('青岚县.json', JSON.stringify(payload))], fixedId);
    expect(dataset.id).toBe('test-id');
    expect(dataset.offices).toEqual(OFFICES);
    expect(dataset.records).toHaveLength(goodRecords().length);
    expect(dataset.officesQuality).toEqual({ accepted: OFFICES.length, rejected: 0, issues: [] });
    expect(dataset.recordsQuality.rejected).toBe(0);
    expect(dataset.officesSource).toBe('青岚县.json / offices');
    expect(dataset.recordsSource).toBe('青岚县.json / records');
    // Rows are array index + 1, as for the HTTP source.
    expect(rowsIn(dataset).slice(0, 3)).toEqual([1, 2, 3]);
  });

  test('two files, one per key; strings for numbers are reported, not coerced (JSON is the contract)', async () => {
    const bad = goodRecords();
    bad[1] = { ...bad[1], accepted: '1200' };
    const dataset = await parseDatasetFiles([
      textFile('offices.json', JSON.stringify({ offices: OFFICES })),
      textFile('records.json', JSON.stringify({ records: bad })),
    ]);
    expect(dataset.recordsQuality.rejected).toBe(1);
    expect(dataset.recordsQuality.issues[0]).toMatchObject({ source: 'records.json / records', row: 2, field: 'accepted', reason: 'wrong-type' });
  });

  test('a scheme beside the data is used when valid and named when not', async () => {
    const scheme = {
      version: 1,
      id: 'own',
      name: '自定方案',
      indicators: [{ indicatorId: 'onlineRate', weight: 1, floor: 0.6, target: 0.95, appliesTo: ['department', 'township'] }],
      cardRules: [],
    };
    const good = await parseDatasetFiles([textFile('a.json', JSON.stringify({ offices: OFFICES, records: [], scheme }))]);
    expect(good.scheme?.name).toBe('自定方案');
    expect(good.notices).toContainEqual({ code: 'scheme-loaded', source: 'a.json / scheme', detail: '自定方案' });
    const bad = await parseDatasetFiles([textFile('a.json', JSON.stringify({ offices: OFFICES, records: [], scheme: { version: 9 } }))]);
    expect(bad.scheme).toBeNull();
    expect(bad.notices.find((notice) => notice.code === 'scheme-ignored')?.detail).toMatch(/not valid/);
  });

  test('not JSON, and JSON of the wrong shape, stop with a clear error', async () => {
    await expectLoadError(parseDatasetFiles([textFile('a.json', '{"offices": [')]), 'not-json', { file: 'a.json' });
    await expectLoadError(parseDatasetFiles([textFile('a.json', '[1,2,3]')]), 'json-shape', { file: 'a.json' });
    await expectLoadError(parseDatasetFiles([textFile('a.json', '{"offices": "many"}')]), 'json-shape');
    await expectLoadError(parseDatasetFiles([textFile('a.json', JSON.stringify({ offices: OFFICES }))]), 'no-records-table');
  });
});

describe('CSV', () => {
  const officesCsv = csv([OFFICE_HEADER, ...OFFICE_ROWS]);

  test.each([
    ['UTF-8 without BOM', (name: string, text: string) => textFile(name, text)],
    ['UTF-8 with BOM (Excel "CSV UTF-8")', (name: string, text: string) => textFile(name, text, { bom: true })],
    ['GBK (Chinese Excel "CSV")', (name: string, text: string) => bytesFile(name, gbkBytes(text))],
  ])('%s: two files load with Chinese names intact', async (_label, make) => {
    const dataset = await parseDatasetFiles([make('单位表.csv', officesCsv), make('月度数据表.csv', csv(records()))]);
    expect(dataset.offices.map((office) => office.name)).toEqual(['测试县', '县公安局', '县人社局', '城关镇', '东关村']);
    expect(dataset.offices[0]).toEqual({ id: 'C', name: '测试县', kind: 'region', parentId: null });
    expect(dataset.records).toHaveLength(8);
    expect(recordsIn(dataset)[0]).toMatchObject({ officeId: 'D1', month: '2025-01', accepted: 1000, completed: 990 });
    // A column the file does not have is "not reported", never 0.
    expect(recordsIn(dataset)[0]!.hotlineTickets).toBeUndefined();
    expect(dataset.officesQuality).toEqual({ accepted: 5, rejected: 0, issues: [] });
    expect(dataset.recordsQuality).toEqual({ accepted: 8, rejected: 0, issues: [] });
    expect(dataset.notices.find((notice) => notice.code === 'absent-counts')?.detail).toContain('热线工单数');
  });

  test('a GBK file is named as such', async () => {
    const dataset = await parseDatasetFiles([bytesFile('单位表.csv', gbkBytes(officesCsv)), textFile('r.csv', csv(records()))]);
    expect(dataset.notices).toContainEqual({ code: 'encoding', source: '单位表.csv', detail: 'GBK' });
  });

  test('English header aliases and contract field names are accepted, in any column order', async () => {
    const offices = csv([
      ['Office name', 'parentId', 'ID', 'kind'],
      ['测试县', '', 'C', 'region'],
      ['县公安局', 'C', 'D1', 'department'],
    ]);
    const recordsText = csv([
      ['month', 'office_id', 'Items accepted', 'completed', 'Hotline tickets', 'hotlineResponded'],
      ['2025/1', 'D1', '1,200', '1180', '90', '90'],
    ]);
    const dataset = await parseDatasetFiles([textFile('o.csv', offices), textFile('r.csv', recordsText)]);
    expect(dataset.offices).toHaveLength(2);
    expect(recordsIn(dataset)[0]).toMatchObject({
      officeId: 'D1',
      month: '2025-01',
      accepted: 1200,
      completed: 1180,
      hotlineTickets: 90,
      hotlineResponded: 90,
    });
  });

  test('row numbers are the spreadsheet rows: header = 1, a title block and blank rows count', async () => {
    const offices = csv([['青岚县单位名录（2025年）'], [], OFFICE_HEADER, ...OFFICE_ROWS.slice(0, 3), [], ['D2', '重复的人社局', '部门', 'C']]);
    const recordsText = csv([
      RECORD_HEADER,
      recordRow('D1', '2025-01'),
      [],
      ['D1', '2025-13', 5, 5, 5, 5, 5, 5, 0],
      ['X9', '2025-01', 5, 5, 5, 5, 5, 5, 0],
      ['D2', '2025-01', -3, 5, 5, 5, 5, 5, 0],
      ['D2', '2025-02', 'NaN', 5, 5, 5, 5, 5, 0],
      ['D2', '2025-03', 100, 100, 100, 100, 10, 8, 5],
      ['D1', '2025-01', 7, 7, 7, 7, 7, 7, 0],
    ]);
    const dataset = await parseDatasetFiles([textFile('单位表.csv', offices), textFile('月度数据表.csv', recordsText)]);

    // Rows 1–2 are a title, row 3 the header, rows 4–6 data, row 7 blank, row 8 a duplicate of row 6.
    expect(dataset.officesQuality.accepted).toBe(3);
    expect(dataset.officesQuality.rejected).toBe(1);
    expect(dataset.officesQuality.issues).toEqual([
      expect.objectContaining({ source: '单位表.csv', row: 8, reason: 'duplicate', officeId: 'D2', detail: expect.stringContaining('row 6') }),
    ]);

    const byRow = Object.fromEntries(dataset.recordsQuality.issues.map((issue) => [issue.row, issue]));
    expect(Object.keys(byRow).map(Number)).toEqual([2, 4, 5, 6, 7, 8, 9]);
    expect(byRow[4]).toMatchObject({ source: '月度数据表.csv', field: 'month', reason: 'bad-month', detail: expect.stringContaining('2025-13') });
    expect(byRow[5]).toMatchObject({ reason: 'unknown-office', officeId: 'X9' });
    expect(byRow[6]).toMatchObject({ field: 'accepted', reason: 'negative' });
    expect(byRow[7]).toMatchObject({ field: 'accepted', reason: 'wrong-type' });
    expect(byRow[8]).toMatchObject({ field: 'goodReviews', reason: 'inconsistent' });
    // Both copies of D1 2025-01 are left out, each naming the other's spreadsheet row.
    expect(byRow[2]).toMatchObject({ reason: 'duplicate', detail: expect.stringContaining('row 9') });
    expect(byRow[9]).toMatchObject({ reason: 'duplicate', detail: expect.stringContaining('row 2') });
    expect(recordsIn(dataset)).toEqual([]);
    expect(dataset.recordsQuality).toMatchObject({ accepted: 0, rejected: 7 });
  });

  test('a row whose office was left out is reported with the row of the bad office', async () => {
    const offices = csv([OFFICE_HEADER, ['C', '测试县', '区域', ''], ['T1', '城关镇', '镇街', 'C'], ['V1', '东关村', '村', 'T1']]);
    const dataset = await parseDatasetFiles([textFile('o.csv', offices), textFile('r.csv', csv([RECORD_HEADER, recordRow('V1', '2025-01')]))]);
    expect(dataset.officesQuality.issues).toEqual([
      expect.objectContaining({ row: 3, field: 'kind', reason: 'bad-kind', detail: expect.stringContaining('镇街') }),
      expect.objectContaining({ row: 4, field: 'parentId', reason: 'unknown-parent', detail: expect.stringContaining('row 3') }),
    ]);
    expect(dataset.recordsQuality.issues[0]).toMatchObject({ row: 2, reason: 'unknown-office', officeId: 'V1' });
  });

  test('a missing required column, a doubled column and a file without the header stop with a clear error', async () => {
    await expectLoadError(
      parseDatasetFiles([
        textFile(
          'o.csv',
          csv([
            ['单位编码', '单位名称', '单位类型'],
            ['C', '县', '区域'],
          ]),
        ),
        textFile('r.csv', csv(records())),
      ]),
      'missing-columns',
      { source: 'o.csv', columns: '上级单位编码' },
    );
    await expectLoadError(
      parseDatasetFiles([
        textFile('o.csv', csv([OFFICE_HEADER])),
        textFile(
          'r.csv',
          csv([
            ['单位编码', '月份', '受理件数', 'accepted'],
            ['C', '2025-01', 1, 1],
          ]),
        ),
      ]),
      'duplicate-column',
      { source: 'r.csv', column: '受理件数' },
    );
    await expectLoadError(parseDatasetFiles([textFile('o.csv', 'a,b,c\r\n1,2,3\r\n')]), 'no-header', { source: 'o.csv' });
    await expectLoadError(parseDatasetFiles([textFile('o.csv', '  \r\n')]), 'empty-file');
    await expectLoadError(parseDatasetFiles([textFile('o.csv', csv([OFFICE_HEADER, ...OFFICE_ROWS]))]), 'no-records-table');
    await expectLoadError(
      parseDatasetFiles([textFile('a.csv', csv(records())), textFile('b.csv', csv(records())), textFile('o.csv', csv([OFFICE_HEADER]))]),
      'several-tables',
      { table: '月度数据表', sources: 'a.csv、b.csv' },
    );
    await expectLoadError(parseDatasetFiles([bytesFile('old.xls', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]))]), 'unsupported-file', { file: 'old.xls' });
    await expectLoadError(parseDatasetFiles([]), 'no-files');
  });

  test('columns outside the template are named, and ignored', async () => {
    const recordsText = csv([
      [...RECORD_HEADER, '备注', '单位名称'],
      [...recordRow('D1', '2025-01'), '补报', '县公安局'],
    ]);
    const dataset = await parseDatasetFiles([textFile('o.csv', csv([OFFICE_HEADER, ...OFFICE_ROWS])), textFile('r.csv', recordsText)]);
    expect(dataset.records).toHaveLength(1);
    expect(dataset.notices).toContainEqual({ code: 'ignored-columns', source: 'r.csv', detail: '备注、单位名称' });
  });

  test('progress is reported from 0 to 1 for parsing and checking', async () => {
    const seen: LoadProgress[] = [];
    await parseDatasetFiles([textFile('o.csv', csv([OFFICE_HEADER, ...OFFICE_ROWS])), textFile('r.csv', csv(records()))], {
      onProgress: (progress) => seen.push(progress),
    });
    const parse = seen.filter((p) => p.phase === 'parse');
    expect(parse[0]?.fraction).toBe(0);
    expect(parse.at(-1)?.fraction).toBe(1);
    expect(parse.every((p, i) => i === 0 || p.fraction >= parse[i - 1]!.fraction)).toBe(true);
    expect(seen.at(-1)).toEqual({ phase: 'check', fraction: 1 });
  });
});

describe('XLSX', () => {
  test('one workbook, two sheets, read back from a file written with write-excel-file', async () => {
    const file = await xlsxFile('青岚县数据.xlsx', [
      { sheet: '单位表', rows: [OFFICE_HEADER, ...OFFICE_ROWS] },
      {
        sheet: '月度数据表',
        rows: [RECORD_HEADER, recordRow('D1', '2025-01'), [null], recordRow('D2', '2025-01'), ['T1', '2025-01', 100, 100, 100, 100, 10, 9, 5]],
      },
      { sheet: '备注', rows: [['本表由督查股填报']] },
    ]);
    const dataset = await parseDatasetFiles([file]);
    expect(dataset.officesSource).toBe('青岚县数据.xlsx / 单位表');
    expect(dataset.recordsSource).toBe('青岚县数据.xlsx / 月度数据表');
    expect(dataset.offices).toHaveLength(5);
    expect(recordsIn(dataset).map((record) => record.officeId)).toEqual(['D1', 'D2']);
    expect(rowsIn(dataset)).toEqual([2, 4]);
    expect(dataset.recordsQuality.issues).toEqual([
      expect.objectContaining({ source: '青岚县数据.xlsx / 月度数据表', row: 5, reason: 'inconsistent', field: 'goodReviews' }),
    ]);
    expect(dataset.notices).toContainEqual({ code: 'ignored-sheet', source: '青岚县数据.xlsx / 备注', detail: '备注' });
  });

  test('sheets are recognized by their headers whatever their names; numeric codes become text', async () => {
    const file = await xlsxFile('export.xlsx', [
      { sheet: 'Sheet2', rows: [RECORD_HEADER, [101, 202501, 50, 50, 50, 40, 45, 45, 0]] },
      { sheet: 'Sheet1', rows: [OFFICE_HEADER, [100, '示例县', '区域', null], [101, '公安局', '部门', 100]] },
    ]);
    const dataset = await parseDatasetFiles([file]);
    expect(dataset.offices.map((office) => office.id)).toEqual(['100', '101']);
    expect(recordsIn(dataset)[0]).toMatchObject({ officeId: '101', month: '2025-01', accepted: 50 });
  });

  test('a month typed as an Excel date (shown as 2025-03) is that month', async () => {
    const file = await xlsxFile('dates.xlsx', [
      { sheet: '单位表', rows: [OFFICE_HEADER, ...OFFICE_ROWS] },
      { sheet: '月度数据表', rows: [RECORD_HEADER, ['D1', new Date(Date.UTC(2025, 2, 1)), 10, 10, 10, 8, 9, 9, 0]] },
    ]);
    const dataset = await parseDatasetFiles([file]);
    expect(dataset.recordsQuality.issues).toEqual([]);
    expect(recordsIn(dataset)[0]).toMatchObject({ officeId: 'D1', month: '2025-03', accepted: 10 });
  });

  test('a workbook that is not one is named', async () => {
    await expectLoadError(parseDatasetFiles([bytesFile('bad.xlsx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))]), 'unreadable-xlsx', {
      file: 'bad.xlsx',
    });
  });
});

describe('contract v1.1 columns', () => {
  const officesCsv = csv([OFFICE_HEADER, ...OFFICE_ROWS]);
  const header = [
    '单位编码',
    '月份',
    '受理件数',
    '上月结转在办件数',
    '办结件数',
    '按时办结件数',
    '超期办结件数',
    '临期在办件数',
    '超期未办结件数',
    '评价数',
    '非常满意评价数',
    '满意评价数',
    '基本满意评价数',
    '不满意评价数',
    '非常不满意评价数',
    '差评整改数',
    '差评超期未整改数',
    '热线工单数',
    '热线办结数',
    '热线按时办结数',
  ];

  test('the new Chinese headers load every new count; a sheet without them still loads, the new counts not reported', async () => {
    const rows = [header, ['D1', '2025-01', 1000, 40, 1010, 1008, 2, 3, 1, 900, 860, 30, 8, 1, 1, 2, 0, 90, 88, 87]];
    const dataset = await parseDatasetFiles([textFile('单位表.csv', officesCsv), textFile('月度数据表.csv', csv(rows))]);
    expect(dataset.recordsQuality).toEqual({ accepted: 1, rejected: 0, issues: [] });
    expect(recordsIn(dataset)[0]).toMatchObject({
      carriedOver: 40,
      overdue: 2,
      nearDeadline: 3,
      overdueOpen: 1,
      reviewsVerySatisfied: 860,
      reviewsSatisfied: 30,
      reviewsBasicallySatisfied: 8,
      reviewsDissatisfied: 1,
      reviewsVeryDissatisfied: 1,
      badReviewsOverdue: 0,
      hotlineCompleted: 88,
    });

    const old = await parseDatasetFiles([textFile('单位表.csv', officesCsv), textFile('月度数据表.csv', csv(records()))]);
    expect(old.recordsQuality.rejected).toBe(0);
    expect(recordsIn(old)[0]!.carriedOver).toBeUndefined();
    expect(recordsIn(old)[0]!.reviewsVerySatisfied).toBeUndefined();
  });

  test('the headers of earlier templates (超期件数, 临期件数) and the bare level names are read as the same fields', async () => {
    const rows = [
      ['单位编码', '月份', '办结件数', '按时办结件数', '超期件数', '临期件数', '评价数', '非常满意', '满意', '基本满意', '不满意', '非常不满意'],
      ['D1', '2025-01', 100, 99, 1, 2, 90, 85, 3, 1, 1, 0],
    ];
    const dataset = await parseDatasetFiles([textFile('单位表.csv', officesCsv), textFile('月度数据表.csv', csv(rows))]);
    expect(dataset.recordsQuality.issues).toEqual([]);
    expect(recordsIn(dataset)[0]).toMatchObject({ overdue: 1, nearDeadline: 2, reviewsVerySatisfied: 85, reviewsSatisfied: 3, reviewsVeryDissatisfied: 0 });
  });

  test('a row with some of the five levels is left out at its spreadsheet row; a disagreeing 好评数 is a note on a kept row', async () => {
    const rows = [
      ['单位编码', '月份', '评价数', '好评数', '差评数', '非常满意评价数', '满意评价数', '基本满意评价数', '不满意评价数', '非常不满意评价数'],
      ['D1', '2025-01', 90, 88, 1, 85, 3, null, 1, 0],
      ['D2', '2025-01', 90, 88, 1, 85, 2, 1, 1, 0],
      ['D2', '2025-02', 90, 86, 1, 85, 2, 1, 1, 0],
    ];
    const dataset = await parseDatasetFiles([textFile('单位表.csv', officesCsv), textFile('月度数据表.csv', csv(rows))]);
    expect(dataset.recordsQuality.accepted).toBe(2);
    expect(dataset.recordsQuality.rejected).toBe(1);
    expect(dataset.recordsQuality.issues).toEqual([
      expect.objectContaining({ row: 2, field: 'reviewsBasicallySatisfied', reason: 'missing-field', params: { variant: 'review-levels', sent: 4 } }),
      expect.objectContaining({ row: 4, field: 'goodReviews', reason: 'inconsistent', severity: 'note' }),
    ]);
  });
});

import writeXlsxFile from 'write-excel-file/node';
import { describe, expect, test } from 'vitest';
import { parseDatasetFiles } from '../../../src/adapters/file/parseFiles';
import { templateTables, toCsv, exampleCounts } from '../../../src/adapters/file/template';
import { templateWorkbookSheets } from '../../../src/adapters/file/templateXlsx';
import { RECORD_COLUMNS } from '../../../src/adapters/file/columns';
import { brokenConsistencyRule, brokenConsistencyRules, COUNT_FIELDS, OFFICE_KINDS, reviewLevelDisagreements } from '../../../src/domain';
import { recordsIn, textFile, toArrayBuffer } from '../fileFixtures';

const MONTH = '2026-10';

describe('the template', () => {
  test('its header is one column per template field, Chinese, from the registry', () => {
    const [offices, records] = templateTables(MONTH);
    expect(offices!.rows[0]).toEqual(['单位编码', '单位名称', '单位类型（区域/部门/乡镇/村）', '上级单位编码']);
    expect(records!.rows[0]).toEqual(RECORD_COLUMNS.map((column) => column.header));
    expect(records!.rows[0]).toHaveLength(2 + COUNT_FIELDS.length);
    // Contract v1.1: precise names for overdue and near-deadline items, and the new counts.
    for (const header of [
      '超期办结件数',
      '临期在办件数',
      '超期未办结件数',
      '上月结转在办件数',
      '非常满意评价数',
      '基本满意评价数',
      '非常不满意评价数',
      '差评超期未整改数',
      '热线办结数',
    ]) {
      expect(records!.rows[0], header).toContain(header);
    }
  });

  test('example counts keep every consistency rule, for every kind and seed', () => {
    for (const kind of OFFICE_KINDS) {
      for (let seed = 0; seed < 12; seed++) {
        for (const volume of [20, 46, 640, 1860, 15000]) {
          const counts = exampleCounts(volume, kind, seed);
          expect(brokenConsistencyRule(counts), `${kind} ${seed} ${volume}`).toBeNull();
          expect(brokenConsistencyRules(counts, 'note'), `${kind} ${seed} ${volume}`).toEqual([]);
          expect(reviewLevelDisagreements(counts), `${kind} ${seed} ${volume}`).toEqual([]);
          for (const value of Object.values(counts)) expect(Number.isSafeInteger(value) && value! >= 0, `${kind} ${seed} ${volume}`).toBe(true);
        }
      }
    }
  });

  test('the CSV files, as downloaded, load back without a single issue', async () => {
    const [offices, records] = templateTables(MONTH);
    const officesCsv = toCsv(offices!);
    expect(officesCsv.startsWith('\uFEFF单位编码,')).toBe(true);
    expect(officesCsv).toContain('\r\n');
    const dataset = await parseDatasetFiles([textFile('单位表.csv', officesCsv), textFile('月度数据表.csv', toCsv(records!))]);
    expect(dataset.officesQuality).toEqual({ accepted: 7, rejected: 0, issues: [] });
    expect(dataset.recordsQuality).toEqual({ accepted: 6, rejected: 0, issues: [] });
    expect(new Set(recordsIn(dataset).map((record) => record.month))).toEqual(new Set([MONTH]));
    // The village room leaves the hotline empty: not reported, not 0.
    const village = recordsIn(dataset).find((record) => record.officeId === 'QL-V01')!;
    expect(village.hotlineTickets).toBeUndefined();
    expect(village.accepted).toBe(46);
    expect(dataset.notices).toEqual([]);
  });

  test('the workbook, as downloaded, loads back without a single issue; its guide sheet is not reported', async () => {
    const guide = ['第一行说明', '第二行说明'];
    const sheets = templateWorkbookSheets(MONTH, guide);
    expect(sheets.map((sheet) => sheet.sheet)).toEqual(['单位表', '月度数据表', '填写说明']);
    const buffer = await writeXlsxFile(sheets).toBuffer();
    const dataset = await parseDatasetFiles([{ name: '数据模板.xlsx', bytes: toArrayBuffer(new Uint8Array(buffer)) }]);
    expect(dataset.officesSource).toBe('数据模板.xlsx / 单位表');
    expect(dataset.officesQuality.issues).toEqual([]);
    expect(dataset.recordsQuality).toEqual({ accepted: 6, rejected: 0, issues: [] });
    expect(dataset.notices).toEqual([]);
  });
});

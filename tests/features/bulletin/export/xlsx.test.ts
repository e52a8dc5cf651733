import { strFromU8, unzipSync } from 'fflate';
import readXlsxFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { documentTables } from '../../../../src/features/bulletin/model/document';
import { buildXlsx, HEADER_ROWS } from '../../../../src/features/bulletin/export/xlsx';
import { displayWidth, neutralizeFormula } from '../../../../src/features/bulletin/export/sanitize';
import { INJECTED, EDITED, bulletin, sheetPaths, cellNumberFormat } from './bulletinFiles';

describe('Excel export (.xlsx)', async () => {
  const document = bulletin();
  const blob = await buildXlsx(document);
  const bytes = new Uint8Array(await blob.arrayBuffer());
  const sheets = await readXlsxFile(Buffer.from(bytes));
  const byName = new Map(sheets.map((sheet) => [sheet.sheet, sheet.data]));
  const files = unzipSync(bytes);
  const paths = sheetPaths(files);

  it('has the text first, then a sheet per section and annex table', () => {
    expect(sheets.map((sheet) => sheet.sheet)).toEqual([
      '通报正文',
      '主要指标',
      '好差评',
      '附表-分类汇总',
      '部门排名',
      '乡镇（街道）排名',
      '附表-部门考核明细',
      '附表-乡镇（街道）考核明细',
      '红黄牌',
      '附表-全部指标',
    ]);
    const text = byName.get('通报正文')!.flat();
    expect(text).toContain(EDITED);
    expect(text).toContain('关于2025年3月全县政务服务绩效情况的通报');
  });

  it('writes numbers as numbers, rates as fractions formatted as percentages', () => {
    const ranking = byName.get('部门排名')!;
    expect(ranking[1]).toEqual(['排名', '单位', '综合得分', '名次变化', '受理件数', '按时办结率', '超期办结件数', '好评率', '差评数', '红牌', '黄牌']);
    const first = ranking[HEADER_ROWS]!;
    expect(first.slice(0, 2)).toEqual([1, '甲局']);
    expect(first[2]).toBeCloseTo(94, 10);
    expect(first[4]).toBe(412);
    expect(first[5]).toBeCloseTo(0.99, 12);
    expect(first[7]).toBeCloseTo(1, 12);
    for (const value of first.slice(2, 11)) expect(typeof value).toBe('number');

    const sheet = strFromU8(files[paths.get('部门排名')!]!);
    expect(cellNumberFormat(files, sheet, 'F3')).toBe('0.00%');
    expect(cellNumberFormat(files, sheet, 'E3')).toBe('#,##0');
    expect(cellNumberFormat(files, sheet, 'C3')).toBe('0.00');
    // A change of a rate is stored in percentage points and says so.
    const figures = strFromU8(files[paths.get('主要指标')!]!);
    const onTime = byName.get('主要指标')!.find((row) => row[0] === '按时办结率')!;
    expect(onTime[3]).toBeCloseTo(-0.5, 10);
    const onTimeRow = byName.get('主要指标')!.indexOf(onTime) + 1;
    expect(cellNumberFormat(files, figures, `D${onTimeRow}`)).toBe('+0.00"个百分点";-0.00"个百分点";0.00"个百分点"');
  });

  it('freezes the title and header rows of every sheet', () => {
    for (const [name, path] of paths) {
      const xml = strFromU8(files[path]!);
      expect(xml, name).toMatch(/<pane [^>]*ySplit="2"[^>]*state="frozen"/);
    }
  });

  it('neutralises an office named like a formula, and writes no formula at all', () => {
    const names = byName.get('部门排名')!.map((row) => row[1]);
    expect(names).toContain(`'${INJECTED}`);
    expect(names).not.toContain(INJECTED);
    for (const [name, path] of paths) expect(strFromU8(files[path]!), name).not.toMatch(/<f[ >]/);
  });

  it('sizes columns for Chinese text (a CJK character counts 2)', () => {
    const sheet = strFromU8(files[paths.get('红黄牌')!]!);
    const widths = [...sheet.matchAll(/<col [^>]*min="(\d+)"[^>]*width="([\d.]+)"/g)].map((m) => [Number(m[1]), Number(m[2])] as const);
    const rule = widths.find(([column]) => column === 3)![1];
    expect(rule).toBeGreaterThanOrEqual(displayWidth('超期办结'));
    const ranking = strFromU8(files[paths.get('部门排名')!]!);
    const name = [...ranking.matchAll(/<col [^>]*min="2"[^>]*width="([\d.]+)"/g)].map((m) => Number(m[1]))[0]!;
    expect(name).toBeGreaterThanOrEqual(displayWidth(`'${INJECTED}`));
  });

  it('carries every figure of every table exactly', () => {
    for (const table of documentTables(document)) {
      const data = byName.get(table.sheetName)!;
      table.rows.forEach((row, index) => {
        const written = data[HEADER_ROWS + index]!;
        row.cells.forEach((cell, column) => {
          const got = written[column];
          if (cell.kind === 'text') expect(got ?? '', `${table.id} ${row.key} ${column}`).toBe(neutralizeFormula(cell.value));
          else if (cell.value === null) expect(got, `${table.id} ${row.key} ${column}`).toBe('—');
          else expect(got as number, `${table.id} ${row.key} ${column}`).toBeCloseTo(cell.kind === 'pointChange' ? cell.value * 100 : cell.value, 9);
        });
      });
    }
  });
});

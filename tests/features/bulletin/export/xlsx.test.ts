import { strFromU8, unzipSync } from 'fflate';
import readXlsxFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { cellText } from '../../../../src/features/bulletin/model/cells';
import { documentTables } from '../../../../src/features/bulletin/model/document';
import { cellFormat } from '../../../../src/features/bulletin/export/format';
import { buildXlsx, HEADER_ROWS, mergeGroups } from '../../../../src/features/bulletin/export/xlsx';
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

  it('sizes every column to its longest cell as shown, whether the header or any row', () => {
    const format = cellFormat('zh-CN');
    const tables = mergeGroups([...documentTables(document), ...document.workbookTables]);
    const sheetPathList = [...paths.values()].slice(1);
    expect(sheetPathList).toHaveLength(tables.length);
    let widerThanHeader = 0;
    tables.forEach((table, index) => {
      const widths = [...strFromU8(files[sheetPathList[index]!]!).matchAll(/<col [^>]*width="([\d.]+)"/g)].map((m) => Number(m[1]));
      table.columns.forEach((column, c) => {
        const cells = table.rows.map((row) => displayWidth(cellText(row.cells[c]!, format)));
        const longest = Math.max(displayWidth(column.header), ...cells);
        if (Math.max(0, ...cells) > displayWidth(column.header)) widerThanHeader++;
        const label = `${table.sheetName} ${column.header}: longest ${longest}`;
        // Room for the longest text (within the 6–50 bounds), and no more than two characters' margin.
        expect(widths[c], label).toBeGreaterThanOrEqual(Math.min(50, longest));
        expect(widths[c], label).toBeLessThanOrEqual(Math.max(6, longest + 2));
      });
    });
    // Columns whose longest text is in a row, not the header: widths that the header alone would get wrong.
    expect(widerThanHeader).toBeGreaterThan(5);
  });

  it('sizes the text sheet’s heading column to its longest heading and each paragraph’s row to its wrapped lines', () => {
    const xml = strFromU8(files[paths.get('通报正文')!]!);
    const [headingWidth, textWidth] = [...xml.matchAll(/<col [^>]*width="([\d.]+)"/g)].map((m) => Number(m[1]));
    const headings = document.sections.map((section) => section.heading);
    expect(headingWidth).toBeGreaterThanOrEqual(Math.max(...headings.map(displayWidth)));
    // With its headings, the text prints at full size on A4 portrait (~94 characters wide).
    expect(headingWidth! + textWidth!).toBeLessThanOrEqual(94);
    const rows = byName.get('通报正文')!;
    const heights = new Map([...xml.matchAll(/<row r="(\d+)"[^>]*\sht="([\d.]+)"/g)].map((m) => [Number(m[1]), Number(m[2])]));
    const paragraphs = rows.map((row, index) => ({ text: String(row[1] ?? ''), row: index + 1 })).filter(({ row }) => row > HEADER_ROWS + 1);
    expect(paragraphs.length).toBeGreaterThan(5);
    for (const { text, row } of paragraphs) {
      const lines = Math.ceil(displayWidth(text) / (textWidth! - 2));
      expect(heights.get(row), `row ${row}: ${lines} lines`).toBeGreaterThanOrEqual(lines * 14);
    }
  });

  it('shows no change of place as 持平, as the screen does, while the cell stays the number 0', () => {
    const ranking = byName.get('乡镇（街道）排名')!;
    const column = ranking[1]!.indexOf('名次变化');
    const same = ranking.findIndex((row, index) => index >= HEADER_ROWS && row[column] === 0);
    expect(same).toBeGreaterThanOrEqual(HEADER_ROWS);
    const xml = strFromU8(files[paths.get('乡镇（街道）排名')!]!);
    const ref = `${String.fromCharCode(65 + column)}${same + 1}`;
    const format = cellNumberFormat(files, xml, ref)!;
    // The third section of a number format is what zero shows.
    expect(format.split(';')[2]).toBe('"持平"');
    expect(format.split(';').slice(0, 2)).toEqual(['"↑"0', '"↓"0']);
    const table = documentTables(document).find((t) => t.sheetName === '乡镇（街道）排名')!;
    expect(cellText(table.rows[same - HEADER_ROWS]!.cells[column]!, cellFormat('zh-CN'))).toBe('持平');
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

import { strFromU8, unzipSync } from 'fflate';
import readXlsxFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { buildBulletinDocument, documentTables, type BulletinDocument } from '../../../src/features/bulletin/model/document';
import { cellText } from '../../../src/features/bulletin/model/cells';
import { generateNarrative } from '../../../src/features/bulletin/narrative';
import { buildDocx, FONTS } from '../../../src/features/bulletin/export/docx';
import { buildXlsx, HEADER_ROWS } from '../../../src/features/bulletin/export/xlsx';
import { displayWidth, fitColumnWidths, neutralizeFormula, sheetNames } from '../../../src/features/bulletin/export/sanitize';
import { cellFormat } from '../../../src/features/bulletin/export/format';
import { fixtureFacts } from './fixtures';

const INJECTED = '=HYPERLINK("http://x","y")';
const EDITED = '本月全县政务服务运行平稳（此段经人工修改）。';
const PNG = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=='), (c) => c.charCodeAt(0));

/** March 2025 of the fixture county, with 乙局 renamed as an attack and one paragraph edited by staff. */
function bulletin(): BulletinDocument {
  const facts = fixtureFacts('2025-03', { department2: INJECTED });
  const narrative = { ...generateNarrative(facts, 'zh-CN', { issuer: '示例县行政审批服务局' }), overview: EDITED };
  return buildBulletinDocument(facts, 'zh-CN', narrative, { issueDate: new Date(2025, 3, 3) });
}

function unescapeXml(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

/** The text of every w:t in a piece of WordprocessingML, in order. */
function wordTexts(xml: string): string[] {
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((match) => unescapeXml(match[1]!));
}

/** Each table row of the document as the list of its cells' texts. */
function wordRows(xml: string): string[][] {
  return [...xml.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((row) =>
    [...row[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((cell) => wordTexts(cell[0]).join('')),
  );
}

describe('Word export (.docx)', async () => {
  const document = bulletin();
  const blob = await buildDocx(document, { 'scores-department': { data: PNG, width: 680, height: 320 } });
  const files = unzipSync(new Uint8Array(await blob.arrayBuffer()));
  const xml = strFromU8(files['word/document.xml']!);
  const rows = wordRows(xml);

  it('is a Word document with the title, the issuing line and numbered headings', () => {
    expect(blob.type).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    const texts = wordTexts(xml);
    expect(texts).toContain('示例县政务服务绩效月度通报（2025年3月）');
    expect(texts).toContain('示例县行政审批服务局\u3000\u30002025年4月3日');
    expect(texts).toContain('一、总体情况');
    expect(texts).toContain('二、部门绩效排名');
    expect(texts).toContain('附件：统计表');
  });

  it('uses the text staff edited, not the generated one', () => {
    expect(wordTexts(xml)).toContain(EDITED);
    expect(xml).not.toContain('全县共受理政务服务事项1,032件');
  });

  it('has real tables for the rankings, with a header row repeated on every page and rows never split', () => {
    expect(rows).toContainEqual(['1', '甲局', '94.00', '↑1', '412', '97.09%', '99.00%', '0', '0', '0.00%', '0', '0', '']);
    expect(rows).toContainEqual(['3', '丙局', '54.00', '↓2', '110', '90.91%', '95.00%', '1', '2', '2.00%', '1', '0', '']);
    expect(xml).toMatch(/<w:trPr>(?:(?!<\/w:trPr>)[\s\S])*<w:tblHeader\/>/);
    expect(xml).toContain('<w:cantSplit/>');
  });

  it('names the red-card office with the rule and the number', () => {
    expect(rows).toContainEqual(['红牌', '丙局', '部门', '超期办结件数', '1', '0', '超期办结（有超期办结事项）', '2025年3月', '1']);
  });

  it('writes an office named like a formula as the plain text it is', () => {
    expect(rows.some((row) => row[1] === INJECTED)).toBe(true);
  });

  it('prints every table with the same figures as the screen', () => {
    const format = cellFormat('zh-CN');
    for (const table of documentTables(document)) {
      for (const row of table.rows) expect(rows, `${table.id} ${row.key}`).toContainEqual(row.cells.map((cell) => cellText(cell, format)));
    }
  });

  it('names Chinese fonts for Word and WPS: eastAsia attributes, with fallbacks in the font table', () => {
    for (const font of [FONTS.title, FONTS.heading, FONTS.body, FONTS.table]) expect(xml).toContain(`w:eastAsia="${font}"`);
    const styles = strFromU8(files['word/styles.xml']!);
    expect(styles).toContain(`w:eastAsia="${FONTS.body}"`);
    const fontTable = strFromU8(files['word/fontTable.xml']!);
    expect(fontTable).toContain('<w:font w:name="方正小标宋简体"><w:altName w:val="黑体"/>');
    expect(fontTable).toContain('<w:font w:name="黑体"><w:altName w:val="SimHei"/>');
    expect(fontTable).toContain('<w:font w:name="仿宋"><w:altName w:val="FangSong"/>');
    expect(fontTable).toContain('<w:font w:name="宋体"><w:altName w:val="SimSun"/>');
  });

  it('is set on A4, the annex in landscape', () => {
    const sizes = [...xml.matchAll(/<w:pgSz ([^>]*)\/>/g)].map((match) => match[1]!);
    expect(sizes.length).toBe(2);
    expect(sizes[0]).toMatch(/w:w="11906"/);
    expect(sizes[0]).toMatch(/w:h="16838"/);
    expect(sizes[1]).toMatch(/w:w="16838"/);
    expect(sizes[1]).toMatch(/w:orient="landscape"/);
  });

  it('embeds the chart image it was given', () => {
    const media = Object.keys(files).filter((name) => name.startsWith('word/media/'));
    expect(media).toHaveLength(1);
    expect(files[media[0]!]).toEqual(PNG);
    expect(xml).toContain('<a:blip r:embed=');
    expect(xml).toContain('descr="部门综合得分"');
  });
});

/** Paths of each sheet of a workbook by sheet name. */
function sheetPaths(files: Record<string, Uint8Array>): Map<string, string> {
  const workbook = strFromU8(files['xl/workbook.xml']!);
  const rels = strFromU8(files['xl/_rels/workbook.xml.rels']!);
  const targets = new Map([...rels.matchAll(/<Relationship [^>]*Id="([^"]+)"[^>]*Target="([^"]+)"/g)].map((m) => [m[1]!, m[2]!]));
  return new Map(
    [...workbook.matchAll(/<sheet ([^>]*)\/>/g)].map((m) => {
      const name = /name="([^"]+)"/.exec(m[1]!)![1]!;
      const id = /r:id="([^"]+)"/.exec(m[1]!)![1]!;
      return [unescapeXml(name), `xl/${targets.get(id)!.replace(/^\/?xl\//, '')}`];
    }),
  );
}

/** The number format of a cell, e.g. '0.00%', through its style. */
function cellNumberFormat(files: Record<string, Uint8Array>, sheetXml: string, ref: string): string | null {
  const cell = new RegExp(`<c r="${ref}"([^>]*)>`).exec(sheetXml);
  const style = cell ? /\ss="(\d+)"/.exec(cell[1]!) : null;
  if (!style) return null;
  const styles = strFromU8(files['xl/styles.xml']!);
  const xfs = /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)![1]!;
  const xf = [...xfs.matchAll(/<xf [^>]*>/g)][Number(style[1])]![0];
  const id = /numFmtId="(\d+)"/.exec(xf)![1]!;
  const custom = new RegExp(`<numFmt numFmtId="${id}" formatCode="([^"]*)"`).exec(styles);
  return custom ? unescapeXml(custom[1]!) : `builtin:${id}`;
}

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
      '部门排名',
      '乡镇（街道）排名',
      '好差评',
      '12345热线',
      '红黄牌',
      '先进与后进',
      '未报送单位',
      '附表-全部指标',
      '附表-好差评指标',
      '附表-分类汇总',
      '附表-部门考核明细',
      '附表-乡镇（街道）考核明细',
    ]);
    const text = byName.get('通报正文')!.flat();
    expect(text).toContain(EDITED);
    expect(text).toContain('示例县政务服务绩效月度通报（2025年3月）');
  });

  it('writes numbers as numbers, rates as fractions formatted as percentages', () => {
    const ranking = byName.get('部门排名')!;
    expect(ranking[1]).toEqual(['排名', '单位', '综合得分', '名次变化', '受理件数', '办结率', '按时办结率', '超期办结件数', '差评数', '差评率', '红牌', '黄牌', '备注']);
    const first = ranking[HEADER_ROWS]!;
    expect(first.slice(0, 2)).toEqual([1, '甲局']);
    expect(first[2]).toBeCloseTo(94, 10);
    expect(first[4]).toBe(412);
    expect(first[5]).toBeCloseTo(400 / 412, 12);
    expect(first[6]).toBeCloseTo(0.99, 12);
    for (const value of first.slice(2, 12)) expect(typeof value).toBe('number');

    const sheet = strFromU8(files[paths.get('部门排名')!]!);
    expect(cellNumberFormat(files, sheet, 'G3')).toBe('0.00%');
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
    const rule = widths.find(([column]) => column === 7)![1];
    expect(rule).toBeGreaterThanOrEqual(displayWidth('有超期办结事项'));
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

describe('spreadsheet safety and layout helpers', () => {
  it('neutralises text beginning with = + - @ tab or carriage return, and nothing else', () => {
    for (const text of ['=1+1', '+86 123', '-县文化局', '@SUM(A1)', '\tcmd', '\rcmd']) expect(neutralizeFormula(text)).toBe(`'${text}`);
    for (const text of ['县教育局', '—', ' =1', '1=1', '']) expect(neutralizeFormula(text)).toBe(text);
  });

  it('counts CJK and fullwidth characters as two columns', () => {
    expect(displayWidth('青岚县')).toBe(6);
    expect(displayWidth('abc')).toBe(3);
    expect(displayWidth('（临时）')).toBe(8);
    expect(fitColumnWidths([['单位', '1'], ['县住房和城乡建设局', '12,345']], { min: 6, max: 60, padding: 2 })).toEqual([20, 8]);
  });

  it('makes sheet names Excel accepts: 31 characters, no []:*?/\\, unique', () => {
    const names = sheetNames(['a/b', 'x'.repeat(40), 'x'.repeat(40), 'Ranking', 'ranking']);
    expect(names[0]).toBe('a_b');
    expect(names[1]).toHaveLength(31);
    expect(names[2]).toHaveLength(31);
    expect(names[2]).not.toBe(names[1]);
    expect(names[4]!.toLowerCase()).not.toBe(names[3]!.toLowerCase());
  });
});

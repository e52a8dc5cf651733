import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { documentTables } from '../../../../src/features/bulletin/model/document';
import { cellText } from '../../../../src/features/bulletin/model/cells';
import { buildDocx, FONTS } from '../../../../src/features/bulletin/export/docx';
import { cellFormat } from '../../../../src/features/bulletin/export/format';
import { INJECTED, EDITED, PNG, bulletin, wordTexts, wordRows } from './bulletinFiles';

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

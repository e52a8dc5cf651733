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

  it('is a Word document with the title, numbered headings, the 附件说明 and the signature', () => {
    expect(blob.type).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    const texts = wordTexts(xml);
    // The title broken at a word boundary, never inside the date.
    expect(texts).toContain('关于2025年3月全县');
    expect(texts).toContain('政务服务绩效情况的通报');
    expect(texts).toContain('一、总体情况');
    expect(texts).toContain('二、绩效排名情况');
    expect(texts).toContain('附件：1.政务服务主要指标情况表');
    expect(texts).toContain('附件1');
  });

  it('uses the text staff edited, not the generated one', () => {
    expect(wordTexts(xml)).toContain(EDITED);
    expect(xml).not.toContain('全县共受理政务服务事项1,032件');
  });

  it('has real tables for the rankings, with a header row repeated on every page and rows never split', () => {
    expect(rows).toContainEqual(['排名', '单位', '综合得分', '名次变化', '受理件数', '按时办结率', '超期办结件数', '好评率', '差评数', '红牌', '黄牌']);
    expect(rows).toContainEqual(['1', '甲局', '94.00', '↑1', '412', '99.00%', '0', '100.00%', '0', '0', '0']);
    expect(rows).toContainEqual(['3', '丙局', '54.00', '↓2', '110', '95.00%', '1', '98.00%', '2', '1', '0']);
    expect(xml).toMatch(/<w:trPr>(?:(?!<\/w:trPr>)[\s\S])*<w:tblHeader\/>/);
    expect(xml).toContain('<w:cantSplit/>');
  });

  it('names the red-card office with the rule and the number', () => {
    expect(rows).toContainEqual(['红牌', '丙局', '超期办结', '1', '0', '2025年3月', '1']);
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
    for (const font of [FONTS.title, FONTS.heading, FONTS.body, FONTS.kai]) expect(xml).toContain(`w:eastAsia="${font}"`);
    const styles = strFromU8(files['word/styles.xml']!);
    expect(styles).toContain(`w:eastAsia="${FONTS.body}"`);
    const fontTable = strFromU8(files['word/fontTable.xml']!);
    expect(fontTable).toContain('<w:font w:name="方正小标宋简体"><w:altName w:val="宋体"/>');
    expect(fontTable).toContain('<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"/>');
    expect(fontTable).toContain('<w:font w:name="楷体_GB2312"><w:altName w:val="楷体"/>');
    expect(fontTable).toContain('<w:font w:name="黑体"><w:altName w:val="SimHei"/>');
    expect(fontTable).toContain('<w:font w:name="仿宋"><w:altName w:val="FangSong"/>');
    expect(fontTable).toContain('<w:font w:name="宋体"><w:altName w:val="SimSun"/>');
  });

  it('is set on A4 with the 版心 of GB/T 9704: top 37 mm, left 28 mm, 156 × 225 mm, 22 lines of 28 characters', () => {
    const sections = [...xml.matchAll(/<w:sectPr>[\s\S]*?<\/w:sectPr>/g)].map((match) => match[0]);
    expect(sections.length).toBeGreaterThanOrEqual(2);
    const mm = (twips: number) => Math.round((twips / 1440) * 25.4 * 10) / 10;
    for (const section of sections) {
      const size = /<w:pgSz w:w="(\d+)" w:h="(\d+)"/.exec(section)!;
      const margin = /<w:pgMar w:top="(\d+)" w:right="(\d+)" w:bottom="(\d+)" w:left="(\d+)"[^>]*w:footer="(\d+)"/.exec(section)!;
      const [width, height] = [Number(size[1]), Number(size[2])];
      const [top, right, bottom, left] = [1, 2, 3, 4].map((i) => Number(margin[i]));
      expect([width, height].sort()).toEqual([11906, 16838]);
      if (width < height) {
        expect([mm(top!), mm(left!)]).toEqual([37, 28]);
        expect(mm(width - left! - right!)).toBe(156);
        expect(mm(height - top! - bottom!)).toBe(225);
        // 22 lines: the grid's pitch divides the text block's height into 22.
        const pitch = Number(/<w:docGrid [^>]*w:linePitch="(\d+)"/.exec(section)![1]);
        expect(Math.floor((height - top! - bottom!) / pitch)).toBe(22);
        // 28 characters: 3号 (16 pt = 320 twips) less the body's character spacing fills the line 28 times.
        const body = /<w:style [^>]*w:styleId="Normal"[\s\S]*?<\/w:style>/.exec(strFromU8(files['word/styles.xml']!))![0];
        const spacing = Number(/<w:spacing w:val="(-?\d+)"/.exec(body)![1]);
        expect(/<w:sz w:val="32"\/>/.test(body)).toBe(true);
        expect(Math.floor((width - left! - right!) / (320 + spacing))).toBe(28);
      }
    }
  });

  it('sets the title in 2号 小标宋, the body in 3号 仿宋, 一、 in 3号 黑体 and （一） in 3号 楷体', () => {
    const styles = strFromU8(files['word/styles.xml']!);
    const style = (id: string) => new RegExp(`<w:style [^>]*w:styleId="${id}"[\\s\\S]*?</w:style>`).exec(styles)![0];
    const expectations: [string, string, number][] = [
      ['Title', FONTS.title, 44],
      ['Normal', FONTS.body, 32],
      ['Heading1', FONTS.heading, 32],
      ['Heading2', FONTS.kai, 32],
    ];
    for (const [id, font, size] of expectations) {
      expect(style(id), id).toContain(`w:eastAsia="${font}"`);
      expect(style(id), id).toContain(`<w:sz w:val="${size}"/>`);
    }
    // Headings are indented two characters like the text (Normal's first line: 2 × 315 twips).
    expect(style('Normal')).toContain('<w:ind w:firstLine="630"/>');
    expect(style('Heading1')).not.toContain('w:firstLine="0"');
  });

  it('numbers pages "— 1 —" in 4号 宋体 on the outer side: odd pages right, even pages left', () => {
    expect(strFromU8(files['word/settings.xml']!)).toContain('<w:evenAndOddHeaders/>');
    const footers = Object.keys(files)
      .filter((name) => /^word\/footer\d+\.xml$/.test(name))
      .map((name) => strFromU8(files[name]!));
    const sides = new Set(footers.map((footer) => /<w:jc w:val="(\w+)"\/>/.exec(footer)![1]));
    expect(sides).toEqual(new Set(['right', 'left']));
    for (const footer of footers) {
      expect(footer).toContain('<w:instrText xml:space="preserve">PAGE</w:instrText>');
      expect(wordTexts(footer)).toEqual(['— ', ' —']);
      expect(footer).toContain(`w:eastAsia="${FONTS.song}"`);
      expect(footer).toContain('<w:sz w:val="28"/>');
    }
  });

  it('opens with the 主送机关 flush left and ends with the issuer and date on the right', () => {
    const paragraphs = [...xml.matchAll(/<w:p>[\s\S]*?<\/w:p>/g)].map((match) => match[0]);
    const find = (text: string) => paragraphs.find((paragraph) => wordTexts(paragraph).join('') === text)!;
    const addressees = find('各乡镇人民政府，县直各部门：');
    expect(addressees).toContain('<w:pStyle w:val="NoIndent"/>');
    expect(addressees).not.toContain('<w:jc ');
    const issuer = find('示例县行政审批服务局');
    const date = find('2025年4月3日');
    for (const paragraph of [issuer, date]) expect(paragraph).toContain('<w:jc w:val="right"/>');
    // 成文日期 4 characters from the right edge, the issuer centred above it (GB/T 9704 7.3.5.1).
    expect(date).toContain('<w:ind w:right="1260"/>');
    expect(paragraphs.indexOf(issuer)).toBeLessThan(paragraphs.indexOf(date));
    expect(paragraphs.findIndex((paragraph) => wordTexts(paragraph).join('').startsWith('附件：1.'))).toBeLessThan(paragraphs.indexOf(issuer));
  });

  it('embeds the chart image it was given', () => {
    const media = Object.keys(files).filter((name) => name.startsWith('word/media/'));
    expect(media).toHaveLength(1);
    expect(files[media[0]!]).toEqual(PNG);
    expect(xml).toContain('<a:blip r:embed=');
    expect(xml).toContain('descr="县直部门综合得分"');
  });
});

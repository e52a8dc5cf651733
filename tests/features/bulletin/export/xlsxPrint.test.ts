import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildXlsx } from '../../../../src/features/bulletin/export/xlsx';
import { sheetPrintSetup, withPrintSetup } from '../../../../src/features/bulletin/export/xlsxPrint';
import { bulletin, sheetPaths, unescapeXml } from './bulletinFiles';

/** The widths of a sheet's columns, in characters, from its <cols>. */
function columnWidths(xml: string): number[] {
  return [...xml.matchAll(/<col [^>]*width="([\d.]+)"/g)].map((match) => Number(match[1]));
}

describe('Excel print setup (xlsxPrint)', async () => {
  const bytes = new Uint8Array(await (await buildXlsx(bulletin())).arrayBuffer());
  const files = unzipSync(bytes);
  const paths = sheetPaths(files);
  const workbook = strFromU8(files['xl/workbook.xml']!);

  it('prints every sheet on A4 (paperSize 9), one page wide and as many pages down as it takes', () => {
    expect(paths.size).toBe(10);
    for (const [name, path] of paths) {
      const xml = strFromU8(files[path]!);
      const setups = xml.match(/<pageSetup [^>]*\/>/g) ?? [];
      expect(setups, name).toHaveLength(1);
      expect(setups[0], name).toMatch(/paperSize="9"/);
      expect(setups[0], name).toMatch(/fitToWidth="1"/);
      // fitToHeight 0: not squeezed onto one page; fitToPage in sheetPr turns the fitting on.
      expect(setups[0], name).toMatch(/fitToHeight="0"/);
      expect(xml, name).toMatch(/<sheetPr><pageSetUpPr fitToPage="1"\/><\/sheetPr>/);
      // The schema's order: the data, then the margins, then the page setup, at the end.
      expect(xml.indexOf('</sheetData>'), name).toBeLessThan(xml.indexOf('<pageMargins'));
      expect(xml.indexOf('<pageMargins'), name).toBeLessThan(xml.indexOf('<pageSetup'));
      expect(xml.indexOf('<sheetPr'), name).toBeLessThan(xml.indexOf('<sheetViews'));
      // Numbered pages: 第 1 页，共 4 页 centred in the footer, right after the page setup.
      expect(xml, name).toMatch(/<pageSetup [^>]*\/><headerFooter><oddFooter>&amp;C第 &amp;P 页，共 &amp;N 页<\/oddFooter><\/headerFooter>/);
    }
  });

  it('turns a sheet landscape only when its columns are too many for portrait', () => {
    const orientation = new Map(
      [...paths].map(([name, path]) => {
        const xml = strFromU8(files[path]!);
        return [name, { landscape: /orientation="landscape"/.test(xml), width: columnWidths(xml).reduce((a, b) => a + b, 0) }];
      }),
    );
    for (const [name, { landscape, width }] of orientation) expect(landscape, `${name}: ${width} characters wide`).toBe(width > 110);
    expect(orientation.get('部门排名')!.landscape).toBe(true);
    expect(orientation.get('主要指标')!.landscape).toBe(false);
    expect(orientation.get('通报正文')!.landscape).toBe(false);
  });

  it('repeats each sheet’s title and header rows on every printed page (print titles)', () => {
    const titles = [...workbook.matchAll(/<definedName name="_xlnm.Print_Titles" localSheetId="(\d+)">([^<]*)<\/definedName>/g)].map((match) => [
      Number(match[1]),
      unescapeXml(match[2]!),
    ]);
    expect(titles).toEqual([...paths.keys()].map((name, index) => [index, `'${name}'!$1:$2`]));
    expect(workbook.match(/<definedNames>/g)).toHaveLength(1);
  });

  it('places the setup by the schema in a sheet that has a sheetPr and parts after the page setup already', () => {
    const xml =
      '<worksheet xmlns="x"><sheetPr><tabColor rgb="FF0000"/></sheetPr><sheetViews/><sheetData/><mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells><headerFooter/><drawing r:id="a"/></worksheet>';
    const out = sheetPrintSetup(xml);
    expect(out).toBe(
      '<worksheet xmlns="x"><sheetPr><tabColor rgb="FF0000"/><pageSetUpPr fitToPage="1"/></sheetPr><sheetViews/><sheetData/><mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells>' +
        '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><pageSetup paperSize="9" orientation="portrait" fitToWidth="1" fitToHeight="0"/>' +
        '<headerFooter/><drawing r:id="a"/></worksheet>',
    );
    // A footer goes after the page setup, escaped; a sheet that has one already keeps its own.
    expect(sheetPrintSetup('<worksheet><sheetData/></worksheet>', 'Page &P <of> &N')).toContain(
      '<pageSetup paperSize="9" orientation="portrait" fitToWidth="1" fitToHeight="0"/><headerFooter><oddFooter>&amp;CPage &amp;P &lt;of&gt; &amp;N</oddFooter></headerFooter></worksheet>',
    );
    expect(sheetPrintSetup(xml, 'x').match(/<headerFooter/g)).toHaveLength(1);
    // The writer's own landscape page setup is kept landscape, and replaced rather than doubled.
    const landscape = sheetPrintSetup('<worksheet><sheetData/><pageMargins left="1"/><pageSetup orientation="landscape"/></worksheet>');
    expect(landscape).toBe(
      '<worksheet><sheetPr><pageSetUpPr fitToPage="1"/></sheetPr><sheetData/><pageMargins left="1"/><pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/></worksheet>',
    );
  });

  it('adds the print titles to defined names already in the workbook, with a sheet name’s quote doubled and XML escaped', () => {
    const zip = zipSync({
      'xl/workbook.xml': strToU8('<workbook><sheets/><definedNames><definedName name="x">1</definedName></definedNames></workbook>'),
      'xl/worksheets/sheet1.xml': strToU8('<worksheet><sheetData/></worksheet>'),
    });
    const out = strFromU8(unzipSync(withPrintSetup(zip, ["O'Neil & Co"], 2))['xl/workbook.xml']!);
    expect(out).toBe(
      '<workbook><sheets/><definedNames><definedName name="x">1</definedName><definedName name="_xlnm.Print_Titles" localSheetId="0">\'O\'\'Neil &amp; Co\'!$1:$2</definedName></definedNames></workbook>',
    );
  });
});

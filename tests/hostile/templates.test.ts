// The templates staff download (CSV and XLSX), and the unsaved bulletin text saved as a file, carry nothing a spreadsheet would take for a formula.
import { strFromU8, unzipSync } from 'fflate';
import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import { templateTables, toCsv } from '../../src/adapters/file/template';
import { templateXlsxBlob } from '../../src/adapters/file/templateXlsx';
import { unsavedText } from '../../src/features/bulletin/edits/unsavedText';
import { guideLines } from '../../src/features/settings/data-source/guide';
import { createTranslate, loadAllDictionaryParts } from '../../src/ui/i18n/translate';

/** What Excel, WPS and LibreOffice evaluate when a CSV cell starts with it. */
const FORMULA_START = /^[=+\-@\t\r]/;

describe('the import templates', () => {
  test.each([0, 1])('CSV template %i: every text cell is plain text, numbers are numbers', (index) => {
    const table = templateTables('2025-03')[index]!;
    const parsed = Papa.parse<string[]>(toCsv(table).replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
    expect(parsed.length).toBe(table.rows.length);
    for (const row of parsed) {
      for (const cell of row) {
        if (/^\d+$/.test(cell) || cell === '') continue;
        expect(cell, `a cell of ${table.name}`).not.toMatch(FORMULA_START);
      }
    }
  });

  test('XLSX template: no formula in any sheet, the guide included', async () => {
    await loadAllDictionaryParts();
    const blob = await templateXlsxBlob('2025-03', guideLines(createTranslate('zh-CN')));
    const files = unzipSync(new Uint8Array(await blob.arrayBuffer()));
    const sheets = Object.entries(files).filter(([name]) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name));
    expect(sheets.length).toBe(3);
    for (const [name, xml] of sheets) expect(strFromU8(xml), name).not.toMatch(/<f[ >]/);
  });
});

describe('the unsaved bulletin text staff download or copy', () => {
  const held = [
    { name: '工作要求', text: '=HYPERLINK("http://example.com/x","点此")\n+1 请各单位整改' },
    { name: '总体情况', text: '本月运行平稳。' },
  ];

  test('as a file (an export): formula-looking lines neutralised, the rest as typed', () => {
    const file = unsavedText(held, 'file');
    const lines = file.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines).toEqual(['【工作要求】', `'=HYPERLINK("http://example.com/x","点此")`, "'+1 请各单位整改", '', '【总体情况】', '本月运行平稳。', '']);
    for (const line of lines) expect(line).not.toMatch(FORMULA_START);
  });

  test('copied: exactly what is on screen', () => {
    expect(unsavedText(held, 'clipboard')).toBe(`【工作要求】\n${held[0]!.text}\n\n【总体情况】\n本月运行平稳。`);
  });
});

// Every payload name of the catalogue through the bulletin's Word and Excel exports: kept as the plain text it is, never markup, never a formula.
import { strFromU8, unzipSync } from 'fflate';
import readXlsxFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { buildBulletinDocument } from '../../src/features/bulletin/model/document';
import { generateNarrative } from '../../src/features/bulletin/narrative';
import { buildDocx } from '../../src/features/bulletin/export/docx';
import { buildXlsx } from '../../src/features/bulletin/export/xlsx';
import { fixtureFacts } from '../features/bulletin/fixtures';

/** The names of cases 19 and 20 and the mock's hostile scenario, plus the tab and CR forms. */
const PAYLOADS = [
  '<img src=x onerror="window.__pwned=1;alert(1)">县人社局',
  '<script>window.__pwned=1;alert("乡")</script>河西乡',
  '"><svg onload=alert(1)>县医保局',
  '</w:t></w:r><w:r><w:t>注入',
  ']]><![CDATA[<x>',
  '=HYPERLINK("http://example.com/x","县公安局")',
  '+县人社局',
  '-县市场监管局',
  '@县医保局',
  '\t=1+2',
  '\r=1+2',
];

const FORMULA_START = /^[=+\-@\t\r]/;

function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

function document(name: string) {
  const facts = fixtureFacts('2025-03', { department2: name });
  return buildBulletinDocument(facts, 'zh-CN', generateNarrative(facts, 'zh-CN', { issuer: '示例县行政审批服务局', issueDate: new Date(2025, 3, 3) }));
}

describe.each(PAYLOADS)('an office named %j', (name) => {
  it('is one run of text in the Word document, escaped, never an element of its own', async () => {
    const blob = await buildDocx(document(name), {});
    const xml = strFromU8(unzipSync(new Uint8Array(await blob.arrayBuffer()))['word/document.xml']!);
    const texts = [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((match) => unescapeXml(match[1]!));
    // Word keeps a tab or CR as its own element; the name's other characters stay one text.
    const visible = name.replace(/^[\t\r]/, '');
    expect(texts.some((text) => text.includes(visible))).toBe(true);
    expect(xml).not.toContain('<img');
    expect(xml).not.toContain('<script');
    expect(xml).not.toContain('<svg');
  });

  it('is text in every Excel sheet, formula-looking text neutralised, and no formula is written', async () => {
    const blob = await buildXlsx(document(name));
    const bytes = new Uint8Array(await blob.arrayBuffer());
    const files = unzipSync(bytes);
    for (const [path, content] of Object.entries(files)) {
      if (path.startsWith('xl/worksheets/')) expect(strFromU8(content), path).not.toMatch(/<f[ >]/);
    }
    const sheets = await readXlsxFile(Buffer.from(bytes));
    const ranking = sheets.find((sheet) => sheet.sheet === '部门排名')!.data;
    const names = ranking.map((row) => row[1]);
    const expected = FORMULA_START.test(name) ? `'${name}` : name;
    expect(names).toContain(expected);
    for (const sheet of sheets) {
      for (const row of sheet.data) {
        for (const cell of row) if (typeof cell === 'string') expect(FORMULA_START.test(cell), `${sheet.sheet}: ${cell}`).toBe(false);
      }
    }
  });
});

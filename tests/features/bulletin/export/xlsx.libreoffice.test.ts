import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildXlsx, workbookSheets } from '../../../../src/features/bulletin/export/xlsx';
import { scenarioBulletin } from './scenarioBulletin';

// The Excel export printed through LibreOffice Calc (xlsx → PDF), where Calc is installed (CI
// installs libreoffice-calc-nogui): each sheet on A4 at the page's width — every page carries the
// sheet's title and its whole header row (the print titles, and no column pushed onto a page of
// its own), each page numbered in the footer, nothing past the right margin, no
// "###" for a number too wide for its column, no rate broken across lines, and no change of place
// written as 0 (持平). The PDFs, their text and the
// pages are left in tests/e2e/artifacts/bulletin-xlsx (ignored) for a person to look at.

const SOFFICE = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((bin) => existsSync(bin));
// soffice alone may be Writer only: Calc's import filter is what turns an .xlsx into pages.
const CALC = ['/usr/lib/libreoffice/program/libscfiltlo.so'].some((file) => existsSync(file));
const OUT = path.resolve(import.meta.dirname, '../../../e2e/artifacts/bulletin-xlsx');
const A4 = { short: 595.3, long: 841.9 };
/** Excel's normal right margin, 0.7 inch, in points. */
const RIGHT_MARGIN = 0.7 * 72;

interface PdfPage {
  width: number;
  height: number;
  /** The page's text in reading order, whitespace removed. */
  text: string;
  right: number;
  /** The median height of the page's words, in points: 11 pt text at full size, much less when a sheet is squeezed onto a page. */
  textHeight: number;
}

async function render(name: string, scenario: 'normal' | 'large') {
  const document = scenarioBulletin(scenario, '2026-10', '2026-09');
  const sheets = workbookSheets(document).map((sheet) => {
    const cell = (value: unknown) => (value && typeof value === 'object' && 'value' in value ? String(value.value ?? '') : '');
    return {
      name: sheet.sheet!,
      title: cell(sheet.data[0]![0]).replace(/\s+/g, ''),
      headers: sheet.data[1]!.map(cell).map((text) => text.replace(/\s+/g, '')),
      landscape: sheet.orientation === 'landscape',
    };
  });
  const xlsx = path.join(OUT, `${name}.xlsx`);
  writeFileSync(xlsx, new Uint8Array(await (await buildXlsx(document)).arrayBuffer()));
  execFileSync(SOFFICE!, ['--headless', '--convert-to', 'pdf', '--outdir', OUT, xlsx], { stdio: 'ignore', timeout: 240_000 });
  const pdf = path.join(OUT, `${name}.pdf`);
  const count = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);
  const sizes = [
    ...execFileSync('pdfinfo', ['-f', '1', '-l', String(count), pdf], { encoding: 'utf8' }).matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/g),
  ];
  const boxes = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const pages: PdfPage[] = [...boxes.matchAll(/<page [^>]*>([\s\S]*?)<\/page>/g)].map((page, index) => {
    const words = [...page[1]!.matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)];
    const heights = words.map((word) => Number(word[3]) - Number(word[1])).sort((a, b) => a - b);
    const text = execFileSync('pdftotext', ['-f', String(index + 1), '-l', String(index + 1), pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    return {
      width: Number(sizes[index]![1]),
      height: Number(sizes[index]![2]),
      text,
      right: Math.max(...words.map((word) => Number(word[2]))),
      textHeight: heights[Math.floor(heights.length / 2)] ?? 0,
    };
  });
  const layout = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  writeFileSync(path.join(OUT, `${name}.txt`), layout);
  execFileSync('pdftoppm', ['-png', '-r', '60', pdf, path.join(OUT, name)]);
  expect(pages).toHaveLength(count);
  return { sheets, pages, layout };
}

/** A rate broken across lines in a cell: "100." or "100" at a line's end with "00%" or "%" starting the next. */
function brokenRates(text: string): string[] {
  return [...text.matchAll(/\d+\.?\s*\n\s*\d*%/g)].map((match) => match[0]).filter((piece) => /\d\.?\s*\n\s*(\d{1,2}%|%)/.test(piece));
}

describe.skipIf(!SOFFICE || !CALC)('the Excel export through LibreOffice Calc', { timeout: 600_000 }, () => {
  mkdirSync(OUT, { recursive: true });

  it.each([
    ['normal', 'normal'],
    ['large', 'large'],
  ] as const)('%s scenario: every sheet prints on A4 at the page width, its title and header on every page', async (name, scenario) => {
    const { sheets, pages, layout } = await render(name, scenario);
    // Each page belongs to the sheet whose title it starts with (the longest match: one title is the document's alone).
    const owner = pages.map((page) => {
      const matches = sheets.filter((sheet) => page.text.startsWith(sheet.title));
      return matches.sort((a, b) => b.title.length - a.title.length)[0];
    });
    const counts = new Map<string, number>();
    owner.forEach((sheet, index) => {
      expect(sheet, `page ${index + 1} starts with no sheet's title: ${pages[index]!.text.slice(0, 60)}`).toBeDefined();
      counts.set(sheet!.name, (counts.get(sheet!.name) ?? 0) + 1);
    });
    // The sheets in order, each on pages of its own.
    expect([...new Set(owner.map((sheet) => sheet!.name))]).toEqual(sheets.map((sheet) => sheet.name));
    pages.forEach((page, index) => {
      const sheet = owner[index]!;
      const label = `page ${index + 1} (${sheet.name})`;
      // A4, turned as the sheet asks.
      expect([page.width, page.height].map(Math.round), label).toEqual(
        sheet.landscape ? [Math.round(A4.long), Math.round(A4.short)] : [Math.round(A4.short), Math.round(A4.long)],
      );
      // The whole header row on every page: repeated, and no column split off onto another page.
      for (const header of sheet.headers) expect(page.text, `${label}: header ${header}`).toContain(header);
      // Fitted to the width: nothing beyond the right margin, and the text still legible (not the whole sheet shrunk onto one page).
      expect(page.right, label).toBeLessThanOrEqual(page.width - RIGHT_MARGIN + 2);
      expect(page.textHeight, label).toBeGreaterThanOrEqual(6);
    });
    // Each page numbered in the footer: the whole workbook printed at once counts through it (第 5 页，共 12 页).
    pages.forEach((page, index) => expect(page.text, `page ${index + 1}`).toContain(`第${index + 1}页，共${pages.length}页`));
    const multiPage = [...counts].filter(([, count]) => count > 1);
    const smallest = Math.min(...pages.map((page) => page.textHeight));
    console.log(
      `Excel ${name} through LibreOffice: ${pages.length} pages; ${[...counts].map(([sheet, count]) => `${sheet} ${count}`).join(', ')}; smallest median word height ${smallest.toFixed(1)} pt`,
    );
    if (scenario === 'large') expect(multiPage.length).toBeGreaterThan(0);
    expect(layout).toContain('100.00%');
    expect(brokenRates(layout)).toEqual([]);
    // A number wider than its column shows as ###.
    expect(layout).not.toMatch(/###/);
    expect(layout).toContain('持平');
  });
});

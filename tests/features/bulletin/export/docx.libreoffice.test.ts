import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDocx } from '../../../../src/features/bulletin/export/docx';
import { A4, MARGIN } from '../../../../src/features/bulletin/export/word/geometry';
import type { DocumentFormat } from '../../../../src/features/bulletin/model/document';
import { scenarioBulletin } from './scenarioBulletin';

// The LibreOffice round trip (docx → PDF): where soffice is installed (CI may install
// libreoffice-writer-nogui), the Word export of the normal and the large scenario is rendered,
// its page count printed and held to a limit, and no table cell may break a rate such as 100.00%;
// the signature is never alone on its page; the 版头 and 版记, when set, come where GB/T 9704 puts them.
// The PDFs and their text are left in tests/e2e/artifacts/bulletin-pdf (ignored) for a person to look at.

const SOFFICE = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((bin) => existsSync(bin));
const OUT = path.resolve(import.meta.dirname, '../../../e2e/artifacts/bulletin-pdf');
const MONTH = '2026-10';
const ISSUE_DATE = '2026年11月3日';

interface Rendered {
  pages: number;
  text: string;
  /** Each page's lines (pdftotext -layout), spaces removed: LibreOffice spaces digits from Chinese. */
  pageLines: string[][];
  issuer: string;
  pdf: string;
}

async function render(name: string, scenario: 'normal' | 'large', format?: DocumentFormat): Promise<Rendered> {
  const document = scenarioBulletin(scenario, MONTH, '2026-09', format);
  const { issuer, scopeName } = document;
  const docx = path.join(OUT, `${name}.docx`);
  writeFileSync(docx, new Uint8Array(await (await buildDocx(document, {})).arrayBuffer()));
  execFileSync(SOFFICE!, ['--headless', '--convert-to', 'pdf', '--outdir', OUT, docx], { stdio: 'ignore', timeout: 240_000 });
  const pdf = path.join(OUT, `${name}.pdf`);
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  writeFileSync(path.join(OUT, `${name}.txt`), text);
  console.log(`bulletin ${name} (${scopeName}, ${MONTH}): ${pages} pages through LibreOffice`);
  const pageLines = text
    .split('\f')
    .slice(0, pages)
    .map((page) =>
      page
        .split('\n')
        .map((line) => line.replace(/\s+/g, ''))
        .filter((line) => line !== ''),
    );
  return { pages, text, pageLines, issuer, pdf };
}

/** Where each word of a page is (pdftotext -bbox), in points from the top of the page. */
function wordBoxes(pdf: string, page: number): { text: string; top: number; bottom: number }[] {
  const html = execFileSync('pdftotext', ['-bbox', '-f', String(page), '-l', String(page), pdf, '-'], { encoding: 'utf8' });
  return [...html.matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((match) => ({
    text: match[3]!,
    top: Number(match[1]),
    bottom: Number(match[2]),
  }));
}

/** A rate broken across lines in a cell: "100." or "100" at a line's end with "00%" or "%" starting the next. */
function brokenRates(text: string): string[] {
  return [...text.matchAll(/\d+\.?\s*\n\s*\d*%/g)].map((match) => match[0]).filter((piece) => /\d\.?\s*\n\s*(\d{1,2}%|%)/.test(piece));
}

/**
 * The page the signature is on (the issuer's line with the date right under it), and the lines of
 * body text above it there: those before the 附件说明 ("附件：1.…") or, without one, before the issuer.
 */
function signaturePage(rendered: Rendered): { page: number; bodyLines: string[] } {
  for (const [index, lines] of rendered.pageLines.entries()) {
    const at = lines.findIndex((line, i) => line === rendered.issuer && lines[i + 1] === ISSUE_DATE);
    if (at < 0) continue;
    const note = lines.findIndex((line) => line.startsWith('附件：'));
    return { page: index + 1, bodyLines: lines.slice(0, note >= 0 && note < at ? note : at) };
  }
  return { page: 0, bodyLines: [] };
}

describe.skipIf(!SOFFICE)('the Word export through LibreOffice', { timeout: 600_000 }, () => {
  mkdirSync(OUT, { recursive: true });

  it('a county (normal scenario) fits a few pages, no rate broken inside a cell, the signature with body text', async () => {
    const rendered = await render('normal', 'normal');
    expect(rendered.pages).toBeGreaterThan(2);
    expect(rendered.pages).toBeLessThanOrEqual(15);
    expect(rendered.text).toMatch(/—\s*1\s*—/);
    expect(brokenRates(rendered.text)).toEqual([]);
    const signature = signaturePage(rendered);
    expect(signature.page).toBeGreaterThan(1);
    expect(signature.bodyLines.length).toBeGreaterThan(0);
  });

  it('a prefecture (large scenario: 13 counties and its departments) runs under 25 pages, the signature with body text', async () => {
    const rendered = await render('large', 'large');
    expect(rendered.pages).toBeLessThan(25);
    expect(brokenRates(rendered.text)).toEqual([]);
    const signature = signaturePage(rendered);
    expect(signature.page).toBeGreaterThan(1);
    expect(signature.bodyLines.length).toBeGreaterThan(0);
    // The card table's 起始月份 on one line: no month split before 月.
    expect(rendered.text).not.toMatch(/\d{4}\s*年\s*\d{1,2}\s*\n\s*月/);
  });

  it('the 版头 opens the first page (mark, 发文字号, then the title) and the 版记 closes the last (抄送, 印发机关 and 印发日期)', async () => {
    const format: DocumentFormat = {
      banner: { mark: '青岚县政务服务管理局文件' },
      record: { copyTo: '县委办公室、县人大常委会办公室', printer: '青岚县政务服务管理局办公室' },
    };
    const rendered = await render('normal-format', 'normal', format);
    const first = rendered.pageLines[0]!;
    const mark = first.indexOf('青岚县政务服务管理局文件');
    const number = first.indexOf('青政服〔2026〕10号');
    const title = first.findIndex((line) => line.startsWith('关于2026年10月全县'));
    expect([mark, number, title]).toEqual([0, 1, 2]);
    const last = rendered.pageLines[rendered.pages - 1]!;
    const copyTo = last.findIndex((line) => line.startsWith('抄送：县委办公室、县人大常委会办公室'));
    const printed = last.findIndex((line) => line.startsWith('青岚县政务服务管理局办公室') && line.includes(`${ISSUE_DATE}印发`));
    expect(copyTo).toBeGreaterThan(-1);
    expect(printed).toBe(copyTo + 1);
    // Nothing but the page number under the 版记, whose last line sits on the last line of the text block.
    expect(last.slice(printed + 1).every((line) => /^—\d+—$/.test(line))).toBe(true);
    const blockBottom = (A4.height - MARGIN.bottom) / 20;
    const words = wordBoxes(rendered.pdf, rendered.pages);
    const printedWord = words.find((word) => word.text.endsWith('印发'))!;
    const copyToWord = words.find((word) => word.text.startsWith('抄送'))!;
    expect(printedWord.bottom).toBeGreaterThan(blockBottom - 20);
    expect(printedWord.bottom).toBeLessThanOrEqual(blockBottom + 2);
    expect(copyToWord.bottom).toBeLessThan(printedWord.top);
    // Neither is anywhere else.
    expect(rendered.pageLines.slice(1).some((lines) => lines.includes('青岚县政务服务管理局文件'))).toBe(false);
    expect(rendered.pageLines.slice(0, -1).some((lines) => lines.some((line) => line.startsWith('抄送：')))).toBe(false);
  });
});

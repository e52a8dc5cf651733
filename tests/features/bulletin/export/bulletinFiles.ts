import { strFromU8 } from 'fflate';
import { buildBulletinDocument, type BulletinDocument } from '../../../../src/features/bulletin/model/document';
import { generateNarrative } from '../../../../src/features/bulletin/narrative';
import { fixtureFacts } from '../fixtures';

// The bulletin the export tests write, and readers of what Word and Excel files hold.

export const INJECTED = '=HYPERLINK("http://x","y")';
export const EDITED = '本月全县政务服务运行平稳（此段经人工修改）。';
export const PNG = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=='), (c) =>
  c.charCodeAt(0),
);

/** March 2025 of the fixture county, with 乙局 renamed as an attack and one paragraph edited by staff. */
export function bulletin(): BulletinDocument {
  const facts = fixtureFacts('2025-03', { department2: INJECTED });
  const narrative = { ...generateNarrative(facts, 'zh-CN', { issuer: '示例县行政审批服务局', issueDate: new Date(2025, 3, 3) }), overview: EDITED };
  return buildBulletinDocument(facts, 'zh-CN', narrative);
}

export function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** The text of every w:t in a piece of WordprocessingML, in order. */
export function wordTexts(xml: string): string[] {
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((match) => unescapeXml(match[1]!));
}

/** Each table row of the document as the list of its cells' texts. */
export function wordRows(xml: string): string[][] {
  return [...xml.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((row) =>
    [...row[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((cell) => wordTexts(cell[0]).join('')),
  );
}

/** Paths of each sheet of a workbook by sheet name. */
export function sheetPaths(files: Record<string, Uint8Array>): Map<string, string> {
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
export function cellNumberFormat(files: Record<string, Uint8Array>, sheetXml: string, ref: string): string | null {
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

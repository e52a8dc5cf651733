import { AlignmentType, Document, DocumentGridType, Packer, PageOrientation, Paragraph, SectionType, type ISectionOptions, type Table } from 'docx';
import { cellFormat } from './format';
import { annexNote, type Block, type BulletinDocument, type ChartId } from '../model/document';
import { titleLines } from '../model/titleLines';
import { A4, FOOTER_DISTANCE, LINE_PITCH, MARGIN, TEXT } from './word/geometry';
import { chartParagraphs, pageNumberFooters, recordTable, type DocxImage } from './word/record';
import { FONT_TABLE, STYLES } from './word/styles';
import { layoutTable } from './word/layout';
import { mergeGroupedTables } from './word/groups';
import { wordTable } from './word/tables';
import {
  addresseesParagraph,
  annexHead,
  annexNoteParagraphs,
  bannerParagraphs,
  blankLine,
  bodyParagraphs,
  heading,
  run,
  signatureParagraphs,
  titleParagraph,
} from './word/text';

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export { FONTS } from './word/styles';
export type { DocxImage } from './word/record';
export type DocxImages = Partial<Record<ChartId, DocxImage>>;

type Child = Paragraph | Table;

/** A landscape page turns the margins with the paper, so the 版心 stays 156 × 225 mm and the 订口 stays on the bound edge. */
const LANDSCAPE_MARGIN = { top: MARGIN.left, bottom: MARGIN.right, left: MARGIN.bottom, right: MARGIN.top };

/** Sections of the document: a new one on a new page, or where the orientation changes. */
class Flow {
  readonly sections: ISectionOptions[] = [];
  private current: { landscape: boolean; children: Child[] } | null = null;

  /** Starts a new page (an annex). */
  page(landscape: boolean): void {
    this.close();
    this.current = { landscape, children: [] };
  }

  add(children: readonly Child[], landscape?: boolean): void {
    if (!this.current) this.current = { landscape: landscape ?? false, children: [] };
    else if (landscape !== undefined && landscape !== this.current.landscape) {
      this.close();
      this.current = { landscape, children: [] };
    }
    this.current.children.push(...children);
  }

  close(): void {
    if (!this.current || this.current.children.length === 0) return;
    const { landscape, children } = this.current;
    this.sections.push({
      properties: {
        type: SectionType.NEXT_PAGE,
        page: {
          size: { ...A4, orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
          margin: { ...(landscape ? LANDSCAPE_MARGIN : MARGIN), footer: FOOTER_DISTANCE, header: 851 },
        },
        grid: { type: DocumentGridType.LINES, linePitch: LINE_PITCH },
      },
      footers: pageNumberFooters(),
      children,
    });
    this.current = null;
  }
}

function blocks(
  flow: Flow,
  document: BulletinDocument,
  items: readonly Block[],
  images: DocxImages,
  annexTitle: string | null,
  landscapeFlow: boolean,
  keepLast = false,
): void {
  const format = cellFormat(document.locale);
  const merged = mergeGroupedTables(items);
  const tables = merged.filter((block) => block.type === 'table' || block.type === 'grouped').length;
  for (const block of merged) {
    if (block.type === 'paragraph') flow.add(bodyParagraphs(block.text, keepLast && block === merged[merged.length - 1]));
    else if (block.type === 'subheading') flow.add([heading(block.text, block.level ?? 2)]);
    else if (block.type === 'chart') flow.add(chartParagraphs(block.chart.title, images[block.chart.id], TEXT.width));
    else if (block.type === 'grouped') {
      const layout = layoutTable(block.table, format);
      flow.add(
        wordTable(block.table, format, layout, annexTitle !== null && tables === 1 ? null : block.table.caption, block.groups),
        landscapeFlow || layout.landscape,
      );
    } else {
      const layout = layoutTable(block.table, format);
      // An annex of one table is titled by the annex; several tables each carry their caption.
      const caption = annexTitle !== null && tables === 1 ? null : block.table.caption;
      flow.add(wordTable(block.table, format, layout, caption), landscapeFlow || layout.landscape);
    }
  }
}

/**
 * The Word document as GB/T 9704-2012 lays out a 公文: the optional 版头, the title, 主送机关 and
 * opening, the body with its headings, 附件说明, the issuer and the date at the right, then each
 * annex on pages of its own (landscape only for a table that needs it), and the optional 版记 at
 * the foot of the last page.
 */
export function docxDocument(document: BulletinDocument, images: DocxImages = {}): Document {
  const { t } = cellFormat(document.locale);
  const flow = new Flow();
  flow.add([
    ...(document.banner ? bannerParagraphs(document.banner) : []),
    titleParagraph(document.titleLines),
    ...(document.subtitle ? [new Paragraph({ style: 'NoIndent', alignment: AlignmentType.CENTER, children: [run(document.subtitle)] })] : []),
    blankLine(),
    ...(document.addressees.trim() ? [addresseesParagraph(document.addressees)] : []),
    ...bodyParagraphs(document.opening),
  ]);
  // The body's last paragraph, the 附件说明 and the signature are kept together, so the signature
  // never stands on a page without text of the body (GB/T 9704 7.3.5).
  document.sections.forEach((section, index) => {
    flow.add([heading(section.heading, 1)]);
    blocks(flow, document, section.blocks, images, null, false, index === document.sections.length - 1);
  });
  const note = annexNote(document);
  if (note.length > 0) flow.add([blankLine(true), ...annexNoteParagraphs(t('bulletin.annex.note'), note)], false);
  flow.add([blankLine(true), ...signatureParagraphs(document.issuer, document.issueDate)], false);

  const format = cellFormat(document.locale);
  for (const annex of document.annexes) {
    // An annex opens in landscape when its first table needs the width; its head goes with it.
    const first = annex.blocks.find((block) => block.type === 'table');
    const landscape = first?.type === 'table' ? layoutTable(first.table, format).landscape : false;
    flow.page(landscape);
    flow.add(annexHead(annex.label, document.locale === 'zh-CN' ? titleLines(annex.title) : [annex.title]), landscape);
    blocks(flow, document, annex.blocks, images, annex.title, landscape);
  }
  if (document.record) {
    const copyTo = document.record.copyTo.trim() ? t('bulletin.record.copyTo', { list: document.record.copyTo.trim().replace(/[。.]$/, '') }) : null;
    flow.add(
      [
        recordTable(document.record, copyTo, t('bulletin.record.printed', { date: document.record.printDate })),
        new Paragraph({ style: 'NoIndent', children: [] }),
      ],
      false,
    );
  }
  flow.close();

  return new Document({
    title: document.title,
    creator: document.issuer,
    description: document.title,
    evenAndOddHeaderAndFooters: true,
    sections: flow.sections,
  });
}

export async function buildDocx(document: BulletinDocument, images: DocxImages = {}): Promise<Blob> {
  const bytes = await Packer.toArrayBuffer(docxDocument(document, images), false, [
    { path: 'word/styles.xml', data: STYLES },
    { path: 'word/fontTable.xml', data: FONT_TABLE },
  ]);
  return new Blob([bytes], { type: DOCX_MIME });
}

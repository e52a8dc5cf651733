import { zipSync } from 'fflate';
import { keepLastBefore, pageFileName, paginate, PAGES_IN_ONE_IMAGE, type PageCut, type Region, type Span, type TableHead } from './pagination';
import { canvasPng, snapshotPng, stagedClone, svgImage } from './snapshot';

/**
 * The bulletin as pictures: a short one as one image (snapshot.ts), a long one as one image per A4
 * page in a .zip (page-01.png, page-02.png…). The pages are those of print: the paper is laid
 * out at the text block's width (156 mm; 225 mm for a landscape annex), cut between lines, table
 * rows and charts (pagination.ts), each annex on a new page, a table's header repeated on the
 * page it continues on, and each page drawn on A4 with GB/T 9704's margins and its number
 * "— N —" on the outer side. Twice the CSS size: 192 dpi, so 8 pt table text is 21 px high.
 */

const MM = 96 / 25.4;
const PIXEL_RATIO = 2;
const BACKGROUND = '#ffffff';

/** A4 and the 版心 (GB/T 9704 5.2), in CSS pixels; a landscape page turns the margins with the paper. */
const PORTRAIT = { width: 210 * MM, height: 297 * MM, top: 37 * MM, left: 28 * MM, blockWidth: 156 * MM, blockHeight: 225 * MM };
const LANDSCAPE = { width: 297 * MM, height: 210 * MM, top: 28 * MM, left: 35 * MM, blockWidth: 225 * MM, blockHeight: 156 * MM };
/** Class of the clone laid out at the text block's width (bulletin.css). */
export const PAGES_CLASS = 'bulletin-pages';
export const ZIP_MIME = 'application/zip';

/** Whole on one page: a table row, a chart, the signature, the 版记, a rule. */
const WHOLE = 'tr, figure, img, .gw-signature, .gw-record, hr, .gw-mark';
/** Never last on a page: headings, the annex's label and title, a table's caption and header, the 附件说明 (kept with the signature). */
const KEEP_WITH_NEXT = 'h3, h4, h5, h6, caption, .bulletin-caption, .annex-label, thead tr, .gw-annex-note li';

function measure(clone: HTMLElement): { regions: Region[]; spans: Span[]; heads: TableHead[]; height: number } {
  const origin = clone.getBoundingClientRect();
  const span = (rect: DOMRect, keepWithNext = false): Span => ({ top: rect.top - origin.top, bottom: rect.bottom - origin.top, keepWithNext });
  const spans: Span[] = [];
  for (const element of Array.from(clone.querySelectorAll<HTMLElement>(`${WHOLE}, ${KEEP_WITH_NEXT}`))) {
    // The outermost whole thing counts: a figure's image and caption go with the figure.
    if (element.parentElement?.closest(WHOLE)) continue;
    const rect = element.getBoundingClientRect();
    if (rect.height > 0) spans.push(span(rect, element.matches(KEEP_WITH_NEXT)));
  }
  // Every other line of text: the line boxes of each text node.
  const walker = document.createTreeWalker(clone, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.textContent?.trim() || node.parentElement?.closest(`${WHOLE}, ${KEEP_WITH_NEXT}`)) continue;
    range.selectNodeContents(node);
    for (const rect of Array.from(range.getClientRects())) if (rect.height > 0) spans.push(span(rect));
  }
  // The body's last line goes with the 附件说明 or, without annexes, the signature.
  const closing = clone.querySelector('.gw-annex-note, .gw-signature');
  const kept = closing ? keepLastBefore(spans, closing.getBoundingClientRect().top - origin.top) : spans;
  const heads: TableHead[] = [];
  for (const table of Array.from(clone.querySelectorAll('table'))) {
    const head = table.tHead?.getBoundingClientRect();
    const rows = table.tBodies[0]?.rows;
    const last = rows && rows.length > 0 ? rows[rows.length - 1]!.getBoundingClientRect() : null;
    if (head && last) heads.push({ top: head.top - origin.top, bottom: head.bottom - origin.top, end: last.bottom - origin.top });
  }
  const height = origin.height;
  const annexes = Array.from(clone.querySelectorAll<HTMLElement>('.bulletin-annex'));
  const starts = [0, ...annexes.map((annex) => annex.getBoundingClientRect().top - origin.top)];
  const regions = starts.map((top, index): Region => {
    const landscape = index > 0 && annexes[index - 1]!.classList.contains('landscape');
    return { top, bottom: starts[index + 1] ?? height, pageHeight: (landscape ? LANDSCAPE : PORTRAIT).blockHeight, landscape };
  });
  return { regions, spans: kept, heads, height };
}

function pageNumber(context: CanvasRenderingContext2D, number: number, paper: typeof PORTRAIT) {
  const size = (14 / 72) * 96;
  context.font = `${size}px '宋体', 'SimSun', 'Noto Serif CJK SC', serif`;
  context.fillStyle = '#000';
  context.textBaseline = 'top';
  const odd = number % 2 === 1;
  context.textAlign = odd ? 'right' : 'left';
  const x = odd ? paper.left + paper.blockWidth - size : paper.left + size;
  context.fillText(`— ${number} —`, x, paper.top + paper.blockHeight + 4.5 * MM);
}

async function drawPage(image: HTMLImageElement, cut: PageCut, number: number): Promise<Blob> {
  const paper = cut.landscape ? LANDSCAPE : PORTRAIT;
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(paper.width * PIXEL_RATIO);
  canvas.height = Math.round(paper.height * PIXEL_RATIO);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2D canvas in this browser');
  context.fillStyle = BACKGROUND;
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.scale(PIXEL_RATIO, PIXEL_RATIO);
  // What overflows the text block to the right (as in print) is drawn up to the paper's edge.
  const width = paper.width - paper.left;
  let y = paper.top;
  for (const slice of cut.slices) {
    const height = slice.bottom - slice.top;
    context.drawImage(image, 0, slice.top * PIXEL_RATIO, width * PIXEL_RATIO, height * PIXEL_RATIO, paper.left, y, width, height);
    y += height;
  }
  pageNumber(context, number, paper);
  try {
    return await canvasPng(canvas);
  } finally {
    canvas.width = 0;
    canvas.height = 0;
  }
}

/** The page cuts of the paper as print would set it, measured on a clone laid out at the text block's width. */
export function pageCuts(element: HTMLElement): { cuts: PageCut[]; markup: string; height: number } {
  const { clone, remove } = stagedClone(element, PORTRAIT.blockWidth, PAGES_CLASS);
  try {
    const { regions, spans, heads, height } = measure(clone);
    return { cuts: paginate(regions, spans, heads), markup: new XMLSerializer().serializeToString(clone), height };
  } finally {
    remove();
  }
}

/** One PNG for a bulletin of a few pages; a .zip of one PNG per A4 page for a longer one. */
export async function bulletinImages(element: HTMLElement): Promise<Blob> {
  const { cuts, markup, height } = pageCuts(element);
  if (cuts.length <= PAGES_IN_ONE_IMAGE) return snapshotPng(element, { pixelRatio: PIXEL_RATIO, background: BACKGROUND });
  // One picture of the whole paper, wide enough for a landscape annex; each page is cut from it.
  const image = await svgImage(markup, { width: LANDSCAPE.width, height: Math.ceil(height), ratio: PIXEL_RATIO, background: BACKGROUND });
  const files: Record<string, [Uint8Array, { level: 0 }]> = {};
  for (const [index, cut] of cuts.entries()) {
    const png = await drawPage(image, cut, index + 1);
    // PNG is compressed already: stored as it is, the zip is written at once.
    files[pageFileName(index, cuts.length)] = [new Uint8Array(await png.arrayBuffer()), { level: 0 }];
  }
  const zip = zipSync(files);
  return new Blob([zip as Uint8Array<ArrayBuffer>], { type: ZIP_MIME });
}

/**
 * The bulletin cut into A4 pages for the page images, from the layout measured on screen: pure
 * geometry, so it is tested without a browser. Positions are CSS pixels from the top of the paper.
 *
 * - A span is what must stay whole on one page: a line of text, a table row, a chart, the
 *   signature. A span that keeps with the next (a heading, a table's caption and header) is never
 *   the last thing on a page.
 * - A region starts a new page: the body, then each annex (as print starts each on a new page).
 *   A landscape annex has the landscape text block's height.
 * - A table cut across pages repeats its header at the top of the next one, as print does.
 */

export interface Span {
  top: number;
  bottom: number;
  keepWithNext?: boolean;
}

export interface TableHead {
  /** The header row(s): top and bottom. */
  top: number;
  bottom: number;
  /** The bottom of the table's last row. */
  end: number;
}

export interface Region {
  top: number;
  bottom: number;
  /** The height of the text block on this region's pages. */
  pageHeight: number;
  landscape: boolean;
}

/** A band of the paper, drawn below the previous one on the page. */
export interface Slice {
  top: number;
  bottom: number;
}

export interface PageCut {
  slices: Slice[];
  landscape: boolean;
}

/** Spans of a region in order, each chain of keep-with-next spans joined to what follows it, overlaps merged. */
export function blocksOf(spans: readonly Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.top - b.top || a.bottom - b.bottom);
  const merged: Span[] = [];
  let keep = false;
  for (const span of sorted) {
    const last = merged[merged.length - 1];
    // Touching boxes (a fraction of a pixel over) are neighbours; a real overlap is one block.
    const overlaps = last !== undefined && span.top < last.bottom - 0.5;
    if (last && (keep || overlaps)) {
      last.bottom = Math.max(last.bottom, span.bottom);
      keep = overlaps ? keep || (span.keepWithNext ?? false) : (span.keepWithNext ?? false);
      continue;
    }
    merged.push({ top: span.top, bottom: span.bottom });
    keep = span.keepWithNext ?? false;
  }
  return merged;
}

/**
 * The span ending last above y kept with what follows it: the body's last line with the
 * 附件说明 and signature below it, so the signature never stands on a page of its own (GB/T 9704).
 */
export function keepLastBefore(spans: readonly Span[], y: number): Span[] {
  let last = -1;
  spans.forEach((span, index) => {
    if (span.bottom <= y + 0.5 && (last < 0 || span.bottom > spans[last]!.bottom)) last = index;
  });
  return spans.map((span, index) => (index === last ? { ...span, keepWithNext: true } : span));
}

/** The table whose body continues below a cut at y (its header is then repeated), if any. */
function tableAcross(heads: readonly TableHead[], y: number): TableHead | undefined {
  return heads.find((head) => y >= head.bottom - 0.5 && y < head.end - 0.5);
}

function regionPages(region: Region, spans: readonly Span[], heads: readonly TableHead[]): PageCut[] {
  const blocks = blocksOf(spans.filter((span) => span.top >= region.top - 0.5 && span.bottom <= region.bottom + 0.5));
  const pages: PageCut[] = [];
  let index = 0;
  while (index < blocks.length) {
    const start = blocks[index]!.top;
    const head = pages.length > 0 ? tableAcross(heads, start) : undefined;
    const repeated = head ? head.bottom - head.top : 0;
    const limit = start + region.pageHeight - repeated;
    let end = index;
    while (end + 1 < blocks.length && blocks[end + 1]!.bottom <= limit + 0.5) end++;
    let bottom = blocks[end]!.bottom;
    if (bottom > limit + 0.5) {
      // One block taller than a page (a very long chain): cut it at the page's foot, the rest follows.
      bottom = limit;
      blocks[end] = { top: limit, bottom: blocks[end]!.bottom };
    } else {
      end++;
    }
    const slices: Slice[] = head ? [{ top: head.top, bottom: head.bottom }] : [];
    slices.push({ top: start, bottom });
    pages.push({ slices, landscape: region.landscape });
    index = end;
  }
  return pages;
}

/** The pages of the whole bulletin, region by region. */
export function paginate(regions: readonly Region[], spans: readonly Span[], heads: readonly TableHead[]): PageCut[] {
  return regions.flatMap((region) => regionPages(region, spans, heads));
}

/** A bulletin of this many pages or fewer is exported as one image; a longer one as one image per page. */
export const PAGES_IN_ONE_IMAGE = 3;

/** page-01.png… in the zip, numbered to sort in order (page-001.png past 99 pages). */
export function pageFileName(index: number, count: number): string {
  return `page-${String(index + 1).padStart(Math.max(2, String(count).length), '0')}.png`;
}

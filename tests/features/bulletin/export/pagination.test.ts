import { describe, expect, it } from 'vitest';
import { blocksOf, keepLastBefore, pageFileName, paginate, type Region, type Span } from '../../../../src/features/bulletin/export/pagination';

/** Lines of 10 px from `top`, one after the other. */
function lines(top: number, count: number, height = 10): Span[] {
  return Array.from({ length: count }, (_, index) => ({ top: top + index * height, bottom: top + (index + 1) * height }));
}

const body = (bottom: number, pageHeight = 100): Region => ({ top: 0, bottom, pageHeight, landscape: false });

describe('paginate: the bulletin cut into pages between lines, rows and blocks', () => {
  it('fills a page with the lines that fit whole and starts the next page at the next line', () => {
    // 25 lines of 10 px, offset by 5 px: a page of 100 px holds 10 of them, never 10.5.
    const spans = lines(5, 25);
    const pages = paginate([body(300)], spans, []);
    expect(pages.map((page) => page.slices)).toEqual([[{ top: 5, bottom: 105 }], [{ top: 105, bottom: 205 }], [{ top: 205, bottom: 255 }]]);
  });

  it('never cuts through a line: a page ends at the bottom of the last whole line, even when a gap would fit more', () => {
    const spans: Span[] = [
      { top: 0, bottom: 60 },
      { top: 70, bottom: 110 },
    ];
    const pages = paginate([body(120)], spans, []);
    expect(pages.map((page) => page.slices[0])).toEqual([
      { top: 0, bottom: 60 },
      { top: 70, bottom: 110 },
    ]);
  });

  it('keeps a heading with what follows it: it moves to the next page rather than end one', () => {
    const spans: Span[] = [...lines(0, 8), { top: 80, bottom: 95, keepWithNext: true }, { top: 95, bottom: 105 }, { top: 105, bottom: 115 }];
    const pages = paginate([body(120)], spans, []);
    expect(pages[0]!.slices).toEqual([{ top: 0, bottom: 80 }]);
    expect(pages[1]!.slices).toEqual([{ top: 80, bottom: 115 }]);
  });

  it('keeps a chain of headings, caption and table header with the first row', () => {
    const blocks = blocksOf([
      { top: 0, bottom: 10, keepWithNext: true },
      { top: 10, bottom: 20, keepWithNext: true },
      { top: 20, bottom: 30, keepWithNext: true },
      { top: 30, bottom: 40 },
      { top: 40, bottom: 50 },
    ]);
    expect(blocks).toEqual([
      { top: 0, bottom: 40 },
      { top: 40, bottom: 50 },
    ]);
  });

  it('merges overlapping boxes (the parts of one line) into one block, touching ones not', () => {
    expect(
      blocksOf([
        { top: 0, bottom: 10 },
        { top: 2, bottom: 11 },
        { top: 10.8, bottom: 20 },
      ]),
    ).toEqual([
      { top: 0, bottom: 11 },
      { top: 10.8, bottom: 20 },
    ]);
  });

  it('repeats the header of a table cut across pages, and counts it against the page', () => {
    // A caption and header (keep with next) at 0–20, then 30 rows of 10 px.
    const spans: Span[] = [{ top: 0, bottom: 10, keepWithNext: true }, { top: 10, bottom: 20, keepWithNext: true }, ...lines(20, 30)];
    const heads = [{ top: 10, bottom: 20, end: 320 }];
    const pages = paginate([body(320)], spans, heads);
    expect(pages[0]!.slices).toEqual([{ top: 0, bottom: 100 }]);
    // The next pages: the header (10 px), then 9 rows.
    expect(pages[1]!.slices).toEqual([
      { top: 10, bottom: 20 },
      { top: 100, bottom: 190 },
    ]);
    expect(pages[2]!.slices).toEqual([
      { top: 10, bottom: 20 },
      { top: 190, bottom: 280 },
    ]);
    expect(pages[3]!.slices).toEqual([
      { top: 10, bottom: 20 },
      { top: 280, bottom: 320 },
    ]);
    for (const page of pages) expect(page.slices.reduce((sum, slice) => sum + slice.bottom - slice.top, 0)).toBeLessThanOrEqual(100);
  });

  it('does not repeat a header after the table has ended', () => {
    const spans: Span[] = [{ top: 0, bottom: 10, keepWithNext: true }, ...lines(10, 5), ...lines(60, 10)];
    const pages = paginate([body(160)], spans, [{ top: 0, bottom: 10, end: 60 }]);
    expect(pages).toHaveLength(2);
    expect(pages[1]!.slices).toEqual([{ top: 100, bottom: 160 }]);
  });

  it('starts each region (an annex) on a new page, a landscape one with its own text block height', () => {
    const regions: Region[] = [
      { top: 0, bottom: 50, pageHeight: 100, landscape: false },
      { top: 50, bottom: 200, pageHeight: 70, landscape: true },
      { top: 200, bottom: 230, pageHeight: 100, landscape: false },
    ];
    const pages = paginate(regions, [...lines(0, 3), ...lines(50, 15), ...lines(200, 3)], []);
    expect(pages.map((page) => [page.landscape, page.slices[0]])).toEqual([
      [false, { top: 0, bottom: 30 }],
      [true, { top: 50, bottom: 120 }],
      [true, { top: 120, bottom: 190 }],
      [true, { top: 190, bottom: 200 }],
      [false, { top: 200, bottom: 230 }],
    ]);
  });

  it('cuts a block taller than a page (nothing else can be done) at the foot of the page', () => {
    const pages = paginate([body(250)], [{ top: 0, bottom: 250 }], []);
    expect(pages.map((page) => page.slices[0])).toEqual([
      { top: 0, bottom: 100 },
      { top: 100, bottom: 200 },
      { top: 200, bottom: 250 },
    ]);
  });

  it('names the files so they sort in page order', () => {
    expect(pageFileName(0, 15)).toBe('page-01.png');
    expect(pageFileName(14, 15)).toBe('page-15.png');
    expect(pageFileName(4, 120)).toBe('page-005.png');
  });

  it('the signature never stands alone: the body’s last line goes to its page (as on the normal scenario’s page 8)', () => {
    // Nine lines fill the page to 90 px; the signature (20 px) would only fit on the next page alone.
    const spans: Span[] = [...lines(0, 9), { top: 90, bottom: 110 }];
    expect(paginate([body(110)], spans, []).map((page) => page.slices[0])).toEqual([
      { top: 0, bottom: 90 },
      { top: 90, bottom: 110 },
    ]);
    const kept = keepLastBefore(spans, 90);
    expect(kept.filter((span) => span.keepWithNext)).toEqual([{ top: 80, bottom: 90, keepWithNext: true }]);
    expect(paginate([body(110)], kept, []).map((page) => page.slices[0])).toEqual([
      { top: 0, bottom: 80 },
      { top: 80, bottom: 110 },
    ]);
  });
});

import { afterEach, describe, expect, test, vi } from 'vitest';
import { downloadBlob, downloadDataUrl, safeFileName } from '../../src/ui/download';

afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

function watchClicks() {
  const clicked: { href: string; download: string; attached: boolean }[] = [];
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    clicked.push({ href: this.href, download: this.download, attached: document.body.contains(this) });
  });
  return clicked;
}

describe('downloads', () => {
  test('file names lose path and reserved characters', () => {
    expect(safeFileName('排名/2025:03*?.png')).toBe('排名_2025_03_.png');
    expect(safeFileName('')).toBe('chart');
  });

  test('a data URL is clicked from an anchor in the page under the safe name, and the anchor goes', () => {
    const clicked = watchClicks();
    downloadDataUrl('data:image/png;base64,AAAA', '排名/2025:03.png');
    expect(clicked).toEqual([{ href: 'data:image/png;base64,AAAA', download: '排名_2025_03.png', attached: true }]);
    expect(document.querySelector('a')).toBeNull();
  });

  test('a Blob gets an object URL that is released only after the download has started', () => {
    vi.useFakeTimers();
    const blob = new Blob(['受理件数'], { type: 'text/csv' });
    const created = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:test/1');
    const revoked = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const clicked = watchClicks();
    downloadBlob(blob, '月度数据表.csv');
    expect(created).toHaveBeenCalledWith(blob);
    expect(clicked.map((click) => click.download)).toEqual(['月度数据表.csv']);
    expect(revoked).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(revoked).toHaveBeenCalledWith('blob:test/1');
  });
});

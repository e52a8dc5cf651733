/**
 * Which rows a scrolling board shows in its fixed set of row elements. A board of `total` rows
 * with room for `visible` shows all of them, still, when they fit. Otherwise it keeps exactly
 * visible + 1 elements — the one below the edge slides in as the top one slides out — and fills
 * them from `start`, wrapping round to the top: the DOM never grows however long it runs.
 */
export function boardSlots(total: number, visible: number, start: number): { rows: number[]; scrolls: boolean } {
  const room = Math.max(1, Math.floor(visible));
  if (total <= room) return { rows: Array.from({ length: Math.max(0, total) }, (_, index) => index), scrolls: false };
  const first = ((Math.floor(start) % total) + total) % total;
  return { rows: Array.from({ length: room + 1 }, (_, slot) => (first + slot) % total), scrolls: true };
}

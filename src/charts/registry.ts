/**
 * Live chart instances, counted so the big-screen soak benchmark can prove that instances are
 * disposed (bounded by the panels on screen) over weeks of rotation.
 */
let live = 0;

export function chartCreated(): void {
  live += 1;
}

export function chartDisposed(): void {
  live -= 1;
}

export function liveChartCount(): number {
  return live;
}

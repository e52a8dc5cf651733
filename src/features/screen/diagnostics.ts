import { liveChartCount } from '../../charts/registry';

const counters = { rotations: 0, page: '', paused: false };

/** What the screen reports for diagnostics; the soak benchmark reads it. */
export function reportScreenState(state: { rotations: number; page: string; paused: boolean }): void {
  counters.rotations = state.rotations;
  counters.page = state.page;
  counters.paused = state.paused;
}

export interface ScreenDiagnostics {
  liveCharts: () => number;
  rotations: () => number;
  page: () => string;
  paused: () => boolean;
}

declare global {
  interface Window {
    /** Read-only counters for whoever checks a wall screen's health (and the soak benchmark). */
    readonly __spdDiagnostics?: ScreenDiagnostics;
  }
}

/**
 * Puts read-only counters on window.__spdDiagnostics: functions that return numbers, nothing that
 * changes the page or reveals data, so leaving it in production harms nothing. Installed once.
 */
export function installDiagnostics(): void {
  if (typeof window === 'undefined' || window.__spdDiagnostics) return;
  const diagnostics: ScreenDiagnostics = Object.freeze({
    liveCharts: () => liveChartCount(),
    rotations: () => counters.rotations,
    page: () => counters.page,
    paused: () => counters.paused,
  });
  Object.defineProperty(window, '__spdDiagnostics', { value: diagnostics, writable: false, configurable: false, enumerable: false });
}

/** The clock and one-shot timer the rotation runs on; injectable so tests can make timers late. */
export interface RotationTimers {
  now: () => number;
  setTimeout: (callback: () => void, ms: number) => unknown;
  clearTimeout: (handle: unknown) => void;
}

export const BROWSER_TIMERS: RotationTimers = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof globalThis.setTimeout>),
};

export interface RotationState {
  /** 0-based index into the pages. */
  page: number;
  paused: boolean;
  /** When the page on screen came up (ms since the epoch; the moment it would have, after a pause). */
  pageStartedAt: number;
  /** When the next page is due; null while paused or with a single page. */
  nextSwitchAt: number | null;
  /** How long the page has left: frozen while paused. */
  remainingMs: number;
  /** Page changes since the start, for diagnostics (the soak counts rotations with it). */
  switches: number;
}

export interface Rotation {
  state: () => RotationState;
  pause: () => void;
  resume: () => void;
  toggle: () => void;
  next: () => void;
  previous: () => void;
  /** Shows page `index` now (a clicked tab, a number key); its full time starts from now. */
  goTo: (index: number) => void;
  /** Releases the timer; the rotation does nothing afterwards. */
  dispose: () => void;
}

export interface RotationOptions {
  pageCount: number;
  periodMs: number;
  onChange: (state: RotationState) => void;
  timers?: RotationTimers;
  /** The moment page 0 starts; now by default. */
  origin?: number;
  /** false: pages change only by next/previous (rotate=0 in the link). Default true. */
  auto?: boolean;
}

/**
 * Page rotation that stays exact over weeks. Page n is due at origin + n × period: each switch
 * is computed from the fixed origin and the clock, never by adding up intervals, so a timer that
 * fires late (a busy main thread, a throttled tab, a sleeping PC) delays one switch and nothing
 * after it. One timeout is armed at a time and re-armed from the clock when it fires; a timer
 * that fires early changes nothing and is re-armed for the rest. A pause shifts the origin by its
 * length, so the page keeps the time it had left.
 */
export function createRotation(options: RotationOptions): Rotation {
  const { pageCount, onChange } = options;
  const timers = options.timers ?? BROWSER_TIMERS;
  const period = Math.max(1, options.periodMs);
  let origin = options.origin ?? timers.now();
  let slot = 0;
  let handle: unknown = null;
  let paused = false;
  let pausedAt = 0;
  let switches = 0;
  let disposed = false;
  const rotates = pageCount > 1;
  const auto = options.auto !== false;

  const slotAt = (time: number) => Math.floor((time - origin) / period);
  const pageOf = (n: number) => ((n % pageCount) + pageCount) % pageCount;

  const state = (): RotationState => {
    const now = paused ? pausedAt : timers.now();
    const end = origin + (slot + 1) * period;
    return {
      page: pageOf(slot),
      paused,
      pageStartedAt: origin + slot * period,
      nextSwitchAt: paused || !rotates || !auto ? null : end,
      remainingMs: Math.max(0, end - now),
      switches,
    };
  };

  const clear = () => {
    if (handle !== null) timers.clearTimeout(handle);
    handle = null;
  };

  const arm = () => {
    clear();
    if (disposed || paused || !rotates || !auto) return;
    const now = timers.now();
    handle = timers.setTimeout(fire, Math.max(0, origin + (slot + 1) * period - now));
  };

  function fire() {
    handle = null;
    if (disposed || paused) return;
    const due = slotAt(timers.now());
    if (due > slot) {
      // Late by more than a period (a PC woken from sleep): go to the page due now, not one by one.
      slot = due;
      switches += 1;
      onChange(state());
    }
    arm();
  }

  /** Makes `next` the current slot starting now. */
  const jumpTo = (next: number) => {
    const now = timers.now();
    slot = next;
    origin = now - slot * period;
    if (paused) pausedAt = now;
    switches += 1;
    arm();
    onChange(state());
  };

  const pause = () => {
    if (disposed || paused) return;
    pausedAt = timers.now();
    paused = true;
    clear();
    onChange(state());
  };

  const resume = () => {
    if (disposed || !paused) return;
    origin += timers.now() - pausedAt;
    paused = false;
    arm();
    onChange(state());
  };

  arm();

  return {
    state,
    pause,
    resume,
    toggle: () => (paused ? resume() : pause()),
    next: () => {
      if (!disposed && rotates) jumpTo(slot + 1);
    },
    previous: () => {
      if (!disposed && rotates) jumpTo(slot - 1);
    },
    goTo: (index: number) => {
      if (disposed || !rotates || !Number.isInteger(index) || index < 0 || index >= pageCount) return;
      const current = pageOf(slot);
      if (index !== current) jumpTo(slot + (index - current));
    },
    dispose: () => {
      disposed = true;
      clear();
    },
  };
}

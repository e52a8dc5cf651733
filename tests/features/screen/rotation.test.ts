import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { createRotation, type RotationState, type RotationTimers } from '../../../src/features/screen/rotation';

describe('createRotation on the browser clock (fake timers)', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: 1_700_000_000_000 });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  test('10,000 rotations: every switch lands exactly on origin + n × period, one timer alive throughout', () => {
    const origin = Date.now();
    const period = 20_000;
    const switches: { at: number; page: number }[] = [];
    const rotation = createRotation({ pageCount: 3, periodMs: period, onChange: (state) => switches.push({ at: Date.now(), page: state.page }) });
    expect(vi.getTimerCount()).toBe(1);
    for (let n = 1; n <= 10_000; n++) {
      vi.advanceTimersByTime(period);
      expect(vi.getTimerCount()).toBe(1);
    }
    expect(switches).toHaveLength(10_000);
    switches.forEach((entry, index) => {
      const n = index + 1;
      expect(entry.at).toBe(origin + n * period);
      expect(entry.page).toBe(n % 3);
    });
    expect(rotation.state().switches).toBe(10_000);
    rotation.dispose();
    expect(vi.getTimerCount()).toBe(0);
  });

  test('pause freezes the page and its remaining time; resume keeps it; the next switches shift by the pause only', () => {
    const origin = Date.now();
    const states: RotationState[] = [];
    const rotation = createRotation({ pageCount: 3, periodMs: 10_000, onChange: (state) => states.push(state) });
    vi.advanceTimersByTime(4_000);
    rotation.pause();
    expect(rotation.state()).toMatchObject({ page: 0, paused: true, remainingMs: 6_000, nextSwitchAt: null });
    expect(vi.getTimerCount()).toBe(0);
    vi.advanceTimersByTime(3_600_000);
    expect(rotation.state().page).toBe(0);
    expect(rotation.state().remainingMs).toBe(6_000);
    rotation.resume();
    expect(vi.getTimerCount()).toBe(1);
    vi.advanceTimersByTime(5_999);
    expect(rotation.state().page).toBe(0);
    vi.advanceTimersByTime(1);
    expect(rotation.state().page).toBe(1);
    expect(Date.now()).toBe(origin + 3_600_000 + 10_000);
    // After the pause the rhythm is exact again from the shifted origin.
    vi.advanceTimersByTime(10_000 * 1000);
    expect(Date.now() - (origin + 3_600_000)).toBe(10_000 * 1001);
    expect(rotation.state().page).toBe(1001 % 3);
    expect(rotation.state().pageStartedAt).toBe(Date.now());
    rotation.dispose();
  });

  test('toggle twice is pause then resume; next and previous restart the page at full length', () => {
    const rotation = createRotation({ pageCount: 3, periodMs: 10_000, onChange: () => undefined });
    vi.advanceTimersByTime(7_000);
    rotation.next();
    expect(rotation.state()).toMatchObject({ page: 1, remainingMs: 10_000 });
    vi.advanceTimersByTime(9_999);
    expect(rotation.state().page).toBe(1);
    vi.advanceTimersByTime(1);
    expect(rotation.state().page).toBe(2);
    rotation.previous();
    rotation.previous();
    rotation.previous();
    expect(rotation.state().page).toBe(2);
    rotation.toggle();
    expect(rotation.state().paused).toBe(true);
    rotation.next();
    expect(rotation.state()).toMatchObject({ page: 0, paused: true, remainingMs: 10_000 });
    expect(vi.getTimerCount()).toBe(0);
    rotation.toggle();
    expect(rotation.state().paused).toBe(false);
    expect(vi.getTimerCount()).toBe(1);
    rotation.dispose();
  });

  test('a single page arms no timer; auto false switches only by hand; dispose stops everything', () => {
    const single = createRotation({ pageCount: 1, periodMs: 1000, onChange: () => undefined });
    expect(vi.getTimerCount()).toBe(0);
    expect(single.state().nextSwitchAt).toBeNull();
    single.next();
    expect(single.state().page).toBe(0);

    const manual = createRotation({ pageCount: 3, periodMs: 1000, auto: false, onChange: () => undefined });
    expect(vi.getTimerCount()).toBe(0);
    vi.advanceTimersByTime(60_000);
    expect(manual.state().page).toBe(0);
    manual.next();
    expect(manual.state().page).toBe(1);
    expect(vi.getTimerCount()).toBe(0);

    const onChange = vi.fn();
    const auto = createRotation({ pageCount: 2, periodMs: 1000, onChange });
    auto.dispose();
    vi.advanceTimersByTime(10_000);
    auto.resume();
    auto.next();
    expect(onChange).not.toHaveBeenCalled();
    expect(vi.getTimerCount()).toBe(0);
  });
});

/** A clock and timers where every timeout fires late by a random 0–maxLateMs (a busy or throttled tab). */
function lateTimers(maxLateMs: number, seed = 7) {
  let now = 0;
  let random = seed;
  const next = () => {
    random = (random * 1103515245 + 12345) % 2 ** 31;
    return random / 2 ** 31;
  };
  const queue: { at: number; callback: () => void; id: number }[] = [];
  let ids = 0;
  let maxLive = 0;
  const timers: RotationTimers = {
    now: () => now,
    setTimeout: (callback, ms) => {
      const id = ++ids;
      queue.push({ at: now + ms + Math.floor(next() * maxLateMs), callback, id });
      maxLive = Math.max(maxLive, queue.length);
      return id;
    },
    clearTimeout: (handle) => {
      const index = queue.findIndex((entry) => entry.id === handle);
      if (index >= 0) queue.splice(index, 1);
    },
  };
  const runUntil = (time: number) => {
    for (;;) {
      queue.sort((a, b) => a.at - b.at);
      const first = queue[0];
      if (!first || first.at > time) break;
      queue.shift();
      now = first.at;
      first.callback();
    }
    now = time;
  };
  return { timers, runUntil, now: () => now, live: () => queue.length, maxLive: () => maxLive };
}

describe('createRotation with timers that fire late', () => {
  test('lateness never accumulates: switch n happens within [n × period, n × period + lateness] for 10,000 switches', () => {
    const clock = lateTimers(900);
    const period = 5_000;
    const at: number[] = [];
    createRotation({ pageCount: 3, periodMs: period, timers: clock.timers, origin: 0, onChange: () => at.push(clock.now()) });
    clock.runUntil(period * 10_000 + 1_000);
    expect(at).toHaveLength(10_000);
    at.forEach((time, index) => {
      const due = (index + 1) * period;
      expect(time).toBeGreaterThanOrEqual(due);
      expect(time).toBeLessThan(due + 900);
    });
    expect(clock.maxLive()).toBe(1);
  });

  test('a timer that fires early changes nothing and is re-armed for the rest', () => {
    let now = 0;
    const armed: number[] = [];
    let pending: (() => void) | null = null;
    const timers: RotationTimers = {
      now: () => now,
      setTimeout: (callback, ms) => {
        armed.push(ms);
        pending = callback;
        return 1;
      },
      clearTimeout: () => {
        pending = null;
      },
    };
    const rotation = createRotation({ pageCount: 2, periodMs: 1000, timers, origin: 0, onChange: () => undefined });
    now = 990;
    (pending as unknown as () => void)();
    expect(rotation.state().page).toBe(0);
    expect(armed).toEqual([1000, 10]);
    now = 1000;
    (pending as unknown as () => void)();
    expect(rotation.state().page).toBe(1);
    expect(armed.at(-1)).toBe(1000);
  });

  test('after a sleep longer than many periods, the page due now comes up at once: one change, not a burst', () => {
    let now = 0;
    const armed: number[] = [];
    let pending: (() => void) | null = null;
    const timers: RotationTimers = {
      now: () => now,
      setTimeout: (callback, ms) => {
        armed.push(ms);
        pending = callback;
        return 1;
      },
      clearTimeout: () => {
        pending = null;
      },
    };
    const changes: RotationState[] = [];
    createRotation({ pageCount: 3, periodMs: 1000, timers, origin: 0, onChange: (state) => changes.push(state) });
    now = 10_500;
    (pending as unknown as () => void)();
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ page: 10 % 3, pageStartedAt: 10_000, nextSwitchAt: 11_000, switches: 1 });
    expect(armed).toEqual([1000, 500]);
  });
});

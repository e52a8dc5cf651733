import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { useRotation } from '../../../src/features/screen/useRotation';

describe('useRotation', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: 1_000_000 });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  test('re-renders (a refresh every second) neither restart nor speed up the rotation: one timer, exact switches', () => {
    const start = Date.now();
    const hook = renderHook(({ pages, period }) => useRotation(pages, period), { initialProps: { pages: 3, period: 20_000 } });
    const switchedAt: number[] = [];
    let last = hook.result.current.state.switches;
    for (let second = 1; second <= 3600; second++) {
      act(() => {
        vi.advanceTimersByTime(1000);
      });
      hook.rerender({ pages: 3, period: 20_000 });
      expect(vi.getTimerCount()).toBe(1);
      const { switches } = hook.result.current.state;
      if (switches !== last) {
        switchedAt.push(Date.now() - start);
        last = switches;
      }
    }
    expect(switchedAt).toHaveLength(180);
    switchedAt.forEach((at, index) => expect(at).toBe((index + 1) * 20_000));
    expect(hook.result.current.state.page).toBe(180 % 3);
  });

  test('a new interval or page list starts a new rotation; unmounting leaves no timer', () => {
    const hook = renderHook(({ pages, period }) => useRotation(pages, period), { initialProps: { pages: 3, period: 20_000 } });
    act(() => {
      vi.advanceTimersByTime(45_000);
    });
    expect(hook.result.current.state.page).toBe(2);
    hook.rerender({ pages: 2, period: 5_000 });
    expect(hook.result.current.state.page).toBe(0);
    expect(vi.getTimerCount()).toBe(1);
    act(() => {
      vi.advanceTimersByTime(5_000);
    });
    expect(hook.result.current.state.page).toBe(1);
    hook.unmount();
    expect(vi.getTimerCount()).toBe(0);
  });

  test('controls: toggle pauses (no timer) and resumes; rotate=0 (period 0) only steps by hand', () => {
    const hook = renderHook(({ pages, period }) => useRotation(pages, period), { initialProps: { pages: 3, period: 0 } });
    expect(vi.getTimerCount()).toBe(0);
    act(() => hook.result.current.controls.next());
    expect(hook.result.current.state.page).toBe(1);
    hook.rerender({ pages: 3, period: 10_000 });
    act(() => hook.result.current.controls.toggle());
    expect(hook.result.current.state.paused).toBe(true);
    expect(vi.getTimerCount()).toBe(0);
    act(() => hook.result.current.controls.toggle());
    expect(hook.result.current.state.paused).toBe(false);
    expect(vi.getTimerCount()).toBe(1);
  });
});

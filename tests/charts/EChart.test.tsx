import { render } from '@testing-library/react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { EChart } from '../../src/charts';
import { echarts } from '../../src/charts/echarts';
import { I18nProvider } from '../../src/ui';

/** A ResizeObserver the test drives: `report()` is what the browser does when it starts observing or a size changes. */
class DrivenObserver {
  static last: DrivenObserver | null = null;
  constructor(private readonly callback: ResizeObserverCallback) {
    DrivenObserver.last = this;
  }
  observe() {}
  unobserve() {}
  disconnect() {}
  report() {
    this.callback([], this as unknown as ResizeObserver);
  }
}

function sized(element: HTMLElement, width: number, height: number) {
  Object.defineProperty(element, 'clientWidth', { configurable: true, get: () => width });
  Object.defineProperty(element, 'clientHeight', { configurable: true, get: () => height });
}

describe('EChart', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  test('the size reported when observing starts is the one the chart was drawn at: no second layout; a real change resizes', () => {
    vi.stubGlobal('ResizeObserver', DrivenObserver);
    sized(HTMLDivElement.prototype, 400, 300);
    try {
      const view = render(
        <I18nProvider defaultLocale="zh-CN">
          <EChart option={{ xAxis: { type: 'category', data: ['a'] }, yAxis: {}, series: [{ type: 'bar', data: [1] }] }} ariaLabel="chart" />
        </I18nProvider>,
      );
      const chart = echarts.getInstanceByDom(view.getByRole('img', { name: 'chart' }))!;
      expect(chart.getWidth()).toBe(400);
      const resize = vi.spyOn(chart, 'resize');
      DrivenObserver.last!.report();
      expect(resize).not.toHaveBeenCalled();

      sized(HTMLDivElement.prototype, 640, 300);
      DrivenObserver.last!.report();
      expect(resize).toHaveBeenCalledTimes(1);
    } finally {
      delete (HTMLDivElement.prototype as Partial<Record<'clientWidth' | 'clientHeight', number>>).clientWidth;
      delete (HTMLDivElement.prototype as Partial<Record<'clientWidth' | 'clientHeight', number>>).clientHeight;
    }
  });
});

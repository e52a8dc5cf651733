import { forwardRef, useEffect, useImperativeHandle, useRef, useState } from 'react';
import type { EChartsCoreOption } from 'echarts/core';
import { useI18n } from '../ui';
import { echarts, type ChartTheme } from './echarts';
import { chartCreated, chartDisposed } from './registry';
import { replacedComponents } from './replaceMerge';

export interface EChartHandle {
  /** A PNG of the chart as drawn, at the given pixel ratio, on the given background. */
  toDataUrl: (pixelRatio: number, backgroundColor: string) => string | null;
}

export interface EChartProps {
  option: EChartsCoreOption;
  theme?: ChartTheme;
  height?: number | string;
  /** What the chart shows, for screen readers (the table view holds the numbers). */
  ariaLabel: string;
  onClick?: (params: { name?: string; dataIndex?: number; seriesIndex?: number; data?: unknown }) => void;
}

/**
 * The one ECharts wrapper: owns init, setOption, resize and dispose. Options are replaced, not
 * merged (replacedComponents), so a series that disappears from the data disappears from the chart.
 */
export const EChart = forwardRef<EChartHandle, EChartProps>(function EChart({ option, theme = 'light', height = 320, ariaLabel, onClick }, ref) {
  const container = useRef<HTMLDivElement>(null);
  const instance = useRef<ReturnType<typeof echarts.init> | null>(null);
  const clickHandler = useRef(onClick);
  clickHandler.current = onClick;
  const [failed, setFailed] = useState<string | null>(null);
  const { t } = useI18n();

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    let chart: ReturnType<typeof echarts.init>;
    try {
      chart = echarts.init(element, `spd-${theme}`, { renderer: 'canvas', devicePixelRatio: window.devicePixelRatio || 1 });
    } catch (error) {
      setFailed(error instanceof Error ? error.message : String(error));
      return;
    }
    chartCreated();
    instance.current = chart;
    chart.on('click', (params) => clickHandler.current?.(params as Parameters<NonNullable<EChartProps['onClick']>>[0]));
    // A ResizeObserver reports the size it finds when it starts observing: the size the chart was
    // just created at. Resizing then would lay out and draw every new chart a second time (on the
    // big screen: at every page change), so only a size that differs from the chart's is acted on.
    const observer = new ResizeObserver(() => {
      if (chart.isDisposed()) return;
      if (element.clientWidth === chart.getWidth() && element.clientHeight === chart.getHeight()) return;
      chart.resize();
    });
    observer.observe(element);
    return () => {
      observer.disconnect();
      chart.dispose();
      chartDisposed();
      instance.current = null;
    };
  }, [theme]);

  const shown = useRef<{ chart: ReturnType<typeof echarts.init>; option: EChartProps['option'] } | null>(null);
  useEffect(() => {
    const chart = instance.current;
    if (!chart) return;
    // ECharts ignores the keys that are not components (animation, color …): those are merged.
    const previous = shown.current?.chart === chart ? shown.current.option : null;
    chart.setOption(option, { replaceMerge: replacedComponents(previous, option), lazyUpdate: false });
    shown.current = { chart, option };
  }, [option, theme]);

  useImperativeHandle(
    ref,
    () => ({
      toDataUrl: (pixelRatio, backgroundColor) => (instance.current ? instance.current.getDataURL({ type: 'png', pixelRatio, backgroundColor }) : null),
    }),
    [],
  );

  if (failed)
    return (
      <p className="state" data-chart-failed={failed}>
        {t('chart.unavailable')}
      </p>
    );
  return <div ref={container} role="img" aria-label={ariaLabel} style={{ width: '100%', height }} />;
});

import type { EChartsCoreOption } from 'echarts/core';
import { echarts, type ChartTheme } from '../../../charts';

export interface ChartPng {
  dataUrl: string;
  /** CSS pixels: the image itself is pixelRatio times larger, so it stays sharp in print and Word. */
  width: number;
  height: number;
  pixelRatio: number;
}

/**
 * Draws a chart off screen at a fixed size and returns it as a PNG: the images that print and
 * Word use, whatever the size of the chart on screen (or whether it is shown at all). Animation
 * is off, so the image is the final frame.
 */
export function renderChartPng(
  option: EChartsCoreOption,
  {
    width,
    height,
    pixelRatio = 2,
    theme = 'light',
    background = '#ffffff',
  }: { width: number; height: number; pixelRatio?: number; theme?: ChartTheme; background?: string },
): ChartPng | null {
  const host = document.createElement('div');
  host.style.width = `${width}px`;
  host.style.height = `${height}px`;
  let chart: ReturnType<typeof echarts.init> | null = null;
  try {
    chart = echarts.init(host, `spd-${theme}`, { renderer: 'canvas', width, height, devicePixelRatio: pixelRatio });
    chart.setOption({ ...option, animation: false }, { notMerge: true, lazyUpdate: false });
    const dataUrl = chart.getDataURL({ type: 'png', pixelRatio, backgroundColor: background });
    // A browser without a real canvas gives an empty PNG: no image is better than a blank one.
    return /^data:image\/png;base64,[A-Za-z0-9+/]{64}/.test(dataUrl) ? { dataUrl, width, height, pixelRatio } : null;
  } catch {
    return null;
  } finally {
    chart?.dispose();
  }
}

/** The bytes of a data: URL, for Word's image parts. */
export function dataUrlBytes(dataUrl: string): Uint8Array {
  const comma = dataUrl.indexOf(',');
  const binary = atob(dataUrl.slice(comma + 1));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

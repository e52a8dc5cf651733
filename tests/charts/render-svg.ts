// Draws an option with ECharts' server-side SVG renderer, so builder tests prove ECharts accepts
// the option and can read what it draws (labels, names) without a browser.
// The app's own registration, so a part the app forgets to register fails here too.
import { echarts } from '../../src/charts/echartsParts';
import { SVGRenderer } from 'echarts/renderers';
import type { ChartOption } from '../../src/charts/options/types';

echarts.use([SVGRenderer]);

export function renderSvg(option: ChartOption, size: { width: number; height: number } = { width: 800, height: 400 }): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, ...size });
  try {
    chart.setOption(option);
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

/** The text of every <text> element, entities decoded once, as a reader would see it. */
export function svgTexts(svg: string): string[] {
  return [...svg.matchAll(/<text[^>]*>([\s\S]*?)<\/text>/g)].map((match) =>
    match[1]!
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, '&'),
  );
}

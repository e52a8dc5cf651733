import { useEffect, useState } from 'react';
import type { ChartId } from '../model/document';
import { renderChartPng, type ChartPng } from '../charts/png';
import { PAPER_CHART_WIDTH, type ScoreChart } from '../charts/scoreChart';

export type ChartImages = Partial<Record<ChartId, ChartPng>>;

export function chartImage(chart: ScoreChart): ChartPng | null {
  return renderChartPng(chart.option, { width: PAPER_CHART_WIDTH, height: chart.height, pixelRatio: 2 });
}

/**
 * The charts as 2× PNGs, drawn after the screen has painted: print swaps each live canvas for
 * its image (crisp at any zoom), and Word embeds the same images.
 */
export function useChartImages(charts: Partial<Record<ChartId, ScoreChart>>): ChartImages {
  const [images, setImages] = useState<{ source: typeof charts; images: ChartImages }>({ source: charts, images: {} });
  useEffect(() => {
    const timer = setTimeout(() => {
      const next: ChartImages = {};
      for (const [id, chart] of Object.entries(charts) as [ChartId, ScoreChart][]) {
        if (chart.rows.length === 0) continue;
        const image = chartImage(chart);
        if (image) next[id] = image;
      }
      setImages({ source: charts, images: next });
    }, 0);
    return () => clearTimeout(timer);
  }, [charts]);
  return images.source === charts ? images.images : {};
}

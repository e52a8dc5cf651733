import type { MonthKey } from '../../domain';
import type { ThemeTokens } from '../../ui';
import { tooltipHtml } from '../escape';
import type { CallbackParam, ChartOption } from './types';

export interface RankHistoryPoint {
  month: MonthKey;
  /** null: not ranked that month (did not report, or nothing scorable). */
  rank: number | null;
  /** How many offices of the kind were ranked that month. */
  of: number;
  score: number | null;
  /** Someone due that month had not reported: the rank was provisional. */
  partial: boolean;
}

export interface RankHistoryInput {
  points: readonly RankHistoryPoint[];
  seriesName: string;
  formatMonth: (month: MonthKey) => string;
  /** "第 3 名 / 共 26" */
  formatRank: (rank: number, of: number) => string;
  formatScore: (score: number | null) => string;
  labels: { rank: string; score: string; notRanked: string; partial: string };
  tokens: ThemeTokens;
}

/**
 * One office's rank month by month. The axis is inverted so rank 1 is on top and climbing the
 * ranking reads as going up; a month without a rank is a gap, never a drop to last place.
 * Provisional months are drawn as hollow points.
 */
export function rankHistoryOption(input: RankHistoryInput): ChartOption {
  const { points, seriesName, formatMonth, formatRank, formatScore, labels, tokens } = input;
  const fieldSize = Math.max(1, ...points.map((point) => point.of), ...points.map((point) => point.rank ?? 1));

  return {
    animation: false,
    grid: { left: 8, right: 24, top: 16, bottom: 8 },
    tooltip: {
      trigger: 'axis',
      confine: true,
      formatter: (raw: unknown) => {
        const first = (Array.isArray(raw) ? raw[0] : raw) as CallbackParam | undefined;
        const point = points[first?.dataIndex ?? -1];
        if (!point) return '';
        const lines = [
          { label: labels.rank, value: point.rank === null ? labels.notRanked : formatRank(point.rank, point.of) },
          { label: labels.score, value: formatScore(point.score) },
        ];
        if (point.partial) lines.push({ label: labels.partial, value: '⚠' });
        return tooltipHtml(formatMonth(point.month), lines);
      },
    },
    xAxis: {
      type: 'category',
      data: points.map((point) => formatMonth(point.month)),
      boundaryGap: false,
      axisLabel: { hideOverlap: true },
    },
    yAxis: {
      type: 'value',
      inverse: true,
      min: 1,
      max: fieldSize,
      minInterval: 1,
      name: labels.rank,
      nameLocation: 'start',
      axisLabel: { formatter: (value: number) => String(value) },
    },
    series: [
      {
        type: 'line',
        name: seriesName,
        connectNulls: false,
        symbolSize: 7,
        lineStyle: { color: tokens.accent, width: 2 },
        itemStyle: { color: tokens.accent },
        data: points.map((point) =>
          point.rank === null ? null : { value: point.rank, symbol: point.partial ? 'emptyCircle' : 'circle', itemStyle: { color: tokens.accent } },
        ),
      },
    ],
  };
}

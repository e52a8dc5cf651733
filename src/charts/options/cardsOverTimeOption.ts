import type { MonthKey } from '../../domain';
import type { ThemeTokens } from '../../ui';
import { tooltipHtml } from '../escape';
import type { CallbackParam, ChartOption } from './types';

export interface CardsMonth {
  month: MonthKey;
  red: number;
  yellow: number;
  /** Someone due that month had not reported: the count may still change. */
  partial: boolean;
}

export interface CardsOverTimeInput {
  months: readonly CardsMonth[];
  formatMonth: (month: MonthKey) => string;
  formatCount: (value: number) => string;
  labels: { red: string; yellow: string; total: string; partial: string };
  tokens: ThemeTokens;
}

/** Red and yellow cards per month, stacked: a month without a bar is a month without a card. */
export function cardsOverTimeOption(input: CardsOverTimeInput): ChartOption {
  const { months, formatMonth, formatCount, labels, tokens } = input;
  const series = (level: 'red' | 'yellow') => ({
    type: 'bar' as const,
    name: labels[level],
    stack: 'cards',
    barMaxWidth: 28,
    itemStyle: { color: tokens[level] },
    data: months.map((month) => month[level]),
  });

  return {
    animation: false,
    color: [tokens.red, tokens.yellow],
    legend: { top: 0, data: [labels.red, labels.yellow] },
    grid: { left: 8, right: 16, top: 32, bottom: 8 },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      confine: true,
      formatter: (raw: unknown) => {
        const first = (Array.isArray(raw) ? raw[0] : raw) as CallbackParam | undefined;
        const month = months[first?.dataIndex ?? -1];
        if (!month) return '';
        const lines = [
          { label: labels.red, value: formatCount(month.red), color: tokens.red },
          { label: labels.yellow, value: formatCount(month.yellow), color: tokens.yellow },
          { label: labels.total, value: formatCount(month.red + month.yellow) },
        ];
        if (month.partial) lines.push({ label: labels.partial, value: '⚠' });
        return tooltipHtml(formatMonth(month.month), lines);
      },
    },
    xAxis: {
      type: 'category',
      data: months.map((month) => formatMonth(month.month)),
      axisLabel: { hideOverlap: true },
    },
    yAxis: { type: 'value', minInterval: 1, min: 0, axisLabel: { formatter: (value: number) => formatCount(value) } },
    series: [series('red'), series('yellow')],
  };
}

import type { BulletinFacts, RankedKind } from '../../../engine';
import type { RankingBarRow } from '../../../charts/options/rankingBarOption';
import type { ChartOption } from '../../../charts/options/types';
import type { Locale } from '../../../domain';
import { narrativeContext } from '../narrative/context';
import { kindWords } from '../narrative/kinds';
import type { OfficeNaming } from '../narrative/naming';
import { rowName } from '../narrative/rankings';

export interface ScoreChart {
  option: ChartOption;
  height: number;
  rows: RankingBarRow[];
}

/** The text block of A4 (156 mm) at 96 px an inch: charts are drawn for the page they print on. */
export const PAPER_CHART_WIDTH = 590;
const ROW = 17;
const MARGIN_Y = 44;

/** A chart drawn for paper: every row, no scrollbar, one bar height a row. */
export function paperChartHeight(rows: number): number {
  return rows * ROW + MARGIN_Y;
}

const INK = '#000000';
const BAR = '#595959';

/**
 * One kind's composite scores as sorted bars, drawn for the page: every office (no scrolling),
 * the axis from 0 to 100 (a score is read as a quantity out of 100), dark grey bars with the score
 * in black at their end and the names in black, so it reads the same printed in black and white.
 * Offices ranked on incomplete data say so in their label. The same chart on the screen, in
 * print, in the page images and in Word.
 */
export function scoreChart(facts: BulletinFacts, kind: RankedKind, locale: Locale, naming?: OfficeNaming): ScoreChart {
  const ctx = narrativeContext(locale, facts.definitions, { ...(naming ? { naming } : {}), kinds: kindWords(facts, locale) });
  const rows: RankingBarRow[] = facts.rankings[kind].rows.flatMap((row) =>
    row.rank === null || row.score === null
      ? []
      : [
          {
            id: row.officeId,
            name: rowName(ctx, row),
            rank: row.rank,
            value: row.score,
            card: row.cards.red > 0 ? 'red' : row.cards.yellow > 0 ? 'yellow' : null,
          },
        ],
  );
  const text = { color: INK, fontSize: 12, fontFamily: 'SimSun, "Songti SC", "Noto Serif CJK SC", "Noto Sans CJK SC", serif' };
  const option: ChartOption = {
    animation: false,
    backgroundColor: '#ffffff',
    grid: { left: 8, right: 48, top: 8, bottom: 28, containLabel: true },
    xAxis: {
      type: 'value',
      min: 0,
      max: 100,
      interval: 20,
      name: ctx.t('bulletin.chart.axis'),
      nameLocation: 'middle',
      nameGap: 22,
      nameTextStyle: text,
      axisLabel: text,
      axisLine: { show: true, lineStyle: { color: INK } },
      splitLine: { lineStyle: { color: '#bfbfbf', type: 'dashed' } },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: rows.map((row) => `${row.rank}  ${row.name}`),
      axisLabel: { ...text, interval: 0 },
      axisTick: { show: false },
      axisLine: { lineStyle: { color: INK } },
    },
    series: [
      {
        type: 'bar',
        name: ctx.t('bulletin.col.score'),
        data: rows.map((row) => row.value),
        barWidth: 10,
        itemStyle: { color: BAR },
        label: { show: true, position: 'right', ...text, formatter: (param: { value?: unknown }) => ctx.f.formatScore(Number(param.value)) },
      },
    ],
  };
  return { option, height: paperChartHeight(rows.length), rows };
}

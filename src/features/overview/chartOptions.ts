import { compositionOption, type CompositionSlice } from '../../charts/options/composition';
import { officeBarOption, sortOfficeBars, type OfficeBarItem } from '../../charts/options/officeBar';
import { trendOption, type TrendPanel } from '../../charts/options/trend';
import type { ChartOption } from '../../charts/options/types';
import { indicatorById, isRate, type IndicatorId, type MonthKey, type Scheme } from '../../domain';
import { trend, type EngineData, type PeriodEvaluation, type RankedKind, type TrendPoint } from '../../engine';
import { qualifiedNames, type Qualify, indicatorName, indicatorText, LIGHT, monthSpanRange, rateGuides, type Formatters, type Translate } from '../../ui';
import { volumeByKind } from './compositionData';
import { RATE_TREND, TOP_VOLUME_SIZE, VOLUME_TREND } from './headline';
import { seriesValues } from './trendData';

/**
 * Data in, chart options out, for the overview's four charts: the screen's components and the UI
 * benchmark's bare-ECharts floor (bench/ui.bench.ts) draw exactly these.
 */
export interface OverviewText extends Formatters {
  t: Translate;
  locale: 'zh-CN' | 'en';
}

const TREND_INDICATORS: readonly IndicatorId[] = [...VOLUME_TREND, ...RATE_TREND];

/** The region's roll-up month by month over the span ending at `to`. */
export function overviewTrendPoints(engine: EngineData, scopeId: string, to: MonthKey, span: number, scheme?: Scheme): TrendPoint[] {
  const range = monthSpanRange(engine, to, span);
  return range ? trend(engine, scopeId, TREND_INDICATORS, range, scheme) : [];
}

function trendPanel(points: readonly TrendPoint[], ids: readonly IndicatorId[], text: OverviewText, title?: string, scheme?: Scheme): TrendPanel {
  const first = indicatorById(ids[0]!);
  return {
    title,
    // The scope's roll-up against what the scheme holds it to: its target, warning and red lines.
    guides: scheme && ids.length === 1 ? rateGuides(scheme, first.id, 'region', text, LIGHT) : undefined,
    unit: isRate(first) ? 'rate' : 'count',
    // A rate above 100% carries its reason into the tooltip.
    formatValue: (value) => indicatorText(first, value, text),
    formatAxis: (value) => text.formatCount(value),
    lines: ids.map((id) => ({ name: indicatorName(id, text.locale), values: seriesValues(points, id) })),
  };
}

export function trendOptions(points: readonly TrendPoint[], text: OverviewText, scheme?: Scheme): { volume: ChartOption; rates: ChartOption } {
  const common = {
    categories: points.map((point) => text.formatMonth(point.month)),
    partial: points.map((point) => point.partial),
    partialNote: text.t('overview.partialMonth'),
    markColor: LIGHT.yellow,
    zoom: { range: (min: string, max: string) => text.t('chart.zoomY', { min, max }), title: (title: string) => text.t('chart.zoomedTitle', { title }) },
  };
  return {
    volume: trendOption({ ...common, panels: [trendPanel(points, VOLUME_TREND, text)] }),
    rates: trendOption({
      ...common,
      columns: 3,
      panels: RATE_TREND.map((id) => trendPanel(points, [id], text, indicatorName(id, text.locale), scheme)),
    }),
  };
}

/**
 * The offices of a kind ranked at the scope (its child regions, own departments, townships directly
 * under it) that accepted most in the period, most first: a prefecture's 市直部门, never its
 * counties' departments mixed in.
 */
export function topVolume(engine: EngineData, evaluation: PeriodEvaluation, kind: RankedKind, qualify: Qualify): OfficeBarItem[] {
  const offices = evaluation.rankings[kind];
  const names = qualifiedNames(engine, offices, qualify);
  const items: OfficeBarItem[] = offices.map((office) => ({
    officeId: office.officeId,
    name: names.get(office.officeId) ?? office.name,
    value: office.values.accepted ?? null,
    partial: office.partial,
  }));
  return sortOfficeBars(items, 'higher').slice(0, TOP_VOLUME_SIZE);
}

export function topVolumeOption(items: readonly OfficeBarItem[], text: OverviewText): ChartOption {
  return officeBarOption({
    items,
    seriesName: indicatorName('accepted', text.locale),
    unit: 'count',
    direction: 'higher',
    formatValue: text.formatCount,
    partialNote: text.t('overview.ranking.partial'),
    visibleRows: TOP_VOLUME_SIZE,
    colors: { bar: LIGHT.accent, partial: '#9db8e0', highlight: LIGHT.series[1]! },
  });
}

/** Items accepted by kind of office in the period, labelled for the screen. */
export function volumeByKindSlices(engine: EngineData, evaluation: PeriodEvaluation, text: OverviewText): CompositionSlice[] {
  return volumeByKind(engine, evaluation.scopeId, evaluation.period, evaluation.scope.values.accepted ?? null, {
    department: text.t('overview.composition.department'),
    township: text.t('overview.composition.township'),
    other: text.t('overview.composition.other'),
  }).slices;
}

export function byKindOption(slices: readonly CompositionSlice[], text: OverviewText): ChartOption {
  return compositionOption({
    slices,
    seriesName: indicatorName('accepted', text.locale),
    formatValue: text.formatCount,
    formatShare: text.formatRate,
    shareLabel: text.t('overview.composition.share'),
  });
}

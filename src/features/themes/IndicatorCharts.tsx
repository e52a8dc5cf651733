import { useMemo } from 'react';
import { ChartPanel } from '../../charts';
import { officeBarOption, sortOfficeBars, type OfficeBarItem } from '../../charts/options/officeBar';
import { trendOption } from '../../charts/options/trend';
import { isRate, type Indicator, type MonthKey } from '../../domain';
import { kindTrend, trend, type EngineData, type PeriodEvaluation, type RankedKind, type TrendPoint } from '../../engine';
import {
  IndicatorFigure,
  IndicatorStandingFigure,
  indicatorName,
  indicatorText,
  qualifiedNames,
  useQualify,
  LIGHT,
  monthSpanRange,
  rateGuides,
  useHashLocation,
  useI18n,
  useNavigate,
  type Column,
} from '../../ui';
import { THEME_TREND_MONTHS } from './themes';

/** Rows a bar chart shows before it scrolls. */
const VISIBLE_BARS = 20;

interface TrendRow {
  month: MonthKey;
  scope: TrendPoint;
  kind: TrendPoint;
}

/** One indicator across the offices of a kind (sorted bars) and over time (the scope and the kind's roll-up). */
export function IndicatorCharts({
  engine,
  evaluation,
  kind,
  indicator,
}: {
  engine: EngineData;
  evaluation: PeriodEvaluation;
  kind: RankedKind;
  indicator: Indicator;
}) {
  const i18n = useI18n();
  const { t, locale, formatMonth } = i18n;
  const navigate = useNavigate();
  const { params } = useHashLocation();
  const label = indicatorName(indicator, locale);
  const kindLabel = t(kind === 'region' ? 'view.kindRegion' : `kind.${kind}`);
  const unit = isRate(indicator) ? 'rate' : 'count';
  const format = (value: number | null) => <IndicatorFigure indicator={indicator} value={value} />;

  const qualify = useQualify();
  const offices = useMemo(() => {
    // The offices ranked at the scope: a prefecture's counties or its own departments, never all its counties' departments in one list.
    const list = evaluation.rankings[kind].filter((office) => office.status !== 'not-expected');
    const names = qualifiedNames(engine, list, qualify);
    return list.map<OfficeBarItem>((office) => ({
      officeId: office.officeId,
      name: names.get(office.officeId) ?? office.name,
      value: office.values[indicator.id] ?? null,
      partial: office.partial,
    }));
  }, [engine, evaluation, kind, indicator, qualify]);
  const sorted = useMemo(() => sortOfficeBars(offices, indicator.direction), [offices, indicator]);
  const withoutValue = offices.length - sorted.length;

  const trendRows = useMemo<TrendRow[]>(() => {
    const range = monthSpanRange(engine, evaluation.period.to, THEME_TREND_MONTHS);
    if (!range) return [];
    const scope = trend(engine, evaluation.scopeId, [indicator.id], range, evaluation.scheme);
    const ofKind = kindTrend(engine, evaluation.scopeId, kind, [indicator.id], range, evaluation.scheme);
    return scope.map((point, index) => ({ month: point.month, scope: point, kind: ofKind[index]! }));
  }, [engine, evaluation, kind, indicator]);

  const options = useMemo(
    () => ({
      bar: officeBarOption({
        items: offices,
        seriesName: label,
        unit,
        direction: indicator.direction,
        // A rate above 100% carries its reason onto the bar and into the tooltip.
        formatValue: (value) => indicatorText(indicator, value, i18n),
        partialNote: t('themes.partialNote'),
        visibleRows: VISIBLE_BARS,
        colors: { bar: LIGHT.accent, partial: '#9db8e0', highlight: LIGHT.series[1]! },
        zoomNote: (min, max) => t('chart.zoomX', { min, max }),
      }),
      trend: trendOption({
        categories: trendRows.map((row) => formatMonth(row.month)),
        partial: trendRows.map((row) => row.scope.partial),
        partialNote: t('themes.partialMonth'),
        markColor: LIGHT.yellow,
        zoom: { range: (min, max) => t('chart.zoomY', { min, max }), title: (title) => t('chart.zoomedTitle', { title }) },
        panels: [
          {
            unit,
            formatValue: (value) => indicatorText(indicator, value, i18n),
            formatAxis: i18n.formatCount,
            guides: rateGuides(evaluation.scheme, indicator.id, kind, i18n, LIGHT),
            lines: [
              { name: evaluation.scope.name, values: trendRows.map((row) => row.scope.values[indicator.id] ?? null) },
              { name: t('themes.kindTotal', { kind: kindLabel }), values: trendRows.map((row) => row.kind.values[indicator.id] ?? null) },
            ],
          },
        ],
      }),
    }),
    // i18n carries every formatter and the locale.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [offices, trendRows, indicator, i18n, kind, evaluation],
  );

  const officeOf = (item: OfficeBarItem) => evaluation.office(item.officeId);
  const barColumns: Column<OfficeBarItem>[] = [
    { key: 'office', header: t('themes.table.office'), cell: (item) => item.name },
    {
      key: 'value',
      header: label,
      numeric: true,
      // 未报送 for an office that sent nothing, 样本不足 / 数据不全 where the scheme scores the indicator.
      cell: (item) => {
        const office = officeOf(item);
        return (
          <IndicatorStandingFigure
            indicator={indicator}
            value={item.value}
            detail={office?.scoreDetails.find((detail) => detail.indicatorId === indicator.id)}
            notReported={office?.status === 'not-reported'}
          />
        );
      },
    },
    {
      key: 'status',
      header: t('themes.table.status'),
      cell: (item) => {
        const status = officeOf(item)?.status;
        return status ? t(`themes.status.${status}`) : item.partial ? t('themes.status.partial') : t('themes.status.complete');
      },
    },
  ];
  const trendColumns: Column<TrendRow>[] = [
    { key: 'month', header: t('themes.month'), cell: (row) => formatMonth(row.month) },
    { key: 'scope', header: evaluation.scope.name, numeric: true, cell: (row) => format(row.scope.values[indicator.id] ?? null) },
    { key: 'kind', header: t('themes.kindTotal', { kind: kindLabel }), numeric: true, cell: (row) => format(row.kind.values[indicator.id] ?? null) },
    { key: 'status', header: t('themes.table.status'), cell: (row) => (row.scope.partial ? t('themes.status.partial') : t('themes.status.complete')) },
  ];
  // A rate's zoomed axis carries its note below.
  const barHeight = Math.max(200, Math.min(Math.max(sorted.length, 1), VISIBLE_BARS) * 24 + (unit === 'rate' ? 56 : 32));

  return (
    <div className="grid-2">
      <div>
        <ChartPanel
          title={t('themes.byOffice', { kind: kindLabel, indicator: label })}
          chart={{
            option: options.bar,
            height: barHeight,
            onClick: (event) => {
              const officeId = (event.data as { officeId?: string } | undefined)?.officeId;
              if (officeId) navigate(`/office/${officeId}`, { period: params.get('period'), scope: params.get('scope') });
            },
          }}
          table={{ columns: barColumns, rows: [...sorted, ...offices.filter((item) => item.value === null)], rowKey: (item) => item.officeId }}
        />
        {withoutValue > 0 && <p className="muted theme-note">{t('themes.noValue', { n: withoutValue })}</p>}
      </div>
      <ChartPanel
        title={t('themes.trend', { indicator: label, scope: evaluation.scope.name, kind: kindLabel })}
        chart={{ option: options.trend, height: 320 }}
        table={{ columns: trendColumns, rows: trendRows, rowKey: (row) => row.month }}
      />
    </div>
  );
}

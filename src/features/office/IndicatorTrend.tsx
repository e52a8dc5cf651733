import { useId, useMemo } from 'react';
import { ChartPanel } from '../../charts';
import { trendOption, type TrendLine } from '../../charts/options/trend';
import { INDICATORS, indicatorById, isIndicatorId, isRate, type Indicator, type IndicatorId, type Scheme } from '../../domain';
import { kindTrend, trend, type EngineData, type MonthRange, type OfficeEvaluation, type TrendPoint } from '../../engine';
import { IndicatorFigure, indicatorName, indicatorText, LIGHT, rateGuides, useHashLocation, useI18n, useSetParams, type Column } from '../../ui';

/** The indicators that apply to the office's kind, the scheme's scored ones first. */
export function officeIndicators(scheme: Scheme, office: Pick<OfficeEvaluation, 'kind'>): Indicator[] {
  const scored = scheme.indicators.filter((item) => item.appliesTo.includes(office.kind)).map((item) => item.indicatorId);
  const applicable = (scheme.definitions ?? INDICATORS).filter((indicator) => indicator.appliesTo.includes(office.kind));
  const first = applicable.filter((indicator) => scored.includes(indicator.id));
  return [...first.sort((a, b) => scored.indexOf(a.id) - scored.indexOf(b.id)), ...applicable.filter((indicator) => !scored.includes(indicator.id))];
}

interface Row {
  month: string;
  partial: boolean;
  values: (number | null)[];
}

/**
 * One indicator of the office month by month against all offices of its kind taken together and
 * the whole region: for a rate, the summed counts' rate of each, never a mean of rates. A count
 * is drawn for the office alone (a total of 26 departments is no yardstick for one of them).
 */
export function IndicatorTrend({
  engine,
  scheme,
  office,
  scopeId,
  range,
}: {
  engine: EngineData;
  scheme: Scheme;
  office: OfficeEvaluation;
  scopeId: string;
  range: MonthRange;
}) {
  const i18n = useI18n();
  const { t, locale, formatMonth } = i18n;
  const { params } = useHashLocation();
  const setParams = useSetParams();
  const selectId = useId();
  const choices = useMemo(() => officeIndicators(scheme, office), [scheme, office]);
  const wanted = params.get('indicator');
  const indicator = choices.find((item) => item.id === wanted) ?? choices[0] ?? indicatorById('completionRate');
  const name = (item: Indicator) => indicatorName(item, locale);
  const compared = isRate(indicator);
  const scopeIndex = engine.officeIndex.get(scopeId);
  const scopeName = scopeIndex === undefined ? scopeId : (engine.offices[scopeIndex]?.name ?? scopeId);

  const series = useMemo(() => {
    const ids: IndicatorId[] = [indicator.id];
    const own = trend(engine, office.officeId, ids, range, scheme);
    const lines: { name: string; points: TrendPoint[] }[] = [{ name: office.name, points: own }];
    if (compared && office.kind !== 'region') {
      lines.push({ name: t('office.trend.kind', { kind: t(`kind.${office.kind}`) }), points: kindTrend(engine, scopeId, office.kind, ids, range, scheme) });
    }
    if (compared && office.officeId !== scopeId) {
      lines.push({ name: t('office.trend.region', { region: scopeName }), points: trend(engine, scopeId, ids, range, scheme) });
    }
    // A month is marked when any line misses a report: the region's figure is provisional too.
    const partial = own.map((_, index) => lines.some((line) => line.points[index]?.partial === true));
    return { own, lines, partial };
  }, [engine, scheme, office, indicator, range, compared, scopeId, scopeName, t]);

  const option = useMemo(() => {
    const trendLines: TrendLine[] = series.lines.map((line) => ({
      name: line.name,
      values: line.points.map((point) => point.values[indicator.id] ?? null),
    }));
    return trendOption({
      categories: series.own.map((point) => formatMonth(point.month)),
      partial: series.partial,
      partialNote: t('office.partialMonth'),
      markColor: LIGHT.yellow,
      zoom: { range: (min, max) => t('chart.zoomY', { min, max }), title: (title) => t('chart.zoomedTitle', { title }) },
      panels: [
        {
          unit: compared ? 'rate' : 'count',
          lines: trendLines,
          formatValue: (value) => indicatorText(indicator, value, i18n),
          // What the scheme holds this kind of office to: the target, the warning and red lines.
          guides: rateGuides(scheme, indicator.id, office.kind, i18n, LIGHT),
        },
      ],
    });
  }, [series, indicator, compared, formatMonth, i18n, t, scheme, office.kind]);

  const rows = useMemo<Row[]>(
    () =>
      series.own.map((point, index) => ({
        month: point.month,
        partial: series.partial[index] ?? false,
        values: series.lines.map((line) => line.points[index]?.values[indicator.id] ?? null),
      })),
    [series, indicator],
  );
  const columns = useMemo<Column<Row>[]>(
    () => [
      { key: 'month', header: t('office.col.month'), cell: (row) => `${formatMonth(row.month)}${row.partial ? t('view.partialMonth') : ''}` },
      ...series.lines.map((line, index) => ({
        key: `line-${index}`,
        header: line.name,
        numeric: true,
        cell: (row: Row) => <IndicatorFigure indicator={indicator} value={row.values[index]} />,
      })),
    ],
    [series, indicator, t, formatMonth],
  );

  const picker = (
    <span className="no-print" style={{ display: 'inline-flex', gap: 6, alignItems: 'center' }}>
      <label htmlFor={selectId}>{t('office.trend.indicator')}</label>
      <select id={selectId} value={indicator.id} onChange={(event) => setParams({ indicator: isIndicatorId(event.target.value) ? event.target.value : null })}>
        {choices.map((item) => (
          <option key={item.id} value={item.id}>
            {name(item)}
          </option>
        ))}
      </select>
    </span>
  );

  return (
    <>
      <ChartPanel
        title={t('office.trend.title', { indicator: name(indicator) })}
        actions={picker}
        chart={{ option, height: 300 }}
        table={{ columns, rows, rowKey: (row) => row.month }}
      />
      {!compared && (
        <p className="as-of" style={{ marginTop: -8 }}>
          {t('office.trend.countNote')}
        </p>
      )}
    </>
  );
}

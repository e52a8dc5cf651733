import { useCallback, useId, useMemo } from 'react';
import { isRate, lookupIndicator, periodLength } from '../../domain';
import { indicatorName, indicatorText, qualifiedNames, useQualify, useHashLocation, useI18n, useNavigate, useSetParams, type EvaluationContext } from '../../ui';
import { RankingChart } from './RankingChart';
import { RankingTable } from './RankingTable';
import { parseMeasure, rankingIndicators, rankRows, type RankingMeasure } from './rankRows';

export function RankingsView({ engine, dataset, evaluation, view }: EvaluationContext) {
  const i18n = useI18n();
  const { t, locale, formatCount, formatScore } = i18n;
  const { params } = useHashLocation();
  const setParams = useSetParams();
  const navigate = useNavigate();
  const selectId = useId();
  const { kind } = view;
  const scheme = dataset.scheme;

  const indicators = useMemo(() => rankingIndicators(scheme, kind), [scheme, kind]);
  const measure = parseMeasure(params.get('by'), scheme, kind);
  const rows = useMemo(() => rankRows(evaluation, kind, measure, scheme.definitions), [evaluation, kind, measure, scheme]);
  const qualify = useQualify();
  const names = useMemo(() => qualifiedNames(engine, rows.map((row) => row.office), qualify), [engine, rows, qualify]);

  const indicator = useMemo(() => (measure === 'score' ? null : (lookupIndicator(scheme.definitions, measure) ?? null)), [measure, scheme]);
  const measureName = indicator ? indicatorName(indicator, locale) : t('rankings.byScore');
  // A rate above 100% carries its reason onto the bar and into the tooltip.
  const formatValue = useCallback(
    (value: number | null) => (indicator ? indicatorText(indicator, value, i18n) : formatScore(value)),
    [indicator, i18n, formatScore],
  );
  const kindName = t(`kind.${kind}`);
  // Provisional when this kind misses a report; a township gone silent leaves departments final.
  const provisional = rows.some((row) => row.office.partial);
  const ranked = rows.filter((row) => row.state === 'ranked').length;
  const unranked = rows.filter((row) => row.state === 'unranked').length;
  const small = rows.filter((row) => row.state === 'small-sample').length;
  const silent = rows.filter((row) => row.state === 'not-reported').length;

  // The office page opens on the same period and scope the ranking shows.
  const period = params.get('period');
  const scope = params.get('scope');
  const officeParams = useMemo(() => ({ period, scope }), [period, scope]);
  const openOffice = (officeId: string) => navigate(`/office/${officeId}`, officeParams);

  const changeMeasure = (next: RankingMeasure) => setParams({ by: next === 'score' ? null : next });

  return (
    <>
      <div className="toolbar">
        <label htmlFor={selectId}>{t('rankings.by')}</label>
        <select id={selectId} value={measure} onChange={(event) => changeMeasure(event.target.value as RankingMeasure)}>
          <option value="score">{t('rankings.byScore')}</option>
          {indicators.map((item) => (
            <option key={item.id} value={item.id}>
              {indicatorName(item, locale)}
              {item.direction === 'lower' ? t('rankings.lowerIsBetter') : ''}
            </option>
          ))}
        </select>
        <span className="as-of">
          {t(small > 0 ? 'rankings.summarySmall' : 'rankings.summary', {
            ranked: formatCount(ranked),
            unranked: formatCount(unranked),
            small: formatCount(small),
            silent: formatCount(silent),
          })}
        </span>
      </div>
      {rows.length === 0 ? (
        <p className="state">{t('rankings.empty', { kind: kindName })}</p>
      ) : (
        <>
          <RankingChart
            title={t(provisional ? 'rankings.chartTitleProvisional' : 'rankings.chartTitle', { kind: kindName, measure: measureName })}
            rows={rows}
            names={names}
            scale={indicator ? (isRate(indicator) ? 'rate' : 'count') : 'score'}
            measureName={measureName}
            formatValue={formatValue}
            onOpen={openOffice}
          />
          <RankingTable
            caption={t(provisional ? 'rankings.tableTitleProvisional' : 'rankings.tableTitle', { kind: kindName, measure: measureName })}
            rows={rows}
            names={names}
            measure={measure}
            indicators={indicators}
            officeParams={officeParams}
            scheme={evaluation.scheme}
            months={periodLength(evaluation.period)}
            cumulative={evaluation.requested.kind === 'ytd'}
          />
        </>
      )}
    </>
  );
}

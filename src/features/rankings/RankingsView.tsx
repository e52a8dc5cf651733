import { useCallback, useId, useMemo } from 'react';
import { isRate, lookupIndicator, periodLength, type Card } from '../../domain';
import {
  childRegionOf,
  indicatorName,
  indicatorText,
  Link,
  officeLinkParams,
  scopeLinkParams,
  useHashLocation,
  useI18n,
  useNavigate,
  useScopeNames,
  useSetParams,
  type EvaluationContext,
} from '../../ui';
import { RankingChart } from './RankingChart';
import { RankingFinder } from './RankingFinder';
import { RankingTable } from './RankingTable';
import { parseMeasure, rankingIndicators, rankRows, type RankingMeasure, type RankingRow } from './rankRows';

export function RankingsView({ engine, dataset, evaluation, view }: EvaluationContext) {
  const i18n = useI18n();
  const { t, locale, formatCount, formatScore } = i18n;
  const location = useHashLocation();
  const { params } = location;
  const setParams = useSetParams();
  const navigate = useNavigate();
  const selectId = useId();
  const { kind } = view;
  const scheme = dataset.scheme;

  const indicators = useMemo(() => rankingIndicators(scheme, kind), [scheme, kind]);
  const measure = parseMeasure(params.get('by'), scheme, kind);
  const rows = useMemo(() => rankRows(evaluation, kind, measure, scheme.definitions), [evaluation, kind, measure, scheme]);
  const names = useScopeNames(engine, evaluation.scopeId);

  const indicator = useMemo(() => (measure === 'score' ? null : (lookupIndicator(scheme.definitions, measure) ?? null)), [measure, scheme]);
  const measureName = indicator ? indicatorName(indicator, locale) : t('rankings.byScore');
  // A rate above 100% carries its reason onto the bar and into the tooltip.
  const formatValue = useCallback(
    (value: number | null) => (indicator ? indicatorText(indicator, value, i18n) : formatScore(value)),
    [indicator, i18n, formatScore],
  );
  const kindName = t(kind === 'region' ? 'view.kindRegion' : `kind.${kind}`);
  // Provisional when this kind misses a report; a township gone silent leaves departments final.
  const provisional = rows.some((row) => row.office.partial);
  const ranked = rows.filter((row) => row.state === 'ranked').length;
  const unranked = rows.filter((row) => row.state === 'unranked').length;
  const small = rows.filter((row) => row.state === 'small-sample').length;
  const silent = rows.filter((row) => row.state === 'not-reported').length;

  // An office opens on its page, in its own region, on the same period; a child region opens as
  // the scope of this screen, keeping the period, kind and measure.
  const period = params.get('period');
  const root = engine.rootIds[0];
  const open = (officeId: string) => {
    if (kind === 'region') navigate(location.path, scopeLinkParams(params, officeId, root));
    else navigate(`/office/${officeId}`, officeLinkParams(engine, officeId, period));
  };
  const nameText = useCallback((row: RankingRow) => names.get(row.office.officeId) ?? row.office.name, [names]);
  const nameCell = useCallback(
    (row: RankingRow) => {
      const id = row.office.officeId;
      return kind === 'region' ? (
        <Link to={location.path} className="office-name" params={scopeLinkParams(params, id, root)} title={t('rankings.openRegion', { name: nameText(row) })}>
          {nameText(row)}
        </Link>
      ) : (
        <Link to={`/office/${id}`} className="office-name" params={officeLinkParams(engine, id, period)}>
          {nameText(row)}
        </Link>
      );
    },
    [kind, location.path, params, root, engine, period, t, nameText],
  );
  // A region holds no card of its own: its row counts the cards of the offices in it.
  const regionCards = useMemo(() => {
    const byRegion = new Map<string, Card[]>();
    if (kind !== 'region') return byRegion;
    for (const card of evaluation.cards) {
      const region = childRegionOf(engine, evaluation.scopeId, card.officeId);
      if (!region) continue;
      const list = byRegion.get(region.id);
      if (list) list.push(card);
      else byRegion.set(region.id, [card]);
    }
    return byRegion;
  }, [kind, evaluation, engine]);
  const cardsOf = useCallback((row: RankingRow) => (kind === 'region' ? (regionCards.get(row.office.officeId) ?? []) : row.office.cards), [kind, regionCards]);
  const inRanking = useMemo(() => new Set(rows.map((row) => row.office.officeId)), [rows]);
  const finder = useCallback(
    (query: string) => <RankingFinder engine={engine} scopeId={evaluation.scopeId} query={query} exclude={inRanking} names={names} period={period} />,
    [engine, evaluation.scopeId, inRanking, names, period],
  );

  const changeMeasure = (next: RankingMeasure) => setParams({ by: next === 'score' ? null : next, sort: null, page: null });

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
            onOpen={open}
          />
          <RankingTable
            caption={t(provisional ? 'rankings.tableTitleProvisional' : 'rankings.tableTitle', { kind: kindName, measure: measureName })}
            rows={rows}
            names={names}
            measure={measure}
            indicators={indicators}
            nameCell={nameCell}
            nameText={nameText}
            scheme={evaluation.scheme}
            months={periodLength(evaluation.period)}
            cumulative={evaluation.requested.kind === 'ytd'}
            cardsOf={cardsOf}
            after={finder}
          />
        </>
      )}
    </>
  );
}

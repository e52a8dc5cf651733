import { useCallback, useId, useMemo } from 'react';
import { periodToParam, type Period } from '../../domain';
import { cardCounts, cardCountText, useHashLocation, useI18n, useMonthSpan, useSetParams, type EvaluationContext } from '../../ui';
import { AlertFilterBar } from './AlertFilterBar';
import { areaOf, groupCards } from './cardGroups';
import { CardsByRegion } from './CardsByRegion';
import { CardsOverTime } from './CardsOverTime';
import { CardsTable } from './CardsTable';
import { cardCategories, cardKinds, cardMatcher, isFiltered, OWN_AREA, parseAlertFilters } from './filters';
import { TalkFlags } from './TalkFlags';
import './alerts.css';

export function AlertsView({ engine, dataset, evaluation, view }: EvaluationContext) {
  const i18n = useI18n();
  const { t, formatCount } = i18n;
  const { params } = useHashLocation();
  const setParams = useSetParams();
  const headingId = useId();
  const scheme = dataset.scheme;
  const scopeId = evaluation.scopeId;
  const regions = view.childRegions;
  const grouped = regions.length > 0;

  const filters = useMemo(() => parseAlertFilters(params), [params]);
  const kindOf = useCallback(
    (officeId: string) => {
      const index = engine.officeIndex.get(officeId);
      return index === undefined ? undefined : engine.offices[index]?.kind;
    },
    [engine],
  );
  const areaOfOffice = useCallback((officeId: string) => areaOf(engine, scopeId, officeId), [engine, scopeId]);
  const areas = useMemo(() => new Set([...regions.map((region) => region.id), OWN_AREA]), [regions]);
  const matches = useMemo(() => cardMatcher(filters, kindOf, areaOfOffice, grouped ? areas : new Set()), [filters, kindOf, areaOfOffice, grouped, areas]);
  // The table by region counts what the level, kind and category filters let through, whatever the region and rule picked.
  const matchesBase = useMemo(() => cardMatcher({ ...filters, area: 'all', rule: 'all' }, kindOf), [filters, kindOf]);
  // A filter from a link stays selectable even if the scheme no longer has a rule for it.
  const kinds = useMemo(() => {
    const list = cardKinds(scheme);
    return filters.officeKind === 'all' || list.includes(filters.officeKind) ? list : [...list, filters.officeKind];
  }, [scheme, filters.officeKind]);
  const categories = useMemo(() => {
    const list = cardCategories(scheme);
    return filters.category === 'all' || list.includes(filters.category) ? list : [...list, filters.category];
  }, [scheme, filters.category]);

  const all = evaluation.cards;
  const shown = useMemo(() => all.filter(matches), [all, matches]);
  const groups = useMemo(
    () =>
      grouped
        ? groupCards(
            engine,
            scopeId,
            regions,
            all.filter(matchesBase),
            scheme,
            view.kinds.some((kind) => kind !== 'region'),
          )
        : null,
    [grouped, engine, scopeId, regions, all, matchesBase, scheme, view.kinds],
  );
  // How many offices carry a red / yellow card, then how many cards: 红牌 3 个单位（4 张）.
  const counts = cardCounts(shown);
  const scopeName = evaluation.scope.name;
  const areaName = useMemo(() => {
    if (!grouped) return null;
    const names = new Map(regions.map((region) => [region.id, region.name]));
    return (officeId: string) => names.get(areaOfOffice(officeId)) ?? t('alerts.byRegion.own', { scope: scopeName });
  }, [grouped, regions, areaOfOffice, t, scopeName]);

  const period = params.get('period');
  const [span, setSpan] = useMonthSpan();

  return (
    <>
      <AlertFilterBar filters={filters} kinds={kinds} categories={categories} areas={grouped ? regions : null} scopeName={scopeName} scheme={scheme} />
      {view.period.kind !== 'month' && <p className="as-of">{t('alerts.periodNote')}</p>}
      <section className="panel" aria-labelledby={headingId}>
        <h2 id={headingId}>{t('alerts.current')}</h2>
        {all.length === 0 ? (
          <div className="state" role="status">
            <p style={{ fontSize: 18, color: 'var(--good)', margin: 0 }}>{t('alerts.none')}</p>
            <p style={{ margin: '4px 0 0' }}>{t('alerts.noneHint')}</p>
          </div>
        ) : (
          <>
            {shown.length > 0 && (
              <p role="status">
                {t(isFiltered(filters) ? 'alerts.summaryFiltered' : 'alerts.summary', {
                  red: cardCountText(counts.red, i18n),
                  yellow: cardCountText(counts.yellow, i18n),
                  offices: formatCount(counts.offices),
                  total: formatCount(all.length),
                })}
              </p>
            )}
            {groups && <CardsByRegion groups={groups} scopeName={scopeName} rootId={engine.rootIds[0]} filters={filters} />}
            {shown.length === 0 ? (
              <p className="state" role="status">
                {t('alerts.noneFiltered', { count: formatCount(all.length) })}
              </p>
            ) : (
              <CardsTable caption={t('alerts.tableCaption')} cards={shown} engine={engine} scopeId={scopeId} areaName={areaName} period={period} />
            )}
          </>
        )}
      </section>
      <CardsOverTime
        engine={engine}
        scheme={scheme}
        scopeId={view.scopeId}
        period={view.period}
        span={span}
        matches={matches}
        onSpan={setSpan}
        onMonth={(next: Period) => setParams({ period: periodToParam(next) })}
      />
      <TalkFlags engine={engine} evaluation={evaluation} period={period} />
    </>
  );
}

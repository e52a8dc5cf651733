import { useCallback, useId, useMemo } from 'react';
import { periodToParam, type Period } from '../../domain';
import { cardCounts, cardCountText, useHashLocation, useI18n, useMonthSpan, useSetParams, type EvaluationContext } from '../../ui';
import { CardsOverTime } from './CardsOverTime';
import { CardsTable } from './CardsTable';
import { AlertFilterBar } from './AlertFilterBar';
import { cardCategories, cardKinds, cardMatcher, isFiltered, parseAlertFilters } from './filters';
import { TalkFlags } from './TalkFlags';

export function AlertsView({ engine, dataset, evaluation, view }: EvaluationContext) {
  const i18n = useI18n();
  const { t, formatCount } = i18n;
  const { params } = useHashLocation();
  const setParams = useSetParams();
  const headingId = useId();
  const scheme = dataset.scheme;

  const filters = useMemo(() => parseAlertFilters(params), [params]);
  const kindOf = useCallback((officeId: string) => {
    const index = engine.officeIndex.get(officeId);
    return index === undefined ? undefined : engine.offices[index]?.kind;
  }, [engine]);
  const matches = useMemo(() => cardMatcher(filters, kindOf), [filters, kindOf]);
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
  // How many offices carry a red / yellow card, then how many cards: 红牌 3 个单位（4 张）.
  const counts = cardCounts(shown);
  // Names repeat across the counties of a prefecture; the parent tells them apart.
  const showParent = useMemo(
    () => engine.offices.filter((office) => office.kind === 'region').length > 1,
    [engine],
  );

  const period = params.get('period');
  const scope = params.get('scope');
  const officeParams = useMemo(() => ({ period, scope }), [period, scope]);
  const [span, setSpan] = useMonthSpan();

  return (
    <>
      <AlertFilterBar filters={filters} kinds={kinds} categories={categories} />
      {view.period.kind !== 'month' && <p className="as-of">{t('alerts.periodNote')}</p>}
      <section className="panel" aria-labelledby={headingId}>
        <h2 id={headingId}>{t('alerts.current')}</h2>
        {all.length === 0 ? (
          <div className="state" role="status">
            <p style={{ fontSize: 18, color: 'var(--good)', margin: 0 }}>{t('alerts.none')}</p>
            <p style={{ margin: '4px 0 0' }}>{t('alerts.noneHint')}</p>
          </div>
        ) : shown.length === 0 ? (
          <p className="state" role="status">
            {t('alerts.noneFiltered', { count: formatCount(all.length) })}
          </p>
        ) : (
          <>
            <p role="status">
              {t(isFiltered(filters) ? 'alerts.summaryFiltered' : 'alerts.summary', {
                red: cardCountText(counts.red, i18n),
                yellow: cardCountText(counts.yellow, i18n),
                offices: formatCount(counts.offices),
                total: formatCount(all.length),
              })}
            </p>
            <CardsTable caption={t('alerts.tableCaption')} cards={shown} engine={engine} showParent={showParent} officeParams={officeParams} />
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
      <TalkFlags evaluation={evaluation} officeParams={officeParams} />
    </>
  );
}

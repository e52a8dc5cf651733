import { useId, useMemo } from 'react';
import { indicatorById } from '../../domain';
import type { EngineData, PeriodEvaluation } from '../../engine';
import {
  cardCounts,
  DataTable,
  IndicatorStandingFigure,
  indicatorName,
  Link,
  NotReportedBadge,
  RankChangeFigure,
  ScoreFigure,
  scopeLinkParams,
  useHashLocation,
  useI18n,
  type Column,
} from '../../ui';
import { keyRegionRates, regionRows, type RegionRow } from './regionRows';

/**
 * 下辖地区排名: the scope's child regions (a prefecture's counties) by composite score on each one's
 * own roll-up, with its volume, the rates that weigh most and the cards in it. A region's name
 * opens it as the scope of this screen, keeping the period. Nothing is drawn where the scope has no
 * child regions (a county).
 */
export function RegionRanking({ engine, evaluation }: { engine: EngineData; evaluation: PeriodEvaluation }) {
  const i18n = useI18n();
  const { t, locale, formatCount } = i18n;
  const headingId = useId();
  const location = useHashLocation();
  const rows = useMemo(() => regionRows(engine, evaluation), [engine, evaluation]);
  const rates = useMemo(() => keyRegionRates(evaluation.scheme), [evaluation.scheme]);
  const root = engine.rootIds[0];

  const columns = useMemo<Column<RegionRow>[]>(() => {
    const accepted = indicatorById('accepted');
    return [
      {
        key: 'rank',
        header: t('overview.regions.rank'),
        numeric: true,
        cell: (row) => (row.region.rank !== null ? formatCount(row.region.rank) : row.region.standing === 'not-reported' ? <NotReportedBadge /> : '—'),
      },
      {
        key: 'change',
        header: t('overview.regions.change'),
        cell: (row) => (
          <RankChangeFigure
            input={{ rank: row.region.rank, previousRank: row.region.previousRank, rankChange: row.region.rankChange, rankMove: row.region.rankMove ?? null }}
          />
        ),
      },
      {
        key: 'region',
        header: t('overview.regions.region'),
        cell: (row) => (
          <Link to={location.path} params={scopeLinkParams(location.params, row.region.officeId, root)}>
            {row.region.name}
          </Link>
        ),
      },
      { key: 'score', header: t('overview.regions.score'), numeric: true, cell: (row) => <ScoreFigure office={row.region} /> },
      {
        key: 'accepted',
        header: indicatorName(accepted, locale),
        numeric: true,
        cell: (row) => (
          <IndicatorStandingFigure indicator={accepted} value={row.region.values.accepted} detail={null} notReported={row.region.status === 'not-reported'} />
        ),
      },
      ...rates.map<Column<RegionRow>>((indicator) => ({
        key: indicator.id,
        header: indicatorName(indicator, locale),
        numeric: true,
        cell: (row) => (
          <IndicatorStandingFigure
            indicator={indicator}
            value={row.region.values[indicator.id]}
            detail={row.region.scoreDetails.find((detail) => detail.indicatorId === indicator.id)}
            notReported={row.region.status === 'not-reported'}
          />
        ),
      })),
      {
        key: 'cards',
        header: t('overview.regions.cards'),
        numeric: true,
        cell: (row) => {
          const counts = cardCounts(row.cards);
          if (row.cards.length === 0) return <span className="muted">{t('overview.regions.noCards')}</span>;
          return t('overview.regions.cardCounts', { red: formatCount(counts.red.offices), yellow: formatCount(counts.yellow.offices) });
        },
      },
    ];
  }, [t, locale, formatCount, rates, location, root]);

  if (rows.length === 0) return null;
  return (
    <section className="panel region-ranking" aria-labelledby={headingId}>
      <header className="section-head">
        <h2 id={headingId}>{t('overview.regions.heading', { scope: evaluation.scope.name, count: formatCount(rows.length) })}</h2>
        <span className="as-of">{t('overview.regions.hint')}</span>
      </header>
      <DataTable
        caption={t('overview.regions.caption', { scope: evaluation.scope.name })}
        captionHidden
        columns={columns}
        rows={rows}
        rowKey={(row) => row.region.officeId}
      />
      <Link to="/rankings" params={{ period: location.params.get('period'), scope: location.params.get('scope') }}>
        {t('overview.regions.all')}
      </Link>
    </section>
  );
}

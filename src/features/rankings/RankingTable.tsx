import { useMemo } from 'react';
import type { Indicator, Scheme } from '../../domain';
import {
  DataTable,
  dataIncompleteMark,
  detailsByOffice,
  IndicatorStandingFigure,
  indicatorName,
  Link,
  LostPointsFigure,
  NotReportedBadge,
  ScoreChangeCell,
  ScoreFigure,
  StandingBadge,
  standingMark,
  useI18n,
  type Column,
} from '../../ui';
import { CardBadges } from './CardBadges';
import { RankChange } from './RankChange';
import type { RankingMeasure, RankingRow } from './rankRows';

/**
 * The full ranking: ranked offices first, then those with nothing to rank by, then those that did
 * not report, each marked in the rank column. The measured column comes first after the name.
 */
export function RankingTable({
  caption,
  rows,
  names,
  measure,
  indicators,
  officeParams,
  scheme,
  months,
  cumulative = false,
}: {
  caption: string;
  rows: readonly RankingRow[];
  names: ReadonlyMap<string, string>;
  measure: RankingMeasure;
  indicators: readonly Indicator[];
  officeParams: Record<string, string | null>;
  /** The scheme the evaluation was computed under: the lost points name its indicators, floors and targets. */
  scheme: Scheme;
  /** Months in the period evaluated: counts are scored per month. */
  months: number;
  /** A year-to-date: a rank changes against the year-to-date ranking one month earlier. */
  cumulative?: boolean;
}) {
  const i18n = useI18n();
  const { t, locale } = i18n;

  const details = useMemo(() => detailsByOffice(rows.map((row) => row.office)), [rows]);

  const columns = useMemo<Column<RankingRow>[]>(() => {
    const measured = indicators.find((indicator) => indicator.id === measure);
    const rest = indicators.filter((indicator) => indicator.id !== measure);
    const silent = (row: RankingRow) => row.office.status === 'not-reported';
    const indicatorColumn = (indicator: Indicator): Column<RankingRow> => ({
      key: indicator.id,
      header: indicatorName(indicator, locale),
      cell: (row) => (
        <IndicatorStandingFigure
          indicator={indicator}
          value={row.office.values[indicator.id]}
          detail={details.get(row.office.officeId)?.get(indicator.id)}
          notReported={silent(row)}
        />
      ),
      numeric: true,
    });
    const scoreColumn: Column<RankingRow> = {
      key: 'score',
      header: t('rankings.col.score'),
      cell: (row) => <ScoreFigure office={row.office} />,
      numeric: true,
    };
    // Why the rank: what moved the score since the comparison period, and what lost it points.
    const whyColumns: Column<RankingRow>[] = [
      {
        key: 'scoreChange',
        header: t(cumulative ? 'lost.scoreChangeCumulative' : 'lost.scoreChange'),
        cell: (row) => (row.office.standing === 'not-reported' ? null : <ScoreChangeCell office={row.office} scheme={scheme} />),
      },
      { key: 'lost', header: t('lost.heading'), cell: (row) => <LostPointsFigure office={row.office} scheme={scheme} months={months} /> },
    ];
    // Why an office has no rank: 未报送, 样本不足, 数据不全 (by one indicator), or nothing to rank by.
    const unrankedCell = (row: RankingRow) => {
      if (row.state === 'not-reported') return <NotReportedBadge />;
      const mark = row.detail ? standingMark(row.detail, measured, i18n) : null;
      if (mark) return <StandingBadge mark={mark} tone={row.detail?.status === 'missing' ? 'yellow' : 'note'} />;
      const incomplete = measured ? null : dataIncompleteMark(row.office, i18n);
      if (incomplete) return <StandingBadge mark={incomplete} tone="yellow" />;
      return <span className="badge">{t('rankings.unranked')}</span>;
    };
    return [
      {
        key: 'rank',
        header: t('rankings.col.rank'),
        numeric: true,
        cell: (row) => (row.state === 'ranked' ? i18n.formatCount(row.rank) : unrankedCell(row)),
      },
      { key: 'change', header: t(cumulative ? 'rankings.col.changeCumulative' : 'rankings.col.change'), cell: (row) => <RankChange row={row} /> },
      {
        key: 'office',
        header: t('rankings.col.office'),
        cell: (row) => (
          <>
            <Link to={`/office/${row.office.officeId}`} params={officeParams} className="office-name">
              {names.get(row.office.officeId) ?? row.office.name}
            </Link>
            {row.office.status === 'partial' && (
              <>
                {' '}
                <span className="badge yellow" title={t('rankings.partialOfficeHint')}>
                  {t('rankings.partialOffice')}
                </span>
              </>
            )}
          </>
        ),
      },
      measured ? indicatorColumn(measured) : scoreColumn,
      ...(measured ? [scoreColumn] : []),
      ...whyColumns,
      ...rest.map(indicatorColumn),
      { key: 'cards', header: t('rankings.col.cards'), cell: (row) => <CardBadges cards={row.office.cards} /> },
    ];
  }, [indicators, measure, locale, t, i18n, names, officeParams, cumulative, details, scheme, months]);

  return (
    <div className="panel">
      <DataTable caption={caption} columns={columns} rows={rows} rowKey={(row) => row.office.officeId} maxHeight={720} />
    </div>
  );
}

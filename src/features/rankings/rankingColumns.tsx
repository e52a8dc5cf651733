import type { ReactNode } from 'react';
import type { Card, Indicator, Scheme } from '../../domain';
import type { IndicatorScore } from '../../engine';
import {
  dataIncompleteMark,
  IndicatorStandingFigure,
  LostPointsFigure,
  indicatorName,
  NotReportedBadge,
  ScoreFigure,
  StandingBadge,
  standingMark,
  type Column,
  type I18n,
} from '../../ui';
import { ScoreChangeCell } from '../../ui/figures/ScoreChange';
import { CardBadges } from './CardBadges';
import { RankChange } from './RankChange';
import type { RankingMeasure, RankingRow } from './rankRows';

/** What the columns of a ranking table are built from. */
export interface RankingColumnContext {
  i18n: I18n;
  measure: RankingMeasure;
  indicators: readonly Indicator[];
  /** Per office, per indicator: how it stood (样本不足, 数据不全 …). */
  details: ReadonlyMap<string, ReadonlyMap<string, IndicatorScore>>;
  /** The office's name as shown (qualified where it repeats) and where it links to. */
  nameCell: (row: RankingRow) => ReactNode;
  nameText: (row: RankingRow) => string;
  /** A year-to-date: a rank changes against the year-to-date ranking one month earlier. */
  cumulative: boolean;
  /** The scheme the evaluation was computed under: the lost points name its indicators, floors and targets. */
  scheme: Scheme;
  /** Months in the period evaluated: counts are scored per month. */
  months: number;
  /** The cards a row stands for: its own, or for a region those of the offices in it. */
  cardsOf?: (row: RankingRow) => readonly Card[];
}

const silent = (row: RankingRow) => row.office.status === 'not-reported';

/** An indicator's value, for sorting: none where it does not count (未报送, 样本不足, 数据不全). */
function countedValue(row: RankingRow, indicator: Indicator, detail: IndicatorScore | undefined): number | null {
  if (silent(row) || detail?.status === 'small-sample' || detail?.status === 'missing') return null;
  return row.office.values[indicator.id] ?? null;
}

/** Points lost over the scheme's indicators, for sorting: none for an office not scored. */
function lostPoints(row: RankingRow, byIndicator: ReadonlyMap<string, IndicatorScore> | undefined): number | null {
  if (silent(row) || row.office.score === null || !byIndicator) return null;
  let lost = 0;
  for (const detail of byIndicator.values()) lost += detail.lost ?? 0;
  return lost;
}

/** Red cards weigh more than any number of yellow ones. */
function cardWeight(cards: readonly Card[]): number {
  let weight = 0;
  for (const card of cards) weight += card.level === 'red' ? 1000 : 1;
  return weight;
}

/**
 * The columns of a ranking table, in order: rank, change, office, the measure ranked by, the
 * score, why (得分变化, 主要失分项), the other indicators, cards. Each declares how it sorts. To add a column, declare it
 * here (key, header, cell, and sortValue where it can be sorted) and place it in the list.
 */
export function rankingColumns(ctx: RankingColumnContext): Column<RankingRow>[] {
  const { i18n, measure, indicators, details, cumulative } = ctx;
  const cardsOf = ctx.cardsOf ?? ((row: RankingRow) => row.office.cards);
  const { t, locale } = i18n;
  const measured = indicators.find((indicator) => indicator.id === measure);
  const rest = indicators.filter((indicator) => indicator.id !== measure);

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
    sortValue: (row) => countedValue(row, indicator, details.get(row.office.officeId)?.get(indicator.id)),
    sortFirst: indicator.direction === 'lower' ? 'asc' : 'desc',
  });
  const scoreColumn: Column<RankingRow> = {
    key: 'score',
    header: t('rankings.col.score'),
    cell: (row) => <ScoreFigure office={row.office} />,
    numeric: true,
    sortValue: (row) => (silent(row) ? null : row.office.score),
    sortFirst: 'desc',
  };
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
      sortValue: (row) => row.rank,
    },
    {
      key: 'change',
      header: t(cumulative ? 'rankings.col.changeCumulative' : 'rankings.col.change'),
      cell: (row) => <RankChange row={row} />,
      sortValue: (row) => row.change,
      sortFirst: 'desc',
    },
    {
      key: 'office',
      header: t('rankings.col.office'),
      cell: (row) => (
        <>
          {ctx.nameCell(row)}
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
      sortValue: ctx.nameText,
    },
    measured ? indicatorColumn(measured) : scoreColumn,
    ...(measured ? [scoreColumn] : []),
    // Why the rank: what moved the score since the comparison period, and what lost it points.
    {
      key: 'scoreChange',
      header: t(cumulative ? 'lost.scoreChangeCumulative' : 'lost.scoreChange'),
      cell: (row) => (row.office.standing === 'not-reported' ? null : <ScoreChangeCell office={row.office} scheme={ctx.scheme} />),
      sortValue: (row) => (row.office.standing === 'not-reported' ? null : (row.office.scoreChange?.total ?? null)),
      sortFirst: 'desc',
    },
    {
      key: 'lost',
      header: t('lost.heading'),
      cell: (row) => <LostPointsFigure office={row.office} scheme={ctx.scheme} months={ctx.months} />,
      sortValue: (row) => lostPoints(row, details.get(row.office.officeId)),
      sortFirst: 'desc',
    },
    ...rest.map(indicatorColumn),
    {
      key: 'cards',
      header: t('rankings.col.cards'),
      cell: (row) => <CardBadges cards={cardsOf(row)} />,
      sortValue: (row) => cardWeight(cardsOf(row)),
      sortFirst: 'desc',
    },
  ];
}

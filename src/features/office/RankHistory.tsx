import { useId, useMemo } from 'react';
import { ChartPanel } from '../../charts';
import { rankHistoryOption } from '../../charts/options/rankHistoryOption';
import type { Scheme } from '../../domain';
import type { EngineData, MonthRange, OfficeEvaluation } from '../../engine';
import { monthHistory } from '../../engine/monthHistory';
import { LIGHT, useI18n, type Column } from '../../ui';
import { rankHistory, type RankHistoryRow, type RankedKind } from './history';

/** Rank month by month, rank 1 on top; months are evaluated once per data, scheme and scope. */
export function RankHistory({
  engine,
  scheme,
  office,
  kind,
  scopeId,
  range,
}: {
  engine: EngineData;
  scheme: Scheme;
  office: OfficeEvaluation;
  kind: RankedKind | null;
  scopeId: string;
  range: MonthRange;
}) {
  const { t, formatMonth, formatScore, formatCount } = useI18n();
  const headingId = useId();
  const rows = useMemo(
    () => (kind ? rankHistory(monthHistory(engine, scheme, range, { scopeId }), office.officeId, kind) : []),
    [engine, scheme, range, scopeId, office.officeId, kind],
  );
  const formatRank = useMemo(
    () => (rank: number, of: number) => t('office.rankOfShort', { rank: formatCount(rank), count: formatCount(of) }),
    [t, formatCount],
  );
  const option = useMemo(
    () =>
      rankHistoryOption({
        points: rows,
        seriesName: office.name,
        formatMonth,
        formatRank,
        formatScore,
        labels: {
          rank: t('office.history.rank'),
          score: t('office.history.score'),
          notRanked: t('office.notRanked'),
          partial: t('office.partialMonth'),
        },
        tokens: LIGHT,
      }),
    [rows, office.name, formatMonth, formatRank, formatScore, t],
  );
  const columns = useMemo<Column<RankHistoryRow>[]>(
    () => [
      { key: 'month', header: t('office.col.month'), cell: (row) => `${formatMonth(row.month)}${row.partial ? t('view.partialMonth') : ''}` },
      {
        key: 'rank',
        header: t('office.history.rank'),
        numeric: true,
        cell: (row) => (row.rank !== null ? formatRank(row.rank, row.of) : row.notReported ? t('office.status.not-reported') : t('office.notRanked')),
      },
      { key: 'score', header: t('office.history.score'), numeric: true, cell: (row) => formatScore(row.score) },
    ],
    [t, formatMonth, formatRank, formatScore],
  );

  if (!kind) {
    return (
      <section className="panel" aria-labelledby={headingId}>
        <h2 id={headingId}>{t('office.history.title')}</h2>
        <p>{t('office.history.notRankedKind', { kind: t(`kind.${office.kind}`) })}</p>
      </section>
    );
  }
  return <ChartPanel title={t('office.history.title')} chart={{ option, height: 260 }} table={{ columns, rows, rowKey: (row) => row.month }} />;
}

import { useMemo } from 'react';
import type { Indicator } from '../../domain';
import { DataTable, indicatorName, Link, useI18n, type Column } from '../../ui';
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
  formatValue,
  officeParams,
}: {
  caption: string;
  rows: readonly RankingRow[];
  names: ReadonlyMap<string, string>;
  measure: RankingMeasure;
  indicators: readonly Indicator[];
  formatValue: (value: number | null) => string;
  officeParams: Record<string, string | null>;
}) {
  const { t, locale, formatScore, formatIndicator } = useI18n();

  const columns = useMemo<Column<RankingRow>[]>(() => {
    const measured = indicators.find((indicator) => indicator.id === measure);
    const rest = indicators.filter((indicator) => indicator.id !== measure);
    const indicatorColumn = (indicator: Indicator): Column<RankingRow> => ({
      key: indicator.id,
      header: indicatorName(indicator, locale),
      cell: (row) => formatIndicator(indicator, row.office.values[indicator.id]),
      numeric: true,
    });
    const scoreColumn: Column<RankingRow> = {
      key: 'score',
      header: t('rankings.col.score'),
      cell: (row) => formatScore(row.office.score),
      numeric: true,
    };
    return [
      {
        key: 'rank',
        header: t('rankings.col.rank'),
        numeric: true,
        cell: (row) =>
          row.state === 'ranked' ? (
            row.rank
          ) : (
            <span className="badge">{t(row.state === 'not-reported' ? 'rankings.notReported' : 'rankings.unranked')}</span>
          ),
      },
      { key: 'change', header: t('rankings.col.change'), cell: (row) => <RankChange row={row} /> },
      {
        key: 'office',
        header: t('rankings.col.office'),
        cell: (row) => (
          <>
            <Link to={`/office/${row.office.officeId}`} params={officeParams}>
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
      measured ? { ...indicatorColumn(measured), cell: (row: RankingRow) => formatValue(row.value) } : scoreColumn,
      ...(measured ? [scoreColumn] : []),
      ...rest.map(indicatorColumn),
      { key: 'cards', header: t('rankings.col.cards'), cell: (row) => <CardBadges cards={row.office.cards} /> },
    ];
  }, [indicators, measure, locale, t, formatIndicator, formatScore, formatValue, names, officeParams]);

  return (
    <div className="panel">
      <DataTable caption={caption} columns={columns} rows={rows} rowKey={(row) => row.office.officeId} maxHeight={720} />
    </div>
  );
}

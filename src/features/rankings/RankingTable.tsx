import { useCallback, useMemo, type ReactNode } from 'react';
import type { Card, Indicator, Scheme } from '../../domain';
import { detailsByOffice, Link, useI18n } from '../../ui';
import { ListTable } from '../../ui/table/ListTable';
import { rankingColumns } from './rankingColumns';
import type { RankingMeasure, RankingRow } from './rankRows';

/**
 * The full ranking: ranked offices first, then those with nothing to rank by, then those that did
 * not report, each marked in the rank column. The measured column comes first after the name.
 * Hundreds of rows stay usable: a search by name, sortable columns and pages (ListTable); the
 * columns are declared in rankingColumns.
 */
export function RankingTable({
  caption,
  rows,
  names,
  officeParams = {},
  measure,
  indicators,
  nameCell,
  nameText,
  scheme,
  months,
  cumulative = false,
  cardsOf,
  after,
}: {
  caption: string;
  rows: readonly RankingRow[];
  /** Names as shown (qualified where they repeat), by office id. */
  names: ReadonlyMap<string, string>;
  /** The query of a link to an office's page, where nameCell does not say otherwise. */
  officeParams?: Record<string, string | null>;
  measure: RankingMeasure;
  indicators: readonly Indicator[];
  /** The name as text: what the search looks in and the name column sorts by (names by default). */
  nameText?: (row: RankingRow) => string;
  /** The name's cell (a link to the office's page by default). */
  nameCell?: (row: RankingRow) => ReactNode;
  /** The scheme the evaluation was computed under: the lost points name its indicators, floors and targets. */
  scheme: Scheme;
  /** Months in the period evaluated: counts are scored per month. */
  months: number;
  /** A year-to-date: a rank changes against the year-to-date ranking one month earlier. */
  cumulative?: boolean;
  /** The cards a row stands for (a region's: those of the offices in it); its own by default. */
  cardsOf?: (row: RankingRow) => readonly Card[];
  /** Shown under the table, given the search (matches elsewhere in the scope). */
  after?: (query: string) => ReactNode;
}) {
  const i18n = useI18n();
  const textOf = useCallback((row: RankingRow) => names.get(row.office.officeId) ?? row.office.name, [names]);
  const officeLink = useCallback(
    (row: RankingRow) => (
      <Link to={`/office/${row.office.officeId}`} params={officeParams} className="office-name">
        {textOf(row)}
      </Link>
    ),
    [officeParams, textOf],
  );
  const text = nameText ?? textOf;
  const cell = nameCell ?? officeLink;
  const details = useMemo(() => detailsByOffice(rows.map((row) => row.office)), [rows]);
  const columns = useMemo(
    () => rankingColumns({ i18n, measure, indicators, details, nameCell: cell, nameText: text, cumulative, scheme, months, cardsOf }),
    [i18n, measure, indicators, details, cell, text, cumulative, scheme, months, cardsOf],
  );

  return (
    <div className="panel">
      <ListTable
        caption={caption}
        columns={columns}
        rows={rows}
        rowKey={(row) => row.office.officeId}
        searchText={text}
        searchLabel={i18n.t('rankings.search')}
        noMatch={(query) => (
          <p className="state" role="status">
            {i18n.t('rankings.noMatch', { query: query.trim() })}
          </p>
        )}
        after={after}
      />
    </div>
  );
}

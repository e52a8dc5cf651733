import { useId, useMemo } from 'react';
import { COUNT_FIELDS, monthsBetween, type Counts, type Scheme } from '../../domain';
import { kindRollup, type EngineData, type MonthRange, type OfficeEvaluation, type Reporting } from '../../engine';
import { DataTable, useI18n, type Column } from '../../ui';

interface MonthCounts {
  month: string;
  counts: Counts;
  reporting: Reporting;
}

/**
 * The raw counts behind every figure, month by month, newest first. For an office with offices
 * under it (a township and its villages) these are the summed counts, as the indicators use them.
 */
export function MonthlyCounts({ engine, scheme, office, range }: { engine: EngineData; scheme: Scheme; office: OfficeEvaluation; range: MonthRange }) {
  const { t, formatMonth, formatCount } = useI18n();
  const headingId = useId();
  const rows = useMemo<MonthCounts[]>(
    () =>
      monthsBetween(range.from, range.to)
        .reverse()
        .map((month) => {
          // The office's own subtree for one month: kindRollup over a scope of itself.
          const rollup = kindRollup(engine, office.officeId, office.kind, { from: month, to: month }, scheme);
          return { month, counts: rollup.counts, reporting: rollup.reporting };
        }),
    [engine, scheme, office.officeId, office.kind, range.from, range.to],
  );
  const hasChildren = useMemo(() => {
    const index = engine.officeIndex.get(office.officeId);
    return index !== undefined && engine.subtreeEnd[index]! > index + 1;
  }, [engine, office.officeId]);

  const columns = useMemo<Column<MonthCounts>[]>(
    () => [
      { key: 'month', header: t('office.col.month'), cell: (row) => formatMonth(row.month) },
      {
        key: 'status',
        header: t('office.counts.status'),
        cell: (row) =>
          row.reporting.expected === 0 && row.reporting.reported === 0
            ? t('office.status.not-expected')
            : row.reporting.reported === 0
              ? t('office.status.not-reported')
              : row.reporting.reported < row.reporting.expected
                ? t('office.status.partial')
                : t('office.status.complete'),
      },
      ...COUNT_FIELDS.map((field) => ({
        key: field,
        header: t(`quality.field.${field}`),
        numeric: true,
        cell: (row: MonthCounts) => formatCount(row.counts[field]),
      })),
    ],
    [t, formatMonth, formatCount],
  );

  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('office.counts.title')}</h2>
      {hasChildren && <p className="as-of">{t('office.counts.subtree')}</p>}
      <DataTable
        caption={t('office.counts.caption', { name: office.name })}
        captionHidden
        columns={columns}
        rows={rows}
        rowKey={(row) => row.month}
        maxHeight={420}
      />
    </section>
  );
}

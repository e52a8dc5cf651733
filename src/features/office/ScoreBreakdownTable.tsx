import { useMemo } from 'react';
import { isRate, type Period, type Scheme } from '../../domain';
import type { OfficeEvaluation } from '../../engine';
import { indicatorName, DataTable, useI18n, type Column } from '../../ui';
import { scoreBreakdown, type BreakdownRow } from './scoreBreakdown';

/** Each scheme indicator's value against floor and target, its score and the points it adds. */
export function ScoreBreakdownTable({ scheme, office, period }: { scheme: Scheme; office: OfficeEvaluation; period: Period }) {
  const { t, locale, formatIndicator, formatScore, formatRate, formatCount } = useI18n();
  const rows = useMemo(() => scoreBreakdown(scheme, office, period), [scheme, office, period]);
  const perMonth = period.from !== period.to;

  const columns = useMemo<Column<BreakdownRow>[]>(() => {
    // Counts are scored per month: the floor and target are monthly, and so is the value compared.
    const bound = (row: BreakdownRow, value: number) =>
      isRate(row.indicator) ? formatRate(value) : t('office.breakdown.perMonth', { value: formatCount(value) });
    return [
      { key: 'indicator', header: t('office.breakdown.indicator'), cell: (row) => indicatorName(row.indicator, locale) },
      {
        key: 'value',
        header: t('office.breakdown.value'),
        numeric: true,
        cell: (row) =>
          perMonth && row.perMonth !== null
            ? `${formatIndicator(row.indicator, row.value)} (${t('office.breakdown.perMonth', { value: formatCount(row.perMonth) })})`
            : formatIndicator(row.indicator, row.value),
      },
      { key: 'floor', header: t('office.breakdown.floor'), numeric: true, cell: (row) => bound(row, row.floor) },
      { key: 'target', header: t('office.breakdown.target'), numeric: true, cell: (row) => bound(row, row.target) },
      { key: 'weight', header: t('office.breakdown.weight'), numeric: true, cell: (row) => formatCount(row.weight) },
      { key: 'score', header: t('office.breakdown.score'), numeric: true, cell: (row) => formatScore(row.score) },
      { key: 'contribution', header: t('office.breakdown.contribution'), numeric: true, cell: (row) => formatScore(row.contribution) },
    ];
  }, [t, locale, formatIndicator, formatScore, formatRate, formatCount, perMonth]);

  return (
    <section className="panel">
      {rows.length === 0 ? (
        <>
          <h2>{t('office.breakdown.title')}</h2>
          <p>{t('office.breakdown.none')}</p>
        </>
      ) : (
        <>
          <DataTable caption={t('office.breakdown.caption', { score: formatScore(office.score) })} columns={columns} rows={rows} rowKey={(row) => row.indicator.id} />
          <p className="as-of">{t('office.breakdown.note')}</p>
        </>
      )}
    </section>
  );
}

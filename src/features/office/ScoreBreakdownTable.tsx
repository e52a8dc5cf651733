import { useMemo } from 'react';
import { DEFAULT_SCHEME_RULES, isRate, type Period, type Scheme } from '../../domain';
import type { OfficeEvaluation } from '../../engine';
import { DataTable, IncompleteBadge, IndicatorFigure, indicatorName, signedPoints, StandingBadge, standingMark, useI18n, type Column } from '../../ui';
import { scoreBreakdown, type BreakdownRow } from './scoreBreakdown';

/**
 * Each scheme indicator's value against floor and target, how it stood (计分, 样本不足, 数据不全 with
 * the fields not reported, 无数值), its score, and the points it earned and lost: the points add
 * up to the composite score.
 */
export function ScoreBreakdownTable({ scheme, office, period }: { scheme: Scheme; office: OfficeEvaluation; period: Period }) {
  const i18n = useI18n();
  const { t, locale, formatScore, formatRate, formatCount } = i18n;
  const rows = useMemo(() => scoreBreakdown(scheme, office, period), [scheme, office, period]);
  const perMonth = period.from !== period.to;
  const rule = scheme.rules?.missingData ?? DEFAULT_SCHEME_RULES.missingData;
  // A column of what moved each indicator's points, when the office had a score to compare with.
  const compared = office.scoreChange?.total !== null && office.scoreChange?.total !== undefined;
  const cumulative = period.kind === 'ytd';

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
        cell: (row) => (
          <>
            <IndicatorFigure indicator={row.indicator} value={row.value} />
            {perMonth && row.perMonth !== null && ` (${t('office.breakdown.perMonth', { value: formatCount(row.perMonth) })})`}
          </>
        ),
      },
      {
        key: 'status',
        header: t('office.breakdown.status'),
        cell: (row) => {
          const mark = standingMark(row.detail, row.indicator, i18n);
          return mark ? <StandingBadge mark={mark} tone={row.detail.status === 'missing' ? 'yellow' : 'note'} /> : t('standing.scored');
        },
      },
      { key: 'floor', header: t('office.breakdown.floor'), numeric: true, cell: (row) => bound(row, row.floor) },
      { key: 'target', header: t('office.breakdown.target'), numeric: true, cell: (row) => bound(row, row.target) },
      { key: 'weight', header: t('office.breakdown.weight'), numeric: true, cell: (row) => formatCount(row.weight) },
      { key: 'score', header: t('office.breakdown.score'), numeric: true, cell: (row) => formatScore(row.score) },
      { key: 'points', header: t('office.breakdown.points'), numeric: true, cell: (row) => formatScore(row.points) },
      {
        key: 'lost',
        header: t('office.breakdown.lost'),
        numeric: true,
        cell: (row) => (
          <>
            {formatScore(row.lost)}
            {row.highlight && ' '}
            {row.highlight && (
              <span className={`badge ${row.highlight === 'zero' ? 'red' : 'yellow'} breakdown-mark`}>{t(`office.breakdown.${row.highlight}`)}</span>
            )}
          </>
        ),
      },
      ...(compared
        ? [
            {
              key: 'change',
              header: t(cumulative ? 'office.breakdown.changeCumulative' : 'office.breakdown.change'),
              numeric: true,
              cell: (row: BreakdownRow) =>
                row.change === null || Math.abs(row.change) < 0.005 ? (
                  <span className="muted">{formatScore(0)}</span>
                ) : (
                  <span className={row.change > 0 ? 'up' : 'down'}>{signedPoints(row.change, i18n)}</span>
                ),
            },
          ]
        : []),
    ];
  }, [t, i18n, locale, formatScore, formatRate, formatCount, perMonth, compared, cumulative]);

  return (
    <section className="panel">
      {rows.length === 0 ? (
        <>
          <h2>{t('office.breakdown.title')}</h2>
          <p>{t('office.breakdown.none')}</p>
        </>
      ) : (
        <>
          <DataTable
            caption={t('office.breakdown.caption', { score: office.status === 'not-reported' ? t('standing.notReported') : formatScore(office.score) })}
            columns={columns}
            rows={rows}
            rowKey={(row) => row.indicator.id}
            rowClassName={(row) => (row.highlight ? `breakdown-${row.highlight}` : undefined)}
          />
          {office.dataIncomplete && (
            <p>
              <IncompleteBadge office={office} />
            </p>
          )}
          <p className="as-of">{t(rule === 'zero' ? 'office.breakdown.noteZero' : 'office.breakdown.noteLeaveOut')}</p>
        </>
      )}
    </section>
  );
}

import { useId, useMemo } from 'react';
import { ChartPanel } from '../../charts';
import { cardsOverTimeOption, type CardsMonth } from '../../charts/options/cardsOverTimeOption';
import { addMonths, monthPeriod, type Card, type MonthKey, type Period, type Scheme } from '../../domain';
import type { EngineData } from '../../engine';
import { monthHistory } from '../../engine/month-history';
import { LIGHT, useI18n, type Column } from '../../ui';
import { cardsPerMonth } from './filters';

export const SPANS = [12, 24, 36] as const;
export type Span = (typeof SPANS)[number];
/** The same default as the overview's trends: the `months` parameter means one thing on every screen. */
export const DEFAULT_SPAN: Span = 12;

export function parseSpan(value: string | null): Span {
  const span = Number(value);
  return (SPANS as readonly number[]).includes(span) ? (span as Span) : DEFAULT_SPAN;
}

/** Cards per month, stacked red on yellow, over the months up to the period shown; a bar opens its month. */
export function CardsOverTime({
  engine,
  scheme,
  scopeId,
  period,
  span,
  matches,
  onSpan,
  onMonth,
}: {
  engine: EngineData;
  scheme: Scheme;
  scopeId: string | undefined;
  period: Period;
  span: Span;
  matches: (card: Card) => boolean;
  onSpan: (span: Span) => void;
  onMonth: (period: Period) => void;
}) {
  const { t, formatMonth, formatCount } = useI18n();
  const spanId = useId();
  const to = period.to;
  const months = useMemo(() => {
    const history = monthHistory(engine, scheme, { from: addMonths(to, -(span - 1)), to }, { scopeId });
    return cardsPerMonth(history, matches);
  }, [engine, scheme, scopeId, to, span, matches]);

  const option = useMemo(
    () =>
      cardsOverTimeOption({
        months,
        formatMonth,
        formatCount,
        labels: {
          red: t('alerts.level.red'),
          yellow: t('alerts.level.yellow'),
          total: t('alerts.total'),
          partial: t('alerts.partialMonth'),
        },
        tokens: LIGHT,
      }),
    [months, formatMonth, formatCount, t],
  );

  const columns = useMemo<Column<CardsMonth>[]>(
    () => [
      {
        key: 'month',
        header: t('alerts.col.month'),
        cell: (row) => `${formatMonth(row.month)}${row.partial ? t('view.partialMonth') : ''}`,
      },
      { key: 'red', header: t('alerts.level.red'), cell: (row) => formatCount(row.red), numeric: true },
      { key: 'yellow', header: t('alerts.level.yellow'), cell: (row) => formatCount(row.yellow), numeric: true },
      { key: 'total', header: t('alerts.total'), cell: (row) => formatCount(row.red + row.yellow), numeric: true },
    ],
    [t, formatMonth, formatCount],
  );

  const spanPicker = (
    <span className="no-print" style={{ display: 'inline-flex', gap: 6, alignItems: 'center' }}>
      <label htmlFor={spanId}>{t('alerts.span')}</label>
      <select id={spanId} value={span} onChange={(event) => onSpan(parseSpan(event.target.value))}>
        {SPANS.map((value) => (
          <option key={value} value={value}>
            {t('alerts.spanMonths', { months: value })}
          </option>
        ))}
      </select>
    </span>
  );

  return (
    <ChartPanel
      title={t('alerts.overTime', { months: months.length })}
      actions={spanPicker}
      chart={{
        option,
        height: 280,
        onClick: (params) => {
          const month: MonthKey | undefined = months[params.dataIndex ?? -1]?.month;
          if (month) onMonth(monthPeriod(month));
        },
      }}
      table={{ columns, rows: months, rowKey: (row) => row.month }}
    />
  );
}

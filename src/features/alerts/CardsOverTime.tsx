import { useMemo } from 'react';
import { ChartPanel } from '../../charts';
import { cardsOverTimeOption, type CardsMonth } from '../../charts/options/cardsOverTimeOption';
import { addMonths, monthPeriod, type Card, type MonthKey, type Period, type Scheme } from '../../domain';
import type { EngineData } from '../../engine';
import { monthHistory } from '../../engine/monthHistory';
import { LIGHT, MonthSpanPicker, useI18n, type Column, type MonthSpan } from '../../ui';
import { cardsPerMonth } from './filters';

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
  span: MonthSpan;
  matches: (card: Card) => boolean;
  onSpan: (span: MonthSpan) => void;
  onMonth: (period: Period) => void;
}) {
  const { t, formatMonth, formatCount } = useI18n();
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
      <MonthSpanPicker value={span} onChange={onSpan} label={t('alerts.span')} optionLabel={(months) => t('alerts.spanMonths', { months })} />
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

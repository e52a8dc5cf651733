import { useId } from 'react';
import {
  compareMonths,
  monthPeriod,
  quarterPeriod,
  rangePeriod,
  ytdPeriod,
  PERIOD_KINDS,
  type MonthKey,
  type Period,
  type PeriodKind,
} from '../../domain';
import { useI18n } from '../i18n/I18nProvider';

/**
 * Month, quarter, year-to-date or a range, over the months that have data. A month with partial
 * data is labelled as such in the list.
 */
export function PeriodPicker({
  period,
  months,
  partialMonths,
  onChange,
  kinds = PERIOD_KINDS,
  monthLabel,
}: {
  period: Period;
  /** Months with data, oldest first. */
  months: readonly MonthKey[];
  partialMonths?: ReadonlySet<MonthKey>;
  onChange: (period: Period) => void;
  /** The kinds offered (all by default); with one, no kind list is shown (the bulletin is monthly). */
  kinds?: readonly PeriodKind[];
  /** The month list's label where the screen names it its own way (通报月份). */
  monthLabel?: string;
}) {
  const { t, formatMonth } = useI18n();
  const id = useId();
  const newestFirst = [...months].reverse();
  const label = (month: MonthKey) => `${formatMonth(month)}${partialMonths?.has(month) ? t('view.partialMonth') : ''}`;

  const changeKind = (kind: PeriodKind) => {
    const anchor = period.to;
    if (kind === 'month') onChange(monthPeriod(anchor));
    else if (kind === 'quarter') onChange(quarterPeriod(anchor));
    else if (kind === 'ytd') onChange(ytdPeriod(anchor));
    else onChange(rangePeriod(period.from, period.to));
  };

  const changeMonth = (month: MonthKey) => {
    if (period.kind === 'quarter') onChange(quarterPeriod(month));
    else if (period.kind === 'ytd') onChange(ytdPeriod(month));
    else onChange(monthPeriod(month));
  };

  return (
    <fieldset className="period-picker" style={{ border: 0, padding: 0, margin: 0, display: 'inline-flex', gap: 8, alignItems: 'center' }}>
      <legend className="visually-hidden">{t('view.period')}</legend>
      {kinds.length > 1 && (
        <>
          <label htmlFor={`${id}-kind`}>{t('view.periodKind')}</label>
          <select id={`${id}-kind`} value={period.kind} onChange={(event) => changeKind(event.target.value as PeriodKind)}>
            {kinds.map((kind) => (
              <option key={kind} value={kind}>
                {t(`view.periodKind.${kind}`)}
              </option>
            ))}
          </select>
        </>
      )}
      {period.kind === 'range' ? (
        <>
          <label htmlFor={`${id}-from`}>{t('view.from')}</label>
          <select
            id={`${id}-from`}
            value={period.from}
            onChange={(event) => onChange(rangePeriod(event.target.value, compareMonths(event.target.value, period.to) > 0 ? event.target.value : period.to))}
          >
            {newestFirst.map((month) => (
              <option key={month} value={month}>
                {label(month)}
              </option>
            ))}
          </select>
          <label htmlFor={`${id}-to`}>{t('view.to')}</label>
          <select
            id={`${id}-to`}
            value={period.to}
            onChange={(event) => onChange(rangePeriod(compareMonths(period.from, event.target.value) > 0 ? event.target.value : period.from, event.target.value))}
          >
            {newestFirst.map((month) => (
              <option key={month} value={month}>
                {label(month)}
              </option>
            ))}
          </select>
        </>
      ) : (
        <>
          <label htmlFor={`${id}-month`}>{monthLabel ?? t('view.month')}</label>
          <select id={`${id}-month`} value={period.to} onChange={(event) => changeMonth(event.target.value)}>
            {!months.includes(period.to) && <option value={period.to}>{label(period.to)}</option>}
            {newestFirst.map((month) => (
              <option key={month} value={month}>
                {label(month)}
              </option>
            ))}
          </select>
        </>
      )}
    </fieldset>
  );
}

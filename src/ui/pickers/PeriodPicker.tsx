import { useId } from 'react';
import { compareMonths, monthPeriod, quarterPeriod, rangePeriod, ytdPeriod, PERIOD_KINDS, type MonthKey, type Period, type PeriodKind } from '../../domain';
import { useI18n } from '../i18n/I18nProvider';
import { monthOptionLabel, quarterOptions, yearOptions } from './periodOptions';

/**
 * Month, quarter, year-to-date or a range, over the months that have data. Each kind lists its
 * own units — months (月份), quarters (季度: 2026年第三季度), years (年度: 2026年1月至11月), from
 * and to months for a range — labelled as the page's heading will read; a month with partial
 * data, and anything past the last complete month, is marked as such.
 */
export function PeriodPicker({
  period,
  months,
  partialMonths,
  lastComplete = null,
  onChange,
  kinds = PERIOD_KINDS,
  monthLabel,
}: {
  period: Period;
  /** Months with data, oldest first. */
  months: readonly MonthKey[];
  partialMonths?: ReadonlySet<MonthKey>;
  /** The last complete month with data: later ones are in progress. */
  lastComplete?: MonthKey | null;
  onChange: (period: Period) => void;
  /** The kinds offered (all by default); with one, no kind list is shown (the bulletin is monthly). */
  kinds?: readonly PeriodKind[];
  /** The month list's label where the screen names it its own way (通报月份). */
  monthLabel?: string;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const id = useId();
  const newestFirst = [...months].reverse();
  const label = (month: MonthKey) => monthOptionLabel(month, lastComplete, partialMonths?.has(month) === true, i18n);

  const changeKind = (kind: PeriodKind) => {
    // The anchor stays within what is complete: a quarter or year picked from a month in progress
    // starts from the last complete month, as the screens open on.
    const anchor = lastComplete !== null && kind !== 'month' && kind !== 'range' && compareMonths(period.to, lastComplete) > 0 ? lastComplete : period.to;
    if (kind === 'month') onChange(monthPeriod(anchor));
    else if (kind === 'quarter') onChange(quarterPeriod(anchor));
    else if (kind === 'ytd') onChange(ytdPeriod(anchor));
    else onChange(rangePeriod(period.from, period.to));
  };

  const monthSelect = (which: 'month' | 'from' | 'to', value: MonthKey, onPick: (month: MonthKey) => void) => (
    <>
      <label htmlFor={`${id}-${which}`}>{which === 'month' && monthLabel ? monthLabel : t(`view.${which}`)}</label>
      <select id={`${id}-${which}`} value={value} onChange={(event) => onPick(event.target.value)}>
        {!months.includes(value) && <option value={value}>{label(value)}</option>}
        {newestFirst.map((month) => (
          <option key={month} value={month}>
            {label(month)}
          </option>
        ))}
      </select>
    </>
  );

  const periodSelect = (which: 'quarter' | 'year', options: { value: string; label: string; period: Period }[], value: string) => (
    <>
      <label htmlFor={`${id}-${which}`}>{t(`view.${which}`)}</label>
      <select
        id={`${id}-${which}`}
        value={value}
        onChange={(event) => {
          const picked = options.find((option) => option.value === event.target.value);
          if (picked) onChange(picked.period);
        }}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </>
  );

  let units;
  switch (period.kind) {
    case 'range':
      units = (
        <>
          {monthSelect('from', period.from, (from) => onChange(rangePeriod(from, compareMonths(from, period.to) > 0 ? from : period.to)))}
          {monthSelect('to', period.to, (to) => onChange(rangePeriod(compareMonths(period.from, to) > 0 ? to : period.from, to)))}
        </>
      );
      break;
    case 'quarter':
      units = periodSelect('quarter', quarterOptions(months, period, lastComplete, i18n), period.from);
      break;
    case 'ytd':
      units = periodSelect('year', yearOptions(months, period, lastComplete, i18n), period.to.slice(0, 4));
      break;
    default:
      units = monthSelect('month', period.to, (month) => onChange(monthPeriod(month)));
  }

  return (
    <fieldset className="period-picker" style={{ border: 0, padding: 0, margin: 0, display: 'inline-flex', gap: 8, alignItems: 'center', flexWrap: 'wrap' }}>
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
      {units}
    </fieldset>
  );
}

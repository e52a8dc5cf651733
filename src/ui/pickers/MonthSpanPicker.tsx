import { useId } from 'react';
import { MONTH_SPANS, parseMonthSpan, type MonthSpan } from '../view/monthSpan';

/**
 * A labelled choice of 12, 24 or 36 months. The label and option texts come from the screen, whose
 * words differ (时间跨度 above the overview's trends, 时间范围 elsewhere); the wrapper is the caller's.
 */
export function MonthSpanPicker({
  value,
  onChange,
  label,
  optionLabel,
}: {
  value: MonthSpan;
  onChange: (span: MonthSpan) => void;
  label: string;
  optionLabel: (months: MonthSpan) => string;
}) {
  const id = useId();
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(parseMonthSpan(event.target.value))}>
        {MONTH_SPANS.map((months) => (
          <option key={months} value={months}>
            {optionLabel(months)}
          </option>
        ))}
      </select>
    </>
  );
}

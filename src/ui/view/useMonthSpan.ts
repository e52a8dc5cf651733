import { useCallback } from 'react';
import { useHashLocation, useSetParams } from '../router';
import { DEFAULT_MONTH_SPAN, parseMonthSpan, type MonthSpan } from './monthSpan';

/** The span in the URL's `months` parameter, and a setter that leaves the default out of the link. */
export function useMonthSpan(): [MonthSpan, (span: MonthSpan) => void] {
  const { params } = useHashLocation();
  const setParams = useSetParams();
  const span = parseMonthSpan(params.get('months'));
  const setSpan = useCallback((next: MonthSpan) => setParams({ months: next === DEFAULT_MONTH_SPAN ? null : String(next) }), [setParams]);
  return [span, setSpan];
}

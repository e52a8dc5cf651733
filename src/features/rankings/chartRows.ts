/** A ranking of up to this many bars is drawn whole. */
export const CHART_ALL_UP_TO = 30;
/** Past that, the chart draws this many from the top and as many from the bottom. */
export const CHART_ENDS = 10;

/**
 * What the ranking chart draws of a ranking in rank order: all of it when it is short, else its top
 * and bottom CHART_ENDS (the table below holds the whole list), with how many were left out.
 */
export function chartEnds<Row>(rows: readonly Row[]): { rows: Row[]; omitted: number } {
  if (rows.length <= CHART_ALL_UP_TO) return { rows: [...rows], omitted: 0 };
  return { rows: [...rows.slice(0, CHART_ENDS), ...rows.slice(-CHART_ENDS)], omitted: rows.length - 2 * CHART_ENDS };
}

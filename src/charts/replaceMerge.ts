/**
 * The component types of the parts registered in echartsParts.ts, which setOption can replace.
 * Anything else of an option (animation, color, textStyle, aria …) is a setting, merged: ECharts
 * refuses a key that is not a registered component in `replaceMerge`.
 */
const COMPONENTS = new Set(['series', 'grid', 'xAxis', 'yAxis', 'legend', 'dataZoom', 'tooltip', 'axisPointer']);
/** Kept from one option to the next, merged: a new tooltip builds an HTML element and forces a layout of the whole page. */
const MERGED = new Set(['tooltip', 'axisPointer']);

/**
 * What setOption replaces when a chart's option changes: every component of the previous or the
 * new option (a series or legend that is gone disappears), except the tooltip and axis pointer the
 * new option also has. `notMerge` rebuilt those too: four charts redrawn for a period change spent
 * ~8 ms each in the layout the new tooltip forced.
 */
export function replacedComponents(previous: object | null, next: object): string[] {
  const keys = new Set([...Object.keys(previous ?? {}), ...Object.keys(next)]);
  return [...keys].filter((key) => COMPONENTS.has(key) && !(MERGED.has(key) && key in next));
}

import type { Delta } from '../../../engine';
import { countChange, displayedPointChange } from '../../../ui';
import type { NarrativeContext } from './context';

/**
 * relative: a count's change as a percentage of last time (环比增长3.20%);
 * points: a rate's change in percentage points (环比提高0.05个百分点);
 * count: a small count's change in units (环比增加2件).
 */
export type ChangeKind = 'relative' | 'points' | 'count';
export type ComparedWith = 'mom' | 'yoy';
export type CountUnit = 'items' | 'entries';

function twoDecimals(ctx: NarrativeContext, value: number): string {
  return ctx.f.formatScore(value);
}

/**
 * One change stated in words, by the same rules as every screen (src/ui/format/honest.ts):
 * - a rate's change is the difference of the two rates as printed, so "98.80%, 环比下降0.50个百分点"
 *   always reconciles with the 99.30% of the month before;
 * - a count on a base under 10 changes in units (环比增加21件), never "增长2,100.00%";
 * - what rounds to zero at the precision shown is "持平", never "增长0.00%";
 * - no comparable figure is said as such, never as 0;
 * - a cumulative figure has no 环比 (累计数不作环比): nothing is said, the clause is empty.
 */
export function changePhrase(
  ctx: NarrativeContext,
  current: number | null | undefined,
  delta: Delta,
  kind: ChangeKind,
  comparedWith: ComparedWith,
  /** What a count change is counted in: 件 for items and tickets, 条 for reviews and entries. */
  unit: CountUnit = 'items',
  /** The comparison in words when the month is named ("比9月"), instead of 环比 / 同比. */
  against?: string,
): string {
  const { t } = ctx;
  if (delta.gap === 'cumulative') return '';
  const period = against ?? t(comparedWith === 'mom' ? 'bulletin.change.mom' : 'bulletin.change.yoy');
  let effective: ChangeKind = kind;
  let signed: number | null;
  if (kind === 'points') signed = displayedPointChange(current, delta.previous);
  else {
    const change = countChange(current, delta.previous);
    if (change === null) signed = null;
    else if (kind === 'count' || change.measure === 'absolute') {
      effective = 'count';
      signed = current! - delta.previous!;
    } else signed = change.value;
  }
  if (signed === null || !Number.isFinite(signed)) return t('bulletin.change.none', { period });
  const magnitude = effective === 'relative' || effective === 'points' ? Math.abs(signed) * 100 : Math.abs(signed);
  const shown = effective === 'count' ? Math.round(magnitude) : Math.round(magnitude * 100) / 100;
  if (shown === 0) return t('bulletin.change.same', { period });
  const value = effective === 'count' ? ctx.f.formatCount(magnitude) : twoDecimals(ctx, magnitude);
  const up = signed > 0;
  switch (effective) {
    case 'relative':
      return t(up ? 'bulletin.change.up.relative' : 'bulletin.change.down.relative', { period, value });
    case 'points':
      return t(up ? 'bulletin.change.up.points' : 'bulletin.change.down.points', { period, value });
    case 'count':
      if (unit === 'entries') return t(up ? 'bulletin.change.up.entries' : 'bulletin.change.down.entries', { period, value });
      return t(up ? 'bulletin.change.up.items' : 'bulletin.change.down.items', { period, value });
  }
}

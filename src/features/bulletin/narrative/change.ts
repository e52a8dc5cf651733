import type { Delta } from '../../../engine';
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
 * One change stated in words. What rounds to zero at the precision shown is "持平" (no change),
 * so a sentence never says "增长0.00%". No comparable figure is said as such, never as 0.
 * A count that was 0 last time has no percentage change: its change is stated in units.
 */
export function changePhrase(
  ctx: NarrativeContext,
  delta: Delta,
  kind: ChangeKind,
  comparedWith: ComparedWith,
  /** What a count change is counted in: 件 for items and tickets, 条 for reviews and entries. */
  unit: CountUnit = 'items',
): string {
  const { t } = ctx;
  const period = t(comparedWith === 'mom' ? 'bulletin.change.mom' : 'bulletin.change.yoy');
  if (delta.absolute === null || !Number.isFinite(delta.absolute)) return t('bulletin.change.none', { period });
  const effective: ChangeKind = kind === 'relative' && (delta.relative === null || !Number.isFinite(delta.relative)) ? 'count' : kind;
  const signed = effective === 'relative' ? delta.relative! : delta.absolute;
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

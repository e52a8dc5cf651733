import { isRate, type Indicator } from '../../domain';
import type { Delta } from '../../engine';

/** good/bad by the indicator's direction: for a lower-is-better indicator a rise is bad. */
export type ChangeTone = 'good' | 'bad' | 'flat' | 'none';
export type ChangeMovement = 'up' | 'down' | 'flat' | 'none';

export interface ChangeView {
  movement: ChangeMovement;
  tone: ChangeTone;
  /** What is shown: percentage points for a rate, the relative change for a count (absolute when there is no base). */
  measure: 'points' | 'relative' | 'absolute';
  value: number | null;
}

/** Below this the change shows as +0.00 and is read as no change. */
const FLAT = 0.00005;

export function describeChange(indicator: Indicator, delta: Delta): ChangeView {
  if (delta.absolute === null) return { movement: 'none', tone: 'none', measure: isRate(indicator) ? 'points' : 'relative', value: null };
  let measure: ChangeView['measure'];
  let value: number;
  if (isRate(indicator)) {
    measure = 'points';
    value = delta.absolute;
  } else if (delta.relative !== null) {
    measure = 'relative';
    value = delta.relative;
  } else {
    // From nothing (previous 0) there is no ratio; the count itself is the change.
    measure = 'absolute';
    value = delta.absolute;
  }
  const flat = measure === 'absolute' ? value === 0 : Math.abs(value) < FLAT;
  if (flat) return { movement: 'flat', tone: 'flat', measure, value };
  const movement: ChangeMovement = value > 0 ? 'up' : 'down';
  const better = (movement === 'up') === (indicator.direction === 'higher');
  return { movement, tone: better ? 'good' : 'bad', measure, value };
}

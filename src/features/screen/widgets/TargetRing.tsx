import type { Indicator } from '../../../domain';
import { valueAxisExtent } from '../../../charts/options/axis';
import { indicatorName, indicatorText, useI18n } from '../../../ui';

/** The ring's sweep: three quarters of a circle, open at the bottom like a gauge. */
const SWEEP = 270;
const START = 135;
const RADIUS = 84;

function polar(angle: number, radius = RADIUS): [number, number] {
  const rad = (angle * Math.PI) / 180;
  return [100 + radius * Math.cos(rad), 100 + radius * Math.sin(rad)];
}

function arc(from: number, to: number): string {
  const [x1, y1] = polar(from);
  const [x2, y2] = polar(to);
  return `M ${x1.toFixed(2)} ${y1.toFixed(2)} A ${RADIUS} ${RADIUS} 0 ${to - from > 180 ? 1 : 0} 1 ${x2.toFixed(2)} ${y2.toFixed(2)}`;
}

export interface RingScale {
  min: number;
  max: number;
}

/**
 * Where a rate ring starts and ends: near the data, never at 0 (rates crowd under 100%: 99.91% and
 * 99.97% must look different), reaching the floor and the target. The start is written under the
 * ring, so no one reads it as a full 0–100 dial.
 */
export function ringScale(values: readonly (number | null | undefined)[]): RingScale {
  const extent = valueAxisExtent(values, 'rate');
  const max = extent.max ?? 1;
  return { min: extent.min, max: max > extent.min ? max : extent.min + 0.01 };
}

export interface TargetRingProps {
  indicator: Indicator;
  value: number | null;
  /** The scheme's 0-point line and 100-point line for the scope; null where it sets none. */
  floor: number | null;
  target: number | null;
  /** "样本不足" and the like, in place of a missing value. */
  note?: string | null;
}

/**
 * A rate against its target: the ring fills from the scale's start to the value, a tick marks the
 * target, the colour says where the value stands (green at the target, red under the floor). The
 * words are HTML over the drawing, sized like every text of the screen.
 */
export function TargetRing({ indicator, value, floor, target, note }: TargetRingProps) {
  const i18n = useI18n();
  const { t, formatIndicator, locale } = i18n;
  const scale = ringScale([value, floor, target]);
  const at = (rate: number) => START + SWEEP * Math.min(1, Math.max(0, (rate - scale.min) / (scale.max - scale.min)));
  const tone = value === null ? 'none' : target !== null && value >= target - 1e-12 ? 'good' : floor !== null && value <= floor ? 'bad' : 'mid';
  const [tx1, ty1] = polar(target === null ? 0 : at(target), RADIUS - 16);
  const [tx2, ty2] = polar(target === null ? 0 : at(target), RADIUS + 16);
  return (
    <figure className={`screen-ring ${tone}`} aria-label={`${indicatorName(indicator, locale)} ${indicatorText(indicator, value, i18n)}`}>
      <div className="screen-ring-dial">
        <svg viewBox="0 0 200 200" aria-hidden="true">
          <path className="screen-ring-track" d={arc(START, START + SWEEP)} />
          {value !== null && <path className="screen-ring-value" d={arc(START, Math.max(START + 0.5, at(value)))} />}
          {target !== null && <line className="screen-ring-target" x1={tx1} y1={ty1} x2={tx2} y2={ty2} />}
        </svg>
        <div className="screen-ring-text">
          <span className="screen-ring-figure">{value === null ? (note ?? t('state.noValue')) : indicatorText(indicator, value, i18n)}</span>
          {target !== null && <span className="screen-ring-goal">{t('screen.ring.target', { value: formatIndicator(indicator, target) })}</span>}
        </div>
        <span className="screen-ring-start">{t('screen.ring.start', { value: formatIndicator(indicator, scale.min) })}</span>
      </div>
      <figcaption>{indicatorName(indicator, locale)}</figcaption>
    </figure>
  );
}

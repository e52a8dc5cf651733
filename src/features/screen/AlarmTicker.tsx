import { useLayoutEffect, useRef, useState, type CSSProperties } from 'react';
import { useI18n } from '../../ui';
import { useScreenUnit } from './ScreenUnit';

export interface TickerItem {
  key: string;
  /** The office as boards name it (qualified where names repeat). */
  office: string;
  /** The rule that fired, in words. */
  rule: string;
  /** "实际 2 条（> 0 亮牌）" */
  figure: string;
  /** When the screen first saw it (ms since the epoch). */
  seenAt: number;
}

/** Design px per second the ticker moves: a line of 30 characters passes in about 6 s. */
export const TICKER_SPEED = 110;

/**
 * New red cards across the bottom of every page for their first hour: which office, which rule,
 * which number, since when. When they fit they stand still; otherwise they run right to left,
 * round and round (the track is drawn twice so the loop has no seam). The calm state is no ticker.
 */
export function AlarmTicker({ items }: { items: readonly TickerItem[] }) {
  const { t, formatTime } = useI18n();
  const unit = useScreenUnit();
  const viewport = useRef<HTMLDivElement>(null);
  const track = useRef<HTMLDivElement>(null);
  const [runs, setRuns] = useState<{ width: number } | null>(null);
  const signature = items.map((item) => item.key).join('|');

  useLayoutEffect(() => {
    const outer = viewport.current;
    const inner = track.current;
    if (!outer || !inner) return;
    const measure = () => {
      const width = inner.scrollWidth;
      setRuns((previous) => {
        const next = width > outer.clientWidth + 1 ? { width } : null;
        return previous?.width === next?.width ? previous : next;
      });
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(outer);
    return () => observer.disconnect();
  }, [signature, unit]);

  if (items.length === 0) return null;
  const line = (hidden: boolean) => (
    <div className="screen-ticker-track" ref={hidden ? undefined : track} aria-hidden={hidden || undefined}>
      {items.map((item) => (
        <span key={item.key} className="screen-ticker-item">
          <b>{item.office}</b>
          <span>{item.rule}</span>
          <span className="screen-ticker-figure">{item.figure}</span>
          <span className="screen-ticker-time">{t('screen.ticker.since', { time: formatTime(item.seenAt) })}</span>
        </span>
      ))}
    </div>
  );
  const style = runs ? ({ '--ticker-duration': `${Math.max(4, runs.width / (TICKER_SPEED * unit))}s` } as CSSProperties) : undefined;
  return (
    <section className="screen-ticker" aria-label={t('screen.ticker.title')} role="status">
      <span className="screen-card-badge new">{t('screen.ticker.badge', { count: items.length })}</span>
      <div className="screen-ticker-viewport" ref={viewport} data-marquee="">
        <div className={runs ? 'screen-ticker-run moving' : 'screen-ticker-run'} style={style}>
          {line(false)}
          {runs && line(true)}
        </div>
      </div>
    </section>
  );
}

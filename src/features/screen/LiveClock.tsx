import { useEffect, useMemo, useState } from 'react';
import { useI18n } from '../../ui';

/** ms until the next whole second, so the clock ticks with the second rather than drifting across it. */
export function msToNextSecond(now: number): number {
  return 1000 - (now % 1000);
}

/** The wall clock: one timeout at a time, re-armed from the clock at every second. */
export function LiveClock() {
  const { locale } = useI18n();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    let handle: ReturnType<typeof setTimeout>;
    const tick = () => {
      const time = Date.now();
      setNow(time);
      handle = setTimeout(tick, msToNextSecond(time) + 5);
    };
    handle = setTimeout(tick, msToNextSecond(Date.now()) + 5);
    return () => clearTimeout(handle);
  }, []);

  const formats = useMemo(
    () => ({
      time: new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' }),
      date: new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', day: 'numeric', weekday: 'long' }),
    }),
    [locale],
  );
  const date = new Date(now);
  return (
    <div className="screen-clock">
      <time className="screen-time" dateTime={date.toISOString()}>
        {formats.time.format(date)}
      </time>
      <span className="screen-date">{formats.date.format(date)}</span>
    </div>
  );
}

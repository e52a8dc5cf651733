import type { CSSProperties } from 'react';
import type { MonthKey, Period } from '../../domain';
import { periodLabel, useI18n } from '../../ui';
import { LiveClock } from './LiveClock';
import type { ScreenPageId } from './params';
import type { RotationState } from './rotation';

/** The title's size in design px: as large as 48, smaller for a long title so it keeps to its column. */
export function titleFontSize(title: string): number {
  const length = Math.max(1, Array.from(title).length);
  return Math.max(24, Math.min(48, Math.floor(760 / length)));
}

function sameDay(a: number, b: number): boolean {
  const x = new Date(a);
  const y = new Date(b);
  return x.getFullYear() === y.getFullYear() && x.getMonth() === y.getMonth() && x.getDate() === y.getDate();
}

export interface ScreenHeaderProps {
  title: string;
  period: Period | null;
  /** A period in progress: the last month counted (the label says 截至11月). */
  through?: MonthKey | null;
  partial: boolean;
  updatedAt: number;
  stale: boolean;
  pages: readonly ScreenPageId[];
  rotation: RotationState;
  /** ms per page; 0 when the pages do not rotate. */
  periodMs: number;
  newRedCards: number;
  /** A newer month left out because it is not fully reported yet. */
  pending?: MonthKey | null;
  /** A tab was clicked. */
  onSelectPage?: (index: number) => void;
}

export function ScreenHeader(props: ScreenHeaderProps) {
  const { title, period, through = null, partial, updatedAt, stale, pages, rotation, periodMs, newRedCards, pending = null, onSelectPage } = props;
  const i18n = useI18n();
  const { t, formatTime, formatDateTime, formatMonth } = i18n;
  const current = rotation.page % Math.max(1, pages.length);
  const time = updatedAt ? (sameDay(updatedAt, Date.now()) ? formatTime(updatedAt) : formatDateTime(updatedAt)) : null;
  const progress: CSSProperties | undefined =
    periodMs > 0 && pages.length > 1
      ? {
          animationDuration: `${periodMs}ms`,
          animationDelay: `${-Math.max(0, periodMs - rotation.remainingMs)}ms`,
          animationPlayState: rotation.paused ? 'paused' : 'running',
        }
      : undefined;

  return (
    <header className="screen-header">
      <div className="screen-meta">
        <div className="screen-period">
          {period ? periodLabel(period, t, i18n, through) : t('state.noValue')}
          {partial && <span className="screen-partial">{t('screen.partial')}</span>}
          {pending && <span className="screen-pending">{t('screen.pending', { month: formatMonth(pending) })}</span>}
        </div>
        {time && (
          <div className={stale ? 'screen-asof stale' : 'screen-asof'} role="status">
            {stale ? t('screen.asOfStale', { time }) : t('screen.asOf', { time })}
          </div>
        )}
      </div>
      <div className="screen-center">
        <h1 className="screen-title" style={{ fontSize: `calc(${titleFontSize(title)} * var(--u))` }}>
          {title}
        </h1>
        <div style={{ display: 'flex', alignItems: 'center', gap: 'calc(16 * var(--u))' }}>
          {pages.length > 1 && (
            <ol className="screen-tabs" aria-label={t('screen.pages')}>
              {pages.map((page, index) => (
                <li key={page} className="screen-tab" aria-current={index === current ? 'page' : undefined}>
                  <button type="button" onClick={() => onSelectPage?.(index)} title={t('screen.tabHint', { key: index < 9 ? String(index + 1) : '' })}>
                    {t(`screen.page.${page}`)}
                  </button>
                  {index === current && progress && <span key={`${rotation.pageStartedAt}`} className="screen-progress" style={progress} aria-hidden="true" />}
                </li>
              ))}
            </ol>
          )}
          {rotation.paused && (
            <span className="screen-paused" role="status" title={t('screen.pausedHint')}>
              {t('screen.paused')}
            </span>
          )}
          {newRedCards > 0 && <span className="screen-card-badge new">{t('screen.cards.newCount', { count: newRedCards })}</span>}
        </div>
      </div>
      <LiveClock />
    </header>
  );
}

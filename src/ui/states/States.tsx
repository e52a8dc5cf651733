import type { ReactNode } from 'react';
import { shouldRetry } from '../../data/retry';
import { useI18n } from '../i18n/I18nProvider';
import { useErrorText } from './useErrorText';

/** A shimmer with the words on it: a slow load says 正在加载数据…, not only a grey box. */
export function LoadingState({ label, height = 160 }: { label?: string; height?: number }) {
  const { t } = useI18n();
  return (
    <div role="status" aria-live="polite" className="skeleton" style={{ minHeight: height }}>
      <span className="skeleton-text">{label ?? t('state.loading')}</span>
    </div>
  );
}

/**
 * The technical side of a failure — the address asked and what came back (HTTP status, the
 * contract's complaint) — behind a disclosure, for whoever maintains the source.
 */
function ErrorDetails({ error }: { error: unknown }) {
  const { t } = useI18n();
  const text = useErrorText(error);
  return (
    <details className="error-details">
      <summary>{t('state.details')}</summary>
      <p>{text === null ? t('state.loading') : text}</p>
    </details>
  );
}

/** "数据源暂时无法连接，正在自动重试（第 3 次）"; without a count, that it is retrying. */
function retryingText(failures: number | undefined, t: ReturnType<typeof useI18n>['t'], formatCount: (value: number) => string): string {
  return failures !== undefined && failures > 0 ? t('state.retrying', { n: formatCount(failures) }) : t('state.retryingSoon');
}

export function EmptyState({ children }: { children?: ReactNode }) {
  const { t } = useI18n();
  return <p className="state">{children ?? t('state.empty')}</p>;
}

/**
 * Nothing to show yet because the source failed. A failure that may pass (network, timeout, 5xx)
 * says so in plain words while the screen retries by itself (数据源暂时无法连接，正在自动重试（第 3
 * 次）); one retrying cannot fix says who can. The address and status are in the details.
 */
export function ErrorState({ error, onRetry, failures, retrying }: { error: unknown; onRetry?: () => void; failures?: number; retrying?: boolean }) {
  const { t, formatCount } = useI18n();
  const passing = retrying ?? shouldRetry(0, error);
  return (
    <div role="alert" className={`state error${passing ? ' retrying' : ''}`}>
      <strong>{passing ? retryingText(failures, t, formatCount) : t('state.error')}</strong>
      <p>{t(passing ? 'state.retryingHint' : 'state.unusable')}</p>
      {onRetry && (
        <button type="button" onClick={onRetry}>
          {t(passing ? 'state.retryNow' : 'state.retry')}
        </button>
      )}
      <ErrorDetails error={error} />
    </div>
  );
}

/**
 * A failed refresh keeps the last good data on screen, says how old it is and, for a failure that
 * may pass, that the screen is retrying by itself; the address and status are in the details.
 */
export function StaleNotice({ error, updatedAt, failures, retrying }: { error: unknown; updatedAt: number; failures?: number; retrying?: boolean }) {
  const { t, formatDateTime, formatCount } = useI18n();
  if (!error) return null;
  const passing = retrying ?? shouldRetry(0, error);
  const time = formatDateTime(updatedAt);
  return (
    <div role="status" className="notice-stale">
      {passing ? t('state.staleRetrying', { time, retrying: retryingText(failures, t, formatCount) }) : t('state.stale', { time })}
      <ErrorDetails error={error} />
    </div>
  );
}

export function DataAsOf({ updatedAt }: { updatedAt: number }) {
  const { t, formatDateTime } = useI18n();
  if (!updatedAt) return null;
  return <span className="as-of">{t('state.asOf', { time: formatDateTime(updatedAt) })}</span>;
}

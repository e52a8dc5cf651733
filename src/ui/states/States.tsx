import type { ReactNode } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { describeError } from './describeError';

export function LoadingState({ label, height = 160 }: { label?: string; height?: number }) {
  const { t } = useI18n();
  return (
    <div role="status" aria-live="polite" className="skeleton" style={{ minHeight: height }}>
      <span className="visually-hidden">{label ?? t('state.loading')}</span>
    </div>
  );
}

export function EmptyState({ children }: { children?: ReactNode }) {
  const { t } = useI18n();
  return <p className="state">{children ?? t('state.empty')}</p>;
}

export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t, locale } = useI18n();
  return (
    <div role="alert" className="state error">
      <strong>{t('state.error')}</strong>
      <p>{describeError(error, { t, locale })}</p>
      {onRetry && (
        <button type="button" onClick={onRetry}>
          {t('state.retry')}
        </button>
      )}
    </div>
  );
}

/** A failed refresh keeps the last good data on screen and says how old it is. */
export function StaleNotice({ error, updatedAt }: { error: unknown; updatedAt: number }) {
  const { t, locale, formatDateTime } = useI18n();
  if (!error) return null;
  return (
    <div role="status" className="notice-stale">
      {t('state.stale', { time: formatDateTime(updatedAt) })} — {describeError(error, { t, locale })}
    </div>
  );
}

export function DataAsOf({ updatedAt }: { updatedAt: number }) {
  const { t, formatDateTime } = useI18n();
  if (!updatedAt) return null;
  return <span className="as-of">{t('state.asOf', { time: formatDateTime(updatedAt) })}</span>;
}

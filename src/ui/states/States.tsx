import type { ReactNode } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { useErrorText } from './useErrorText';

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
  const { t } = useI18n();
  const text = useErrorText(error);
  // The words of errors are fetched when one happens: a moment of loading rather than half a message.
  if (text === null) return <LoadingState />;
  return (
    <div role="alert" className="state error">
      <strong>{t('state.error')}</strong>
      <p>{text}</p>
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
  const { t, formatDateTime } = useI18n();
  const text = useErrorText(error);
  if (!error || text === null) return null;
  return (
    <div role="status" className="notice-stale">
      {t('state.stale', { time: formatDateTime(updatedAt) })} — {text}
    </div>
  );
}

export function DataAsOf({ updatedAt }: { updatedAt: number }) {
  const { t, formatDateTime } = useI18n();
  if (!updatedAt) return null;
  return <span className="as-of">{t('state.asOf', { time: formatDateTime(updatedAt) })}</span>;
}

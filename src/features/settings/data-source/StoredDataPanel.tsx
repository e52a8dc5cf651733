import { useState } from 'react';
import type { OwnDatasetSummary } from '../../../adapters/file';
import { useI18n } from '../../../ui';

/** What is kept in this browser: files, counts, months; and the way to remove it. */
export function StoredDataPanel({ summary, inUse, onUse, onRemove }: { summary: OwnDatasetSummary; inUse: boolean; onUse: () => void; onRemove: () => void }) {
  const { t, formatCount, formatDateTime, formatMonth } = useI18n();
  const [confirming, setConfirming] = useState(false);
  const records = summary.recordsQuality;
  return (
    <>
      <dl className="facts">
        <dt>{t('files.stored.files')}</dt>
        <dd>
          {summary.files.map((file) => file.name).join('、')} {inUse && t('files.stored.inUse')}
        </dd>
        <dt>{t('files.stored.loadedAt')}</dt>
        <dd>{formatDateTime(summary.loadedAt)}</dd>
        <dt>{t('files.stored.offices')}</dt>
        <dd>{formatCount(summary.officeCount)}</dd>
        <dt>{t('files.stored.records')}</dt>
        <dd>{t('files.stored.recordsValue', { accepted: formatCount(records.accepted), rejected: formatCount(records.rejected) })}</dd>
        <dt>{t('files.stored.months')}</dt>
        <dd>
          {summary.firstMonth && summary.lastMonth
            ? t('files.stored.monthsValue', { from: formatMonth(summary.firstMonth), to: formatMonth(summary.lastMonth) })
            : t('files.stored.noMonths')}
        </dd>
        <dt>{t('files.stored.scheme')}</dt>
        <dd>{summary.hasScheme ? t('files.stored.schemeOwn') : t('files.stored.schemeNone')}</dd>
      </dl>
      <div className="actions">
        {!inUse && (
          <button type="button" className="primary" onClick={onUse}>
            {t('files.current.useOwn')}
          </button>
        )}
        {confirming ? (
          <>
            <span role="alert">{t('files.stored.removeConfirm')}</span>
            <button
              type="button"
              className="danger"
              onClick={() => {
                setConfirming(false);
                onRemove();
              }}
            >
              {t('files.stored.remove')}
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              {t('files.load.cancel')}
            </button>
          </>
        ) : (
          <button type="button" className="danger" onClick={() => setConfirming(true)}>
            {t('files.stored.remove')}
          </button>
        )}
      </div>
    </>
  );
}

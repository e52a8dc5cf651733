import { useEffect, useState } from 'react';
import type { SourceChoice, SourceProblem } from '../data/sourceChoice';
import { useOptionalSourceSwitch, type SourceNotice } from '../data/sourceSwitch';
import { Link, loadDictionaryPart, useI18n } from '../ui';
import './sourceNotices.css';

/** The words of these notices live with the data-source page's; fetched only when one is shown. */
function useFilesWords(needed: boolean): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    if (!needed || ready) return;
    let live = true;
    loadDictionaryPart('files').then(
      () => live && setReady(true),
      () => live && setReady(true),
    );
    return () => {
      live = false;
    };
  }, [needed, ready]);
  return ready;
}

function useWhat(choice: SourceChoice): string {
  const { t, formatDateTime } = useI18n();
  if (choice.kind !== 'file' || !choice.files?.length) return '';
  return t('files.missing.what', { files: choice.files.join('、'), time: choice.loadedAt ? formatDateTime(choice.loadedAt) : '—' });
}

/**
 * In place of a screen while the chosen source cannot be shown (its imported data is gone or
 * unreadable): why, and the two ways on — import again, or the configured source, on purpose.
 */
export function SourceProblemPanel({ problem, compact = false }: { problem: SourceProblem; compact?: boolean }) {
  const { t } = useI18n();
  const source = useOptionalSourceSwitch();
  const ready = useFilesWords(true);
  const what = useWhat(problem.choice);
  if (!ready || !source) return null;
  const missing = problem.kind === 'own-data-missing';
  return (
    <div role="alert" className={`state error source-problem${compact ? ' compact' : ''}`}>
      <strong>{t(missing ? 'files.missing.title' : 'files.unreadable.title')}</strong>
      <p>
        {missing ? t('files.missing.body', { what }) : t('files.unreadable.body', { detail: problem.kind === 'own-data-unreadable' ? problem.detail : '' })}
      </p>
      <p className="actions">
        {!compact && (
          <Link to="/settings/source" className="button primary">
            {t('files.missing.reimport')}
          </Link>
        )}
        <button type="button" onClick={() => source.showConfigured()}>
          {t('files.missing.useConfigured', {
            source: `${t(`source.${source.configured.type}`)}${source.configured.description ? `：${source.configured.description}` : ''}`,
          })}
        </button>
        {!missing && (
          <button type="button" onClick={() => window.location.reload()}>
            {t('files.missing.reload')}
          </button>
        )}
      </p>
    </div>
  );
}

const NOTICE_KEYS = {
  'other-tab-own': 'files.tabs.own',
  'other-tab-configured': 'files.tabs.configured',
  'other-tab-missing': 'files.tabs.missing',
} as const;

/** A switch made in another tab, said on every screen of this one until dismissed (on the unattended big screen, for a minute). */
export function SourceChangeNotice({ unattended = false }: { unattended?: boolean }) {
  const source = useOptionalSourceSwitch();
  const notice: SourceNotice | null = source?.notice ?? null;
  const ready = useFilesWords(notice !== null);
  const { t } = useI18n();
  const dismiss = source?.dismissNotice;
  useEffect(() => {
    if (!notice || !unattended || !dismiss) return;
    const timer = setTimeout(dismiss, 60_000);
    return () => clearTimeout(timer);
  }, [notice, unattended, dismiss]);
  if (!notice || !ready || !source) return null;
  const what = notice.kind === 'other-tab-own' && notice.files.length > 0 ? t('files.tabs.files', { files: notice.files.join('、') }) : '';
  return (
    <div role="status" className={`source-change-notice${unattended ? ' unattended' : ''}`}>
      <span>{t(NOTICE_KEYS[notice.kind], { what })}</span>
      {!unattended && (
        <button type="button" onClick={source.dismissNotice}>
          {t('files.tabs.dismiss')}
        </button>
      )}
    </div>
  );
}

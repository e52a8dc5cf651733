import { useState } from 'react';
import type { StorageProblem } from '../../../data/browserStorage';
import { downloadBlob, useI18n } from '../../../ui';
import { copyText } from '../../../ui/clipboard';
import type { ParagraphState } from '../edits/merge';
import { retryUnsaved } from '../edits/store';
import { unsavedText } from '../edits/unsavedText';
import type { ParagraphId } from '../narrative';

/**
 * Stays on screen while any paragraph's text is held only in this tab because the browser refused
 * to store it: what is at risk, that the exports still carry it, and two ways to keep it now.
 */
export function UnsavedEditsNotice({
  storageKey,
  unsaved,
  paragraphs,
  names,
  fileName,
}: {
  storageKey: string;
  unsaved: Partial<Record<ParagraphId, StorageProblem>>;
  paragraphs: Partial<Record<ParagraphId, ParagraphState>>;
  names: (id: ParagraphId) => string;
  fileName: string;
}) {
  const { t, locale } = useI18n();
  const [copied, setCopied] = useState<boolean | null>(null);
  const ids = (Object.keys(unsaved) as ParagraphId[]).filter((id) => paragraphs[id]);
  if (ids.length === 0) return null;
  const problem = unsaved[ids[0]!]!;
  const held = ids.map((id) => ({ name: names(id), text: paragraphs[id]!.text }));

  return (
    <div role="alert" className="unsaved-notice no-print">
      <p>
        <strong>{t('bulletin.unsaved.title', { count: ids.length })}</strong>
        {locale === 'zh-CN' ? '' : ' '}
        {t(`storage.problem.${problem}`)}
      </p>
      <p>{t('bulletin.unsaved.keep')}</p>
      <p className="actions">
        <button type="button" onClick={() => void copyText(unsavedText(held, 'clipboard')).then(setCopied)}>
          {t('bulletin.unsaved.copy')}
        </button>
        <button
          type="button"
          onClick={() =>
            downloadBlob(
              new Blob([unsavedText(held, 'file')], { type: 'text/plain;charset=utf-8' }),
              `${t('bulletin.unsaved.fileName', { name: fileName })}.txt`,
            )
          }
        >
          {t('bulletin.unsaved.download')}
        </button>
        <button type="button" onClick={() => retryUnsaved(storageKey)}>
          {t('storage.retry')}
        </button>
      </p>
      {copied !== null && <p role="status">{t(copied ? 'storage.copied' : 'bulletin.unsaved.copyFailed')}</p>}
    </div>
  );
}

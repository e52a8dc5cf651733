import { useState, type RefObject } from 'react';
import { downloadBlob, useI18n } from '../../../ui';
import type { BulletinDocument, ChartId } from '../model/document';
import { dataUrlBytes } from '../charts/png';
import type { DocxImages } from '../export/docx';
import { bulletinPng, docxBlob, xlsxBlob } from '../export/lazy';
import type { ChartPng } from '../charts/png';

type Job = 'docx' | 'xlsx' | 'png';

/**
 * Word, Excel, print/PDF and PNG of the bulletin as it stands (edits included). Each export's
 * code is fetched on its click; what happens is said in a live region.
 */
export function ExportBar({
  document,
  chartImages,
  paper,
  editedCount,
  onResetAll,
}: {
  document: BulletinDocument;
  /** The charts as 2× PNGs: those already drawn, or drawn now. */
  chartImages: () => Partial<Record<ChartId, ChartPng>>;
  paper: RefObject<HTMLElement | null>;
  editedCount: number;
  onResetAll: () => void;
}) {
  const { t } = useI18n();
  const [busy, setBusy] = useState<Job | null>(null);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [confirming, setConfirming] = useState(false);

  /** `extension` of the file, or read from what was made (the images: one .png or a .zip of pages). */
  const run = async (job: Job, make: () => Promise<Blob>, extension: string | ((blob: Blob) => string)) => {
    setBusy(job);
    setMessage({ text: t('bulletin.export.working', { format: t(`bulletin.export.format.${job}`) }), error: false });
    try {
      const blob = await make();
      const file = `${document.fileName}.${typeof extension === 'string' ? extension : extension(blob)}`;
      downloadBlob(blob, file);
      setMessage({ text: t('bulletin.export.done', { file }), error: false });
    } catch (error) {
      setMessage({ text: t('bulletin.export.failed', { message: error instanceof Error ? error.message : String(error) }), error: true });
    } finally {
      setBusy(null);
    }
  };

  const word = () =>
    run(
      'docx',
      () => {
        const images: DocxImages = {};
        for (const [id, image] of Object.entries(chartImages()) as [ChartId, ChartPng][]) {
          images[id] = { data: dataUrlBytes(image.dataUrl), width: image.width, height: image.height };
        }
        return docxBlob(document, images);
      },
      'docx',
    );
  const excel = () => run('xlsx', () => xlsxBlob(document), 'xlsx');
  const png = () =>
    run(
      'png',
      () => {
        const element = paper.current;
        if (!element) return Promise.reject(new Error(t('bulletin.export.noPaper')));
        return bulletinPng(element);
      },
      (blob) => (blob.type === 'application/zip' ? 'zip' : 'png'),
    );

  return (
    <div className="toolbar bulletin-actions no-print" role="group" aria-label={t('bulletin.export.group')}>
      <button type="button" onClick={word} disabled={busy !== null}>
        {t('bulletin.export.docx')}
      </button>
      <button type="button" onClick={excel} disabled={busy !== null}>
        {t('bulletin.export.xlsx')}
      </button>
      <button type="button" onClick={() => window.print()} disabled={busy !== null}>
        {t('bulletin.export.print')}
      </button>
      <button type="button" onClick={png} disabled={busy !== null} title={t('bulletin.export.pngHint')}>
        {t('bulletin.export.png')}
      </button>
      {confirming ? (
        <span className="confirm">
          <span>{t('bulletin.edit.confirmResetAll', { count: editedCount })}</span>
          <button
            type="button"
            onClick={() => {
              onResetAll();
              setConfirming(false);
            }}
          >
            {t('bulletin.edit.confirm')}
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            {t('bulletin.edit.cancel')}
          </button>
        </span>
      ) : (
        <button type="button" onClick={() => setConfirming(true)} disabled={editedCount === 0}>
          {t('bulletin.edit.resetAll')}
        </button>
      )}
      <p role="status" aria-live="polite" className={`export-status${message?.error ? ' error' : ''}`}>
        {message?.text ?? ''}
      </p>
    </div>
  );
}

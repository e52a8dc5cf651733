import { useState } from 'react';
import { templateTables, templateXlsxBlob, toCsv } from '../../../adapters/file';
import { lastCompleteMonth } from '../../../domain';
import { downloadBlob, useI18n } from '../../../ui';
import { guideLines } from './guide';

/**
 * The template, generated from the indicator registry with example rows for the last complete
 * month, as one workbook or two CSV files; and the guide that says how to fill it in.
 */
export function TemplatePanel() {
  const { t } = useI18n();
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const guide = guideLines(t);

  const month = () => lastCompleteMonth(new Date());
  const downloadCsv = (index: 0 | 1) => {
    const table = templateTables(month())[index]!;
    downloadBlob(new Blob([toCsv(table)], { type: 'text/csv;charset=utf-8' }), `${table.name}.csv`);
  };
  const downloadXlsx = async () => {
    setBusy(true);
    setFailure(null);
    try {
      downloadBlob(await templateXlsxBlob(month(), guide), `${t('files.template.fileName')}.xlsx`);
    } catch (error) {
      setFailure(t('files.template.failed', { detail: error instanceof Error ? error.message : String(error) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="panel" aria-labelledby="own-data-template">
      <h3 id="own-data-template">{t('files.template.title')}</h3>
      <p className="actions">
        <button type="button" className="primary" onClick={() => void downloadXlsx()} disabled={busy}>
          {t('files.template.xlsx')}
        </button>
        <button type="button" onClick={() => downloadCsv(0)}>
          {t('files.template.csvOffices')}
        </button>
        <button type="button" onClick={() => downloadCsv(1)}>
          {t('files.template.csvRecords')}
        </button>
      </p>
      {failure && (
        <p role="alert" className="warning">
          {failure}
        </p>
      )}
      <ol className="guide">
        {guide.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ol>
    </section>
  );
}

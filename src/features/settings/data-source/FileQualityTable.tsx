import { useMemo } from 'react';
import { headerOfField, type OwnDatasetSummary } from '../../../adapters/file';
import { isMonthKey, type QualityIssue } from '../../../domain';
import { DataTable, useI18n, type Column } from '../../../ui';
import { qualityDetailText } from '../../../ui/quality/qualityText';

const MAX_ROWS = 500;

interface Row extends QualityIssue {
  table: 'offices' | 'records';
}

/**
 * Every row left out, with the file and sheet and the row number the spreadsheet shows, the
 * column by its template header, so staff can find the cell and fix it.
 */
export function FileQualityTable({ summary }: { summary: OwnDatasetSummary }) {
  const i18n = useI18n();
  const { t, locale, formatCount, formatMonth } = i18n;
  const rows = useMemo<Row[]>(
    () => [
      ...summary.officesQuality.issues.map((issue) => ({ ...issue, table: 'offices' as const })),
      ...summary.recordsQuality.issues.map((issue) => ({ ...issue, table: 'records' as const })),
    ],
    [summary],
  );
  const rejectedOffices = summary.officesQuality.rejected;
  const rejectedRecords = summary.recordsQuality.rejected;
  const total = rejectedOffices + rejectedRecords;
  const notes = rows.filter((issue) => issue.severity === 'note').length;
  const listed = rows.length;

  if (listed === 0 && total === 0) return <p>{t('files.quality.none')}</p>;

  const columns: Column<Row>[] = [
    { key: 'source', header: t('files.quality.col.source'), cell: (issue) => issue.source },
    { key: 'row', header: t('files.quality.col.row'), cell: (issue) => formatCount(issue.row), numeric: true },
    { key: 'office', header: t('files.quality.col.office'), cell: (issue) => issue.officeId ?? '' },
    { key: 'month', header: t('files.quality.col.month'), cell: (issue) => (isMonthKey(issue.month) ? formatMonth(issue.month) : (issue.month ?? '')) },
    {
      key: 'column',
      header: t('files.quality.col.column'),
      cell: (issue) => (issue.field ? (headerOfField(issue.table, issue.field, locale === 'en' ? 'en' : 'zh') ?? issue.field) : ''),
    },
    { key: 'reason', header: t('files.quality.col.reason'), cell: (issue) => t(`quality.${issue.reason}`) },
    { key: 'detail', header: t('files.quality.col.detail'), cell: (issue) => qualityDetailText(issue, i18n) },
  ];
  const shown = rows.slice(0, MAX_ROWS);
  // Stored summaries keep the first issues only; the totals are exact either way.
  const totalIssues = Math.max(listed, total + notes);
  return (
    <>
      <p>
        {total > 0 && t('files.quality.summary', { offices: formatCount(rejectedOffices), records: formatCount(rejectedRecords) })}{' '}
        {notes > 0 && t('files.quality.notes', { count: formatCount(notes) })}
      </p>
      {totalIssues > shown.length && <p>{t('files.quality.cut', { shown: formatCount(shown.length), count: formatCount(totalIssues) })}</p>}
      <DataTable
        caption={t('files.quality.title')}
        captionHidden
        columns={columns}
        rows={shown}
        rowKey={(issue, index) => `${issue.table}-${issue.row}-${index}`}
        maxHeight={420}
      />
    </>
  );
}

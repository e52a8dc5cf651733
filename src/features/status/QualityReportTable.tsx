import type { QualityIssue } from '../../domain';
import { DataTable, useI18n, type Column } from '../../ui';
import { fieldLabel, qualityDetailText } from '../../ui/quality/qualityText';

const MAX_ROWS = 500;

export interface LabelledIssue extends QualityIssue {
  part: 'offices' | 'records';
}

export function QualityReportTable({ issues, rejected }: { issues: readonly LabelledIssue[]; rejected: number }) {
  const i18n = useI18n();
  const { t, formatCount } = i18n;
  if (issues.length === 0) return <p>{t('status.qualityNone')}</p>;
  const shown = issues.slice(0, MAX_ROWS);
  const notes = issues.filter((issue) => issue.severity === 'note').length;
  const columns: Column<LabelledIssue>[] = [
    { key: 'part', header: t('status.col.part'), cell: (issue) => t(issue.part === 'offices' ? 'status.part.offices' : 'status.part.records') },
    { key: 'row', header: t('status.col.row'), cell: (issue) => formatCount(issue.row), numeric: true },
    { key: 'office', header: t('status.col.office'), cell: (issue) => issue.officeId ?? '' },
    { key: 'month', header: t('status.col.month'), cell: (issue) => issue.month ?? '' },
    { key: 'field', header: t('status.col.field'), cell: (issue) => (issue.field === undefined ? '' : <FieldName field={issue.field} />) },
    { key: 'reason', header: t('status.col.reason'), cell: (issue) => t(`quality.${issue.reason}`) },
    // Worded in the reader's language from the issue's params; the validator's English is the fallback.
    { key: 'detail', header: t('status.col.detail'), cell: (issue) => qualityDetailText(issue, i18n) },
  ];
  return (
    <>
      <p role="status">
        {rejected > 0 && t('status.qualitySummary', { count: formatCount(rejected) })} {notes > 0 && t('status.qualityNotes', { count: formatCount(notes) })}
      </p>
      {issues.length > MAX_ROWS && <p>{t('status.qualityTruncated', { shown: formatCount(MAX_ROWS), count: formatCount(issues.length) })}</p>}
      <DataTable
        caption={t('status.qualityTable')}
        captionHidden
        columns={columns}
        rows={shown}
        rowKey={(issue, index) => `${issue.part}-${issue.row}-${index}`}
      />
    </>
  );
}

/**
 * The field as staff know it (好评数). In Chinese the contract's name is not shown beside it (no
 * English on a Chinese screen): it is in the title, for whoever fixes the source. A field the
 * dictionary does not know (a typo in the source's column) is data, shown as it came.
 */
function FieldName({ field }: { field: string }) {
  const i18n = useI18n();
  const label = fieldLabel(field, i18n);
  if (label === field) return <>{field}</>;
  if (i18n.locale === 'zh-CN') return <span title={field}>{label}</span>;
  return (
    <>
      {label} <code>{field}</code>
    </>
  );
}

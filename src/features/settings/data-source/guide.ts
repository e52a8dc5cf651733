import { countHeaders, OFFICE_COLUMNS } from '../../../adapters/file';
import type { Translate } from '../../../ui';

/** The guide, in the reader's language: shown on the page and written into the template's 填写说明 sheet. */
export function guideLines(t: Translate): string[] {
  const officeColumns = OFFICE_COLUMNS.map((column) => column.header).join('、');
  return [
    t('files.guide.sheets'),
    t('files.guide.offices', { columns: officeColumns }),
    t('files.guide.records', { counts: countHeaders().join('、') }),
    t('files.guide.absent'),
    t('files.guide.headers'),
    t('files.guide.quality'),
    t('files.guide.privacy'),
  ];
}

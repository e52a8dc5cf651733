import { countHeaders, OFFICE_COLUMNS } from '../../../adapters/file';
import { COUNT_FIELDS, FIELD_NATURE, REVIEW_LEVELS, type CountField, type FieldNature } from '../../../domain';
import type { Translate } from '../../../ui';

/** The counts that came with contract v1.1: optional, so a sheet on last year's template still loads. */
const ADDED_IN_V11: readonly CountField[] = COUNT_FIELDS.slice(COUNT_FIELDS.indexOf('overdueOpen'));

const headersOfNature = (nature: FieldNature) => countHeaders(COUNT_FIELDS.filter((field) => FIELD_NATURE[field] === nature)).join('、');

/** The guide, in the reader's language: shown on the page and written into the template's 填写说明 sheet. */
export function guideLines(t: Translate): string[] {
  const officeColumns = OFFICE_COLUMNS.map((column) => column.header).join('、');
  return [
    t('files.guide.sheets'),
    t('files.guide.offices', { columns: officeColumns }),
    t('files.guide.records', { counts: countHeaders().join('、') }),
    t('files.guide.absent'),
    t('files.guide.nature', { closing: headersOfNature('closing'), opening: headersOfNature('opening') }),
    t('files.guide.definitions'),
    t('files.guide.levels', { levels: countHeaders(REVIEW_LEVELS).join('、') }),
    t('files.guide.optional', { fields: countHeaders(ADDED_IN_V11).join('、') }),
    t('files.guide.headers'),
    t('files.guide.quality'),
    t('files.guide.privacy'),
  ];
}

import type { BulletinFacts } from '../../../../engine';
import type { NarrativeContext } from '../../narrative/context';
import { text } from '../cells';
import type { BulletinTable } from '../table';
import { column } from './columns';

export function missingTable(ctx: NarrativeContext, facts: BulletinFacts): BulletinTable {
  const { t } = ctx;
  const byArea = facts.rankings.region.rows.length > 0;
  return {
    id: 'missing',
    caption: t('bulletin.table.missing'),
    sheetName: t('bulletin.sheet.missing'),
    columns: [
      // A prefecture's list says which county each office is in.
      ...(byArea ? [column('area', t('bulletin.col.area'), false)] : []),
      column('kind', t('bulletin.col.kind'), false),
      column('name', t('bulletin.col.office'), false),
      column('parent', t('bulletin.col.parent'), false),
    ],
    rows: facts.coverage.missing.map((office) => ({
      key: office.officeId,
      cells: [
        ...(byArea ? [text(ctx.naming.area(office.officeId)?.name ?? facts.scope.name)] : []),
        text(t(`kind.${office.kind}`)),
        text(office.name),
        text(office.parentId === facts.scope.officeId || office.parentName === null ? facts.scope.name : office.parentName),
      ],
    })),
    emptyText: t('bulletin.table.noneMissing'),
  };
}

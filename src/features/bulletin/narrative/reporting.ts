import type { BulletinFacts } from '../../../engine';
import type { BulletinMissingOffice } from '../../../engine/bulletin';
import type { OfficeKind } from '../../../domain';
import { joinNames, monthWord, sentence, type NarrativeContext } from './context';

/** Past this many offices of a kind, the sentence names a few and counts the rest (the annex lists them). */
const NAMED_MISSING = 10;

const KINDS: readonly Exclude<OfficeKind, 'region'>[] = ['department', 'township', 'village'];

/** 西村（河西乡）: a village or a township is named with the office above it unless that is the scope. */
export function missingName(ctx: NarrativeContext, office: BulletinMissingOffice, scopeId: string): string {
  if (office.parentId === null || office.parentId === scopeId || office.parentName === null) return office.name;
  return ctx.t('bulletin.n.reporting.withParent', { name: office.name, parent: office.parentName });
}

/** Who was due, who reported, and by name who did not. */
export function reportingParagraph(ctx: NarrativeContext, facts: BulletinFacts): string {
  const { t, f } = ctx;
  const { expected, reported, rate, missing } = facts.coverage;
  const month = monthWord(ctx, facts.month);
  if (expected === 0) return sentence(ctx, [[t('bulletin.n.reporting.nothingDue', { month })]]);
  if (missing.length === 0 && reported >= expected) return sentence(ctx, [[t('bulletin.n.reporting.all', { month, expected: f.formatCount(expected) })]]);
  const lists = KINDS.flatMap((kind) => {
    const offices = missing.filter((office) => office.kind === kind);
    if (offices.length === 0) return [];
    // A long list (a prefecture's silent villages) is counted here and named in the annex's table.
    const names =
      offices.length > NAMED_MISSING
        ? t('bulletin.n.reporting.many', {
            names: joinNames(
              ctx,
              offices.slice(0, 3).map((office) => missingName(ctx, office, facts.scope.officeId)),
            ),
            count: f.formatCount(offices.length),
          })
        : joinNames(
            ctx,
            offices.map((office) => missingName(ctx, office, facts.scope.officeId)),
          );
    return [t('bulletin.n.reporting.kindList', { kind: t(`kind.${kind}`), names })];
  });
  return sentence(ctx, [
    [t('bulletin.n.reporting.some', { month, expected: f.formatCount(expected), reported: f.formatCount(reported), rate: f.formatRate(rate) })],
    lists.length > 0 ? [t('bulletin.n.reporting.missing', { list: lists.join(ctx.locale === 'zh-CN' ? '；' : '; ') })] : [],
  ]);
}

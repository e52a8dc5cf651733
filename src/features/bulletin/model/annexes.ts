import { RANKED, type BulletinFacts, type RankedKind } from '../../../engine';
import type { NarrativeContext } from '../narrative/context';
import { kindWord } from '../narrative/kinds';
import type { Block, BulletinAnnex } from './documentTypes';
import type { BulletinTable } from './table';
import { cardsTable } from './tables/cards';
import { missingTable } from './tables/coverage';
import { allFigureIds, figuresTable, kindTotalsTable, MAIN_FIGURES, reviewLevelsTable } from './tables/figures';
import { dropEmptyColumn } from './tables/columns';
import { areaRankingTable, rankingTable, schemeTable } from './tables/rankings';

const table = (value: BulletinTable): Block => ({ type: 'table', table: value });

/** The kinds ranked at a scope: those with offices there (a prefecture has no townships of its own). */
function rankedKinds(facts: BulletinFacts): RankedKind[] {
  return RANKED.filter((kind) => facts.rankings[kind].rows.length > 0);
}

/**
 * 附件: the tables the body's text stands on, each annex on pages of its own (GB/T 9704 8.5):
 * the figures, one ranking per kind, every scored indicator, each region's own rankings (a
 * prefecture's counties, their departments and townships), the cards in detail, who did not report.
 * An annex with nothing to show is left out, and the numbering follows.
 */
export function buildAnnexes(ctx: NarrativeContext, facts: BulletinFacts, regions: readonly BulletinFacts[]): BulletinAnnex[] {
  const { t } = ctx;
  const kinds = rankedKinds(facts);
  const parts: { id: string; title: string; blocks: Block[] }[] = [
    {
      id: 'figures',
      title: t('bulletin.annex.figures'),
      blocks: [
        table(figuresTable(ctx, facts, 'figures', t('bulletin.table.mainFigures'), t('bulletin.sheet.keyFigures'), MAIN_FIGURES)),
        table(reviewLevelsTable(ctx, facts)),
        ...(kinds.length > 1 ? [table(kindTotalsTable(ctx, facts))] : []),
      ],
    },
    // Every kind's ranking under one annex: a county's departments and townships, a city's counties and departments.
    {
      id: 'rankings',
      title: t('bulletin.annex.rankings'),
      blocks: kinds.map((kind) => table(dropEmptyColumn(rankingTable(ctx, facts, kind), 'note'))),
    },
    { id: 'scheme', title: t('bulletin.annex.scheme'), blocks: kinds.map((kind) => table(schemeTable(ctx, facts, kind))) },
  ];

  const withTables = regions.filter((area) => rankedKinds(area).some((kind) => kind !== 'region'));
  if (withTables.length > 0) {
    const areaKinds = (area: BulletinFacts) => rankedKinds(area).filter((kind) => kind !== 'region');
    parts.push({
      id: 'areas',
      title: t('bulletin.annex.areas', {
        kind: kindWord(ctx, 'region'),
        kinds: [...new Set(withTables.flatMap(areaKinds))].map((kind) => t(`kind.${kind}`)).join(t('bulletin.annex.and')),
      }),
      // Each table's caption names its county: 松源县部门排名, 松源县乡镇（街道）排名.
      blocks: withTables.flatMap((area) => areaKinds(area).map((kind) => table(dropEmptyColumn(areaRankingTable(ctx, area, kind), 'note')))),
    });
  }
  if (facts.cards.red.length + facts.cards.yellow.length > 0)
    parts.push({ id: 'cards', title: t('bulletin.annex.cards'), blocks: [table(cardsTable(ctx, facts))] });
  if (facts.coverage.missing.length > 0) parts.push({ id: 'missing', title: t('bulletin.annex.missing'), blocks: [table(missingTable(ctx, facts))] });

  return parts
    .filter((part) => part.blocks.length > 0)
    .map((part, index) => ({ ...part, number: index + 1, label: t('bulletin.annex.label', { number: index + 1 }) }));
}

/** Tables the workbook carries beyond the document's: every indicator of the scope, for analysis. */
export function workbookOnlyTables(ctx: NarrativeContext, facts: BulletinFacts): BulletinTable[] {
  return [figuresTable(ctx, facts, 'all-figures', ctx.t('bulletin.table.figures'), ctx.t('bulletin.sheet.figures'), allFigureIds())];
}

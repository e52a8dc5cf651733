import type { BulletinFacts, BulletinRankRow, RankedKind } from '../../../../engine';
import { fieldList, rankChangeView } from '../../../../ui';
import type { NarrativeContext } from '../../narrative/context';
import { kindWord } from '../../narrative/kinds';
import { count, rank, rankChange, score, text, type Cell } from '../cells';
import { isIncomplete, missingFieldsOf, rankMoveOf } from '../fairness';
import type { BulletinTable, TableRow } from '../table';
import { column, label, valueCell } from './columns';

/** 未报送, 无评分数据, 数据不完整 (months missing), 数据不全 with the fields not reported. */
function rowNote(ctx: NarrativeContext, row: BulletinRankRow): string {
  if (row.standing === 'not-reported') return ctx.t('bulletin.note.notReported');
  const notes: string[] = [];
  if (row.rank === null) notes.push(ctx.t('bulletin.note.unscored'));
  if (row.partial) notes.push(ctx.t('bulletin.note.partial'));
  if (isIncomplete(row)) {
    const fields = missingFieldsOf(row);
    notes.push(fields.length > 0 ? ctx.t('bulletin.note.incompleteFields', { fields: fieldList(fields, ctx) }) : ctx.t('bulletin.note.incomplete'));
  }
  return notes.join(ctx.t('bulletin.note.separator'));
}

/** ↑3 / ↓1, or 新进, or 名次因他单位变动 (its place among the offices ranked both months is unchanged). */
function rankChangeCell(ctx: NarrativeContext, row: BulletinRankRow): Cell {
  const move = rankMoveOf(row);
  if (row.rank === null || move === null) return rankChange(row.rankChange);
  const view = rankChangeView(
    { rank: row.rank, previousRank: row.previousRank, rankChange: row.rankChange, rankMove: move },
    { t: ctx.t, formatCount: ctx.f.formatCount },
  );
  if (view.kind !== 'new' && view.kind !== 'others') return rankChange(row.rankChange);
  return rankChange(row.rankChange, { move: view.kind, label: view.text });
}

function rowMark(row: Pick<BulletinRankRow, 'cards' | 'partial'>): TableRow['mark'] {
  if (row.cards.red > 0) return 'red';
  if (row.cards.yellow > 0) return 'yellow';
  return row.partial ? 'partial' : undefined;
}

/** A region's cards are its offices' cards: how many of each level fell in it (its own row carries none). */
function areaCards(ctx: NarrativeContext, facts: BulletinFacts, regionId: string): { red: number; yellow: number } {
  const inArea = (officeId: string) => ctx.naming.area(officeId)?.officeId === regionId;
  return { red: facts.cards.red.filter((card) => inArea(card.officeId)).length, yellow: facts.cards.yellow.filter((card) => inArea(card.officeId)).length };
}

/** 排名表: what public bulletins print for each office of a kind, in ranking order. */
export function rankingTable(ctx: NarrativeContext, facts: BulletinFacts, kind: RankedKind): BulletinTable {
  const { t } = ctx;
  const kindName = t(`kind.${kind}`);
  return {
    id: `ranking-${kind}`,
    caption: t('bulletin.table.ranking', { kind: kindWord(ctx, kind) }),
    sheetName: t('bulletin.sheet.ranking', { kind: kindName }),
    columns: [
      column('rank', t('bulletin.col.rank')),
      column('name', t('bulletin.col.office'), false),
      column('score', t('bulletin.col.score')),
      column('rankChange', t('bulletin.col.rankChange')),
      column('accepted', label(ctx, 'accepted')),
      column('onTimeRate', label(ctx, 'onTimeRate')),
      column('overdue', label(ctx, 'overdue')),
      column('goodReviewRate', label(ctx, 'goodReviewRate')),
      column('badReviews', label(ctx, 'badReviews')),
      column('red', t('bulletin.col.red')),
      column('yellow', t('bulletin.col.yellow')),
      column('note', t('bulletin.col.note'), false),
    ],
    rows: facts.rankings[kind].rows.map((row) => {
      const cards = kind === 'region' ? areaCards(ctx, facts, row.officeId) : row.cards;
      const mark = rowMark({ ...row, cards });
      return {
        key: row.officeId,
        cells: [
          rank(row.rank),
          text(ctx.naming.name(row)),
          score(row.score),
          rankChangeCell(ctx, row),
          count(row.keyValues.accepted),
          valueCell(ctx, 'onTimeRate', row.keyValues.onTimeRate),
          count(row.keyValues.overdue),
          valueCell(ctx, 'goodReviewRate', row.keyValues.goodReviewRate),
          count(row.keyValues.badReviews),
          count(cards.red),
          count(cards.yellow),
          text(rowNote(ctx, row)),
        ],
        ...(mark ? { mark } : {}),
      };
    }),
    emptyText: t('bulletin.table.noOffices', { kind: kindWord(ctx, kind) }),
    wide: true,
  };
}

/** 考核指标明细: every indicator the scheme scores this kind on, office by office. */
export function schemeTable(ctx: NarrativeContext, facts: BulletinFacts, kind: RankedKind): BulletinTable {
  const { t } = ctx;
  const kindName = t(`kind.${kind}`);
  const ranking = facts.rankings[kind];
  return {
    id: `scheme-${kind}`,
    caption: t('bulletin.table.scheme', { kind: kindWord(ctx, kind) }),
    sheetName: t('bulletin.sheet.scheme', { kind: kindName }),
    columns: [
      column('rank', t('bulletin.col.rank')),
      column('name', t('bulletin.col.office'), false),
      column('score', t('bulletin.col.score')),
      ...ranking.columns.map((id) => column(id, label(ctx, id))),
    ],
    rows: ranking.rows.map((row) => ({
      key: row.officeId,
      cells: [rank(row.rank), text(ctx.naming.name(row)), score(row.score), ...ranking.columns.map((id) => valueCell(ctx, id, row.values[id]))],
    })),
    emptyText: t('bulletin.table.noOffices', { kind: kindWord(ctx, kind) }),
    wide: true,
  };
}

/**
 * One region's ranking of a kind as its county's annex prints it: fewer columns (it fits the
 * portrait page), names as the county knows them (the table is headed by the county), and in Excel
 * one sheet for every county's tables of the kind, the county in a column of its own.
 */
export function areaRankingTable(ctx: NarrativeContext, area: BulletinFacts, kind: RankedKind): BulletinTable {
  const { t } = ctx;
  const kindName = t(`kind.${kind}`);
  return {
    id: `area-${area.scope.officeId}-${kind}`,
    caption: t('bulletin.table.areaRanking', { region: area.scope.name, kind: kindName }),
    sheetName: t('bulletin.sheet.areaRanking', { kind: kindName }),
    group: { header: t('bulletin.col.area'), value: area.scope.name },
    columns: [
      column('rank', t('bulletin.col.rank')),
      column('name', t('bulletin.col.office'), false),
      column('score', t('bulletin.col.score')),
      column('rankChange', t('bulletin.col.rankChange')),
      column('accepted', label(ctx, 'accepted')),
      column('onTimeRate', label(ctx, 'onTimeRate')),
      column('goodReviewRate', label(ctx, 'goodReviewRate')),
      column('red', t('bulletin.col.red')),
      column('yellow', t('bulletin.col.yellow')),
      column('note', t('bulletin.col.note'), false),
    ],
    rows: area.rankings[kind].rows.map((row) => {
      const mark = rowMark(row);
      return {
        key: row.officeId,
        cells: [
          rank(row.rank),
          text(row.name),
          score(row.score),
          rankChangeCell(ctx, row),
          count(row.keyValues.accepted),
          valueCell(ctx, 'onTimeRate', row.keyValues.onTimeRate),
          valueCell(ctx, 'goodReviewRate', row.keyValues.goodReviewRate),
          count(row.cards.red),
          count(row.cards.yellow),
          text(rowNote(ctx, row)),
        ],
        ...(mark ? { mark } : {}),
      };
    }),
    emptyText: t('bulletin.table.noOffices', { kind: kindName }),
    // Set small: thirteen counties' tables must not take thirteen pages each.
    wide: true,
    dense: true,
  };
}

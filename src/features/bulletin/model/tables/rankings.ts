import { RANKED, type BulletinFacts, type BulletinRankRow, type RankedKind } from '../../../../engine';
import { fieldList, rankChangeView } from '../../../../ui';
import type { NarrativeContext } from '../../narrative/context';
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
  const view = rankChangeView({ rank: row.rank, previousRank: row.previousRank, rankChange: row.rankChange, rankMove: move }, { t: ctx.t, formatCount: ctx.f.formatCount });
  if (view.kind !== 'new' && view.kind !== 'others') return rankChange(row.rankChange);
  return rankChange(row.rankChange, { move: view.kind, label: view.text });
}

function rowMark(row: BulletinRankRow): TableRow['mark'] {
  if (row.cards.red > 0) return 'red';
  if (row.cards.yellow > 0) return 'yellow';
  return row.partial ? 'partial' : undefined;
}

/** 排名表: what public bulletins print for each office of a kind, in ranking order. */
export function rankingTable(ctx: NarrativeContext, facts: BulletinFacts, kind: RankedKind): BulletinTable {
  const { t } = ctx;
  const kindName = t(`kind.${kind}`);
  return {
    id: `ranking-${kind}`,
    caption: t('bulletin.table.ranking', { kind: kindName }),
    sheetName: t('bulletin.sheet.ranking', { kind: kindName }),
    columns: [
      column('rank', t('bulletin.col.rank')),
      column('name', t('bulletin.col.office'), false),
      column('score', t('bulletin.col.score')),
      column('rankChange', t('bulletin.col.rankChange')),
      column('accepted', label(ctx, 'accepted')),
      column('completionRate', label(ctx, 'completionRate')),
      column('onTimeRate', label(ctx, 'onTimeRate')),
      column('overdue', label(ctx, 'overdue')),
      column('badReviews', label(ctx, 'badReviews')),
      column('badReviewRate', label(ctx, 'badReviewRate')),
      column('red', t('bulletin.col.red')),
      column('yellow', t('bulletin.col.yellow')),
      column('note', t('bulletin.col.note'), false),
    ],
    rows: facts.rankings[kind].rows.map((row) => {
      const mark = rowMark(row);
      return {
        key: row.officeId,
        cells: [
          rank(row.rank),
          text(row.name),
          score(row.score),
          rankChangeCell(ctx, row),
          count(row.keyValues.accepted),
          valueCell(ctx, 'completionRate', row.keyValues.completionRate),
          valueCell(ctx, 'onTimeRate', row.keyValues.onTimeRate),
          count(row.keyValues.overdue),
          count(row.keyValues.badReviews),
          valueCell(ctx, 'badReviewRate', row.keyValues.badReviewRate),
          count(row.cards.red),
          count(row.cards.yellow),
          text(rowNote(ctx, row)),
        ],
        ...(mark ? { mark } : {}),
      };
    }),
    emptyText: t('bulletin.table.noOffices', { kind: kindName }),
    wide: true,
  };
}

/** 附表: every indicator the scheme scores this kind on, office by office. */
export function schemeTable(ctx: NarrativeContext, facts: BulletinFacts, kind: RankedKind): BulletinTable {
  const { t } = ctx;
  const kindName = t(`kind.${kind}`);
  const ranking = facts.rankings[kind];
  return {
    id: `scheme-${kind}`,
    caption: t('bulletin.table.scheme', { kind: kindName }),
    sheetName: t('bulletin.sheet.scheme', { kind: kindName }),
    columns: [
      column('rank', t('bulletin.col.rank')),
      column('name', t('bulletin.col.office'), false),
      column('score', t('bulletin.col.score')),
      ...ranking.columns.map((id) => column(id, label(ctx, id))),
    ],
    rows: ranking.rows.map((row) => ({
      key: row.officeId,
      cells: [rank(row.rank), text(row.name), score(row.score), ...ranking.columns.map((id) => valueCell(ctx, id, row.values[id]))],
    })),
    emptyText: t('bulletin.table.noOffices', { kind: kindName }),
    wide: true,
  };
}

/** 先进与后进: ranks 1–3 and the bottom three of each kind, ties included. */
export function bestWorstTable(ctx: NarrativeContext, facts: BulletinFacts): BulletinTable {
  const { t } = ctx;
  const rows: TableRow[] = [];
  for (const kind of RANKED) {
    for (const [group, list] of [
      ['best', facts.best[kind]],
      ['worst', facts.worst[kind]],
    ] as const) {
      for (const row of list) {
        rows.push({
          key: `${kind}-${group}-${row.officeId}`,
          cells: [
            text(t(`kind.${kind}`)),
            text(t(group === 'best' ? 'bulletin.group.best' : 'bulletin.group.worst')),
            rank(row.rank),
            text(row.name),
            score(row.score),
            rankChangeCell(ctx, row),
            text(rowNote(ctx, row)),
          ],
          ...(row.partial ? { mark: 'partial' as const } : {}),
        });
      }
    }
  }
  return {
    id: 'best-worst',
    caption: t('bulletin.table.bestWorst'),
    sheetName: t('bulletin.sheet.bestWorst'),
    columns: [
      column('kind', t('bulletin.col.kind'), false),
      column('group', t('bulletin.col.group'), false),
      column('rank', t('bulletin.col.rank')),
      column('name', t('bulletin.col.office'), false),
      column('score', t('bulletin.col.score')),
      column('rankChange', t('bulletin.col.rankChange')),
      column('note', t('bulletin.col.note'), false),
    ],
    rows,
    emptyText: t('bulletin.table.empty'),
  };
}


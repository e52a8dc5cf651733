import { INDICATORS, indicatorById, isRate, type IndicatorId } from '../../../domain';
import { RANKED, type BulletinCard, type BulletinFacts, type BulletinRankRow, type RankedKind } from '../../../engine';
import { indicatorName } from '../../../ui';
import type { NarrativeContext } from '../narrative/context';
import { count, pointChange, rank, rankChange, rate, relativeChange, score, text, type Cell } from './cells';
import type { BulletinTable, TableColumn, TableRow } from './table';

function label(ctx: NarrativeContext, id: IndicatorId): string {
  return indicatorName(id, ctx.locale);
}

function column(key: string, header: string, numeric = true): TableColumn {
  return { key, header, numeric };
}

/** A value as the cell its indicator calls for: a rate or a count. */
function valueCell(id: IndicatorId, value: number | null | undefined): Cell {
  return isRate(indicatorById(id)) ? rate(value) : count(value);
}

/** Rates change in percentage points, counts in per cent of the previous value. */
function changeCell(id: IndicatorId, delta: { absolute: number | null; relative: number | null }): Cell {
  return isRate(indicatorById(id)) ? pointChange(delta.absolute) : relativeChange(delta.relative);
}

/** The key figures the overview prints; the annex prints all of them. */
export const KEY_FIGURES: readonly IndicatorId[] = [
  'accepted',
  'completed',
  'completionRate',
  'onTimeRate',
  'overdue',
  'onlineRate',
  'fullyOnlineRate',
  'reviews',
  'goodReviewRate',
  'badReviews',
  'rectificationRate',
  'hotlineTickets',
  'hotlineOnTimeRate',
  'hotlineSatisfactionRate',
  'disclosures',
];

export function figuresTable(ctx: NarrativeContext, facts: BulletinFacts, id: string, caption: string, sheetName: string, ids: readonly IndicatorId[]): BulletinTable {
  const { t } = ctx;
  return {
    id,
    caption,
    sheetName,
    columns: [
      column('indicator', t('bulletin.col.indicator'), false),
      column('value', t('bulletin.col.thisMonth')),
      column('previous', t('bulletin.col.previousMonth')),
      column('mom', t('bulletin.col.mom')),
      column('yearAgo', t('bulletin.col.yearAgo')),
      column('yoy', t('bulletin.col.yoy')),
    ],
    rows: ids.map((indicatorId) => {
      const deltas = facts.totals.deltas[indicatorId]!;
      return {
        key: indicatorId,
        cells: [
          text(label(ctx, indicatorId)),
          valueCell(indicatorId, facts.totals.values[indicatorId]),
          valueCell(indicatorId, deltas.mom.previous),
          changeCell(indicatorId, deltas.mom),
          valueCell(indicatorId, deltas.yoy.previous),
          changeCell(indicatorId, deltas.yoy),
        ],
      };
    }),
    emptyText: t('bulletin.table.empty'),
  };
}

function rowNote(ctx: NarrativeContext, row: BulletinRankRow): string {
  if (row.standing === 'not-reported') return ctx.t('bulletin.note.notReported');
  if (row.rank === null) return ctx.t('bulletin.note.unscored');
  if (row.partial) return ctx.t('bulletin.note.partial');
  return '';
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
          rankChange(row.rankChange),
          count(row.keyValues.accepted),
          rate(row.keyValues.completionRate),
          rate(row.keyValues.onTimeRate),
          count(row.keyValues.overdue),
          count(row.keyValues.badReviews),
          rate(row.keyValues.badReviewRate),
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
      cells: [rank(row.rank), text(row.name), score(row.score), ...ranking.columns.map((id) => valueCell(id, row.values[id]))],
    })),
    emptyText: t('bulletin.table.noOffices', { kind: kindName }),
    wide: true,
  };
}

export function reviewLevelsTable(ctx: NarrativeContext, facts: BulletinFacts): BulletinTable {
  const { t } = ctx;
  const r = facts.reviews;
  const rows: TableRow[] = [
    { key: 'good', cells: [text(t('bulletin.review.good')), count(r.good), rate(r.shares.good)] },
    { key: 'neutral', cells: [text(t('bulletin.review.neutral')), count(r.neutral), rate(r.shares.neutral)] },
    { key: 'bad', cells: [text(t('bulletin.review.bad')), count(r.bad), rate(r.shares.bad)] },
    { key: 'total', cells: [text(t('bulletin.review.total')), count(r.reviews), rate(null)] },
    { key: 'rectified', cells: [text(t('bulletin.review.rectified')), count(r.rectified), rate(facts.totals.values.rectificationRate)] },
    { key: 'unrectified', cells: [text(t('bulletin.review.unrectified')), count(r.unrectified), rate(null)] },
  ];
  return {
    id: 'review-levels',
    caption: t('bulletin.table.reviewLevels'),
    sheetName: t('bulletin.sheet.reviews'),
    columns: [column('level', t('bulletin.col.reviewLevel'), false), column('count', t('bulletin.col.count')), column('share', t('bulletin.col.share'))],
    rows,
    emptyText: t('bulletin.table.empty'),
  };
}

function cardValueCell(card: BulletinCard, value: number): Cell {
  return valueCell(card.subject, value);
}

/** 红黄牌: red first; each card with its office, rule, number, threshold and since when. */
export function cardsTable(ctx: NarrativeContext, facts: BulletinFacts): BulletinTable {
  const { t, f } = ctx;
  const cards = [...facts.cards.red, ...facts.cards.yellow];
  return {
    id: 'cards',
    caption: t('bulletin.table.cards'),
    sheetName: t('bulletin.sheet.cards'),
    columns: [
      column('level', t('bulletin.col.card'), false),
      column('name', t('bulletin.col.office'), false),
      column('kind', t('bulletin.col.kind'), false),
      column('indicator', t('bulletin.col.indicator'), false),
      column('actual', t('bulletin.col.actual')),
      column('threshold', t('bulletin.col.threshold')),
      column('rule', t('bulletin.col.rule'), false),
      column('since', t('bulletin.col.since'), false),
      column('months', t('bulletin.col.months')),
    ],
    rows: cards.map((card) => ({
      key: `${card.level}-${card.ruleId}-${card.officeId}`,
      cells: [
        text(t(card.level === 'red' ? 'bulletin.card.red' : 'bulletin.card.yellow')),
        text(card.name),
        text(t(`kind.${card.kind}`)),
        text(label(ctx, card.subject)),
        cardValueCell(card, card.actual),
        cardValueCell(card, card.threshold),
        text(card.message),
        text(f.formatMonth(card.since)),
        count(card.consecutiveMonths),
      ],
      mark: card.level,
    })),
    emptyText: t('bulletin.table.noCards'),
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
            rankChange(row.rankChange),
            text(row.partial ? t('bulletin.note.partial') : ''),
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

export function missingTable(ctx: NarrativeContext, facts: BulletinFacts): BulletinTable {
  const { t } = ctx;
  return {
    id: 'missing',
    caption: t('bulletin.table.missing'),
    sheetName: t('bulletin.sheet.missing'),
    columns: [column('kind', t('bulletin.col.kind'), false), column('name', t('bulletin.col.office'), false), column('parent', t('bulletin.col.parent'), false)],
    rows: facts.coverage.missing.map((office) => ({
      key: office.officeId,
      cells: [
        text(t(`kind.${office.kind}`)),
        text(office.name),
        text(office.parentId === facts.scope.officeId || office.parentName === null ? facts.scope.name : office.parentName),
      ],
    })),
    emptyText: t('bulletin.table.noneMissing'),
  };
}

/** Every office of a kind taken together: what the departments and the townships each handled. */
export function kindTotalsTable(ctx: NarrativeContext, facts: BulletinFacts): BulletinTable {
  const { t } = ctx;
  const ids: IndicatorId[] = ['accepted', 'completed', 'completionRate', 'onTimeRate', 'overdue', 'onlineRate', 'goodReviewRate', 'badReviews', 'hotlineTickets', 'hotlineSatisfactionRate'];
  return {
    id: 'kind-totals',
    caption: t('bulletin.table.kindTotals'),
    sheetName: t('bulletin.sheet.kindTotals'),
    columns: [
      column('kind', t('bulletin.col.kind'), false),
      column('offices', t('bulletin.col.offices')),
      column('reported', t('bulletin.col.reported')),
      column('expected', t('bulletin.col.expected')),
      ...ids.map((id) => column(id, label(ctx, id))),
    ],
    rows: RANKED.map((kind) => {
      const totals = facts.kindTotals[kind];
      return {
        key: kind,
        cells: [
          text(t(`kind.${kind}`)),
          count(totals.offices),
          count(totals.reporting.reported),
          count(totals.reporting.expected),
          ...ids.map((id) => valueCell(id, totals.values[id])),
        ],
      };
    }),
    emptyText: t('bulletin.table.empty'),
    wide: true,
  };
}

export function allFigureIds(): IndicatorId[] {
  return INDICATORS.map((indicator) => indicator.id);
}

export function hotlineFigureIds(): IndicatorId[] {
  return INDICATORS.filter((indicator) => indicator.category === 'hotline').map((indicator) => indicator.id);
}

export function reviewFigureIds(): IndicatorId[] {
  return INDICATORS.filter((indicator) => indicator.category === 'reviews').map((indicator) => indicator.id);
}


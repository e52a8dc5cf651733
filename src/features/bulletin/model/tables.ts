import { INDICATORS, isRate, type IndicatorId } from '../../../domain';
import { RANKED, type BulletinCard, type BulletinFacts, type BulletinRankRow, type Delta, type RankedKind } from '../../../engine';
import { cardRuleName, countChange, displayedPointChange, fieldList, indicatorName, NO_VALUE, overHundredReason, rankChangeView } from '../../../ui';
import { conditionText } from '../../../ui/format/cardRuleText';
import { indicatorIn, type NarrativeContext } from '../narrative/context';
import { count, countChangeCell, pointChange, rank, rankChange, rate, relativeChange, score, text, type Cell } from './cells';
import { isIncomplete, missingFieldsOf, rankMoveOf } from './fairness';
import type { BulletinTable, TableColumn, TableRow } from './table';

function label(ctx: NarrativeContext, id: IndicatorId): string {
  return indicatorName(indicatorIn(ctx, id), ctx.locale);
}

function column(key: string, header: string, numeric = true): TableColumn {
  return { key, header, numeric };
}

/** A value as the cell its indicator calls for: a rate (above 100% with its reason beside it) or a count. */
function valueCell(ctx: NarrativeContext, id: IndicatorId, value: number | null | undefined): Cell {
  const indicator = indicatorIn(ctx, id);
  if (!isRate(indicator)) return count(value);
  return rate(value, overHundredReason(indicator, value, ctx)?.short);
}

/**
 * The change as every screen states it: a rate's in percentage points between the two rates as
 * printed in the row (so 本月 − 上月 = 环比 to the last digit), a count's in per cent, or in units
 * where the base is under 10; no 环比 for a cumulative figure (累计数不作环比).
 */
function changeCell(ctx: NarrativeContext, id: IndicatorId, current: number | null | undefined, delta: Delta): Cell {
  if (delta.gap === 'cumulative') return text(ctx.t('figure.withReason', { value: NO_VALUE, reason: ctx.t('figure.change.cumulative') }));
  const indicator = indicatorIn(ctx, id);
  if (isRate(indicator)) return pointChange(displayedPointChange(current, delta.previous));
  const change = countChange(current, delta.previous);
  if (change === null) return relativeChange(null);
  return change.measure === 'absolute' ? countChangeCell(change.value, indicator.unit) : relativeChange(change.value);
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
      const value = facts.totals.values[indicatorId];
      return {
        key: indicatorId,
        cells: [
          text(label(ctx, indicatorId)),
          valueCell(ctx, indicatorId, value),
          deltas.mom.gap === 'cumulative' ? text(NO_VALUE) : valueCell(ctx, indicatorId, deltas.mom.previous),
          changeCell(ctx, indicatorId, value, deltas.mom),
          valueCell(ctx, indicatorId, deltas.yoy.previous),
          changeCell(ctx, indicatorId, value, deltas.yoy),
        ],
      };
    }),
    emptyText: t('bulletin.table.empty'),
  };
}

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

export function reviewLevelsTable(ctx: NarrativeContext, facts: BulletinFacts): BulletinTable {
  const { t } = ctx;
  const r = facts.reviews;
  const rows: TableRow[] = [
    { key: 'good', cells: [text(t('bulletin.review.good')), count(r.good), rate(r.shares.good)] },
    { key: 'neutral', cells: [text(t('bulletin.review.neutral')), count(r.neutral), rate(r.shares.neutral)] },
    { key: 'bad', cells: [text(t('bulletin.review.bad')), count(r.bad), rate(r.shares.bad)] },
    { key: 'total', cells: [text(t('bulletin.review.total')), count(r.reviews), rate(null)] },
    { key: 'rectified', cells: [text(t('bulletin.review.rectified')), count(r.rectified), valueCell(ctx, 'rectificationRate', facts.totals.values.rectificationRate)] },
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

function cardValueCell(ctx: NarrativeContext, card: BulletinCard, value: number): Cell {
  return valueCell(ctx, card.subject, value);
}

/** The rule by its Chinese name (a rule of the built-in scheme) with its message, or its message alone: never its id. */
function ruleText(ctx: NarrativeContext, card: BulletinCard): string {
  const words = { t: ctx.t, locale: ctx.locale, formatIndicator: ctx.f.formatIndicator };
  const name = cardRuleName(card, words, (rule) => conditionText(rule, ctx.f));
  const message = card.message.trim();
  return message === '' || message === name ? name : `${name}${ctx.t('figure.reason', { reason: message })}`;
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
        cardValueCell(ctx, card, card.actual),
        cardValueCell(ctx, card, card.threshold),
        text(ruleText(ctx, card)),
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
          ...ids.map((id) => valueCell(ctx, id, totals.values[id])),
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


import { INDICATORS, type IndicatorId } from '../../../../domain';
import { RANKED, type BulletinFacts } from '../../../../engine';
import { NO_VALUE } from '../../../../ui';
import type { NarrativeContext } from '../../narrative/context';
import { count, rate, text } from '../cells';
import type { BulletinTable, TableRow } from '../table';
import { changeCell, column, label, valueCell } from './columns';

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


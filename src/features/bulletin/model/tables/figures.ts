import { INDICATORS, type IndicatorId } from '../../../../domain';
import { RANKED, type BulletinFacts } from '../../../../engine';
import { NO_VALUE } from '../../../../ui';
import { monthWord, type NarrativeContext } from '../../narrative/context';
import { kindWord } from '../../narrative/kinds';
import { count, rate, text } from '../cells';
import type { BulletinTable, TableRow } from '../table';
import { changeCell, column, label, valueCell } from './columns';

/**
 * What the 公文's figures annex prints: the figures the text states, in its order (handling, online,
 * reviews, hotline, disclosure). The workbook carries every indicator besides (allFigureIds).
 */
export const MAIN_FIGURES: readonly IndicatorId[] = [
  'accepted',
  'completed',
  'completionRate',
  'onTimeRate',
  'overdue',
  'overdueOpen',
  'nearDeadline',
  'onlineAccepted',
  'onlineRate',
  'fullyOnlineRate',
  'reviews',
  'activeReviewRate',
  'goodReviewRate',
  'badReviews',
  'rectificationRate',
  'hotlineTickets',
  'hotlineResponseRate',
  'hotlineOnTimeRate',
  'hotlineResolutionRate',
  'hotlineSatisfactionRate',
  'disclosures',
  'disclosureAdoptionRate',
];

export function figuresTable(
  ctx: NarrativeContext,
  facts: BulletinFacts,
  id: string,
  caption: string,
  sheetName: string,
  ids: readonly IndicatorId[],
): BulletinTable {
  const { t } = ctx;
  return {
    id,
    caption,
    sheetName,
    columns: [
      column('indicator', t('bulletin.col.indicator'), false),
      // The months by name, as the text says them: 10月, 9月, 2025年10月.
      column('value', monthWord(ctx, facts.month)),
      column('previous', monthWord(ctx, facts.previousMonth)),
      column('mom', t('bulletin.col.mom')),
      column('yearAgo', ctx.f.formatMonth(facts.yearAgoMonth)),
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
    // Thirty-odd indicators: set small so the figures annex takes one page.
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
    {
      key: 'rectified',
      cells: [text(t('bulletin.review.rectified')), count(r.rectified), valueCell(ctx, 'rectificationRate', facts.totals.values.rectificationRate)],
    },
    { key: 'unrectified', cells: [text(t('bulletin.review.unrectified')), count(r.unrectified), rate(null)] },
  ];
  return {
    id: 'review-levels',
    caption: t('bulletin.table.reviewLevels'),
    sheetName: t('bulletin.sheet.reviews'),
    columns: [column('level', t('bulletin.col.reviewLevel'), false), column('count', t('bulletin.col.count')), column('share', t('bulletin.col.share'))],
    rows,
    emptyText: t('bulletin.table.empty'),
    wide: true,
  };
}

/** Every office of a kind taken together: what the departments and the townships each handled. */
export function kindTotalsTable(ctx: NarrativeContext, facts: BulletinFacts): BulletinTable {
  const { t } = ctx;
  const ids: IndicatorId[] = ['accepted', 'completed', 'onTimeRate', 'overdue', 'onlineRate', 'goodReviewRate', 'hotlineTickets'];
  return {
    id: 'kind-totals',
    caption: t('bulletin.table.kindTotals'),
    sheetName: t('bulletin.sheet.kindTotals'),
    columns: [column('kind', t('bulletin.col.kind'), false), column('offices', t('bulletin.col.offices')), ...ids.map((id) => column(id, label(ctx, id)))],
    rows: RANKED.filter((kind) => facts.kindTotals[kind].offices > 0).map((kind) => {
      const totals = facts.kindTotals[kind];
      return {
        key: kind,
        cells: [text(kindWord(ctx, kind)), count(totals.offices), ...ids.map((id) => valueCell(ctx, id, totals.values[id]))],
      };
    }),
    emptyText: t('bulletin.table.empty'),
    wide: true,
  };
}

export function allFigureIds(): IndicatorId[] {
  return INDICATORS.map((indicator) => indicator.id);
}

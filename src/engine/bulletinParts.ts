import { INDICATOR_CATEGORIES, type Counts, type IndicatorId, type Period, type Scheme } from '../domain';
import { bulletinCard, plainDelta } from './bulletinRows';
import type { BulletinFacts, BulletinMissingOffice, BulletinOffice } from './bulletinTypes';
import { sumsWhereAllReported } from './coverage';
import type { IndicatorDeltas } from './deltas';
import type { EngineData } from './engineData';
import type { OfficeEvaluation, PeriodEvaluation, RankedKind } from './evaluationTypes';
import { schemeLayout } from './layout/schemeLayout';
import { rangesInto, spanOf, subtreeScratch } from './rollup';
import { officeById, officeIndexOf, scopeIndexOf } from './tree';
import { rolledCounts, rolledValues } from './values';

/**
 * Offices whose own record is missing although it was due (a township centre silent while its
 * villages reported included), with their parent's name. Read from the engine's raw arrays
 * (missingOwnRecords): building every office of a province to find them cost 150 ms.
 */
export function missingOffices(data: EngineData, evaluation: PeriodEvaluation): BulletinMissingOffice[] {
  return evaluation.missingOwnRecords().map((office) => ({
    ...office,
    parentName: office.parentId === null ? null : (officeById(data, office.parentId)?.name ?? office.parentId),
  }));
}

/** Offices of each kind that sent nothing in the period. */
export function notReportedOffices(evaluation: PeriodEvaluation, missing: readonly BulletinMissingOffice[]): BulletinFacts['coverage']['notReported'] {
  const notReported: BulletinFacts['coverage']['notReported'] = { department: [], township: [], village: [] };
  for (const kind of ['department', 'township'] as const) {
    for (const entry of evaluation.officesOfKind(kind)) {
      if (entry.status === 'not-reported') notReported[kind].push({ officeId: entry.officeId, name: entry.name, kind });
    }
  }
  // A village has no subtree, so "not reported" is "its own record is missing"; reading it off
  // `missing` spares building an object for each of a province's 17,000 villages.
  for (const office of missing) {
    if (office.kind === 'village') notReported.village.push({ officeId: office.officeId, name: office.name, kind: 'village' });
  }
  return notReported;
}

/** The scope's 环比 and 同比 of every indicator, as plain data. */
export function scopeDeltas(scheme: Scheme, scope: OfficeEvaluation): Record<IndicatorId, IndicatorDeltas> {
  const deltas: Record<IndicatorId, IndicatorDeltas> = {};
  for (const indicator of scheme.definitions) {
    const source = scope.deltas[indicator.id]!;
    deltas[indicator.id] = { mom: plainDelta(source.mom), yoy: plainDelta(source.yoy) };
  }
  return deltas;
}

/** The scope's figures grouped by category (办件/网办/好差评/热线/公开). */
export function figuresByCategory(scheme: Scheme, scope: OfficeEvaluation, deltas: Record<IndicatorId, IndicatorDeltas>): BulletinFacts['figures'] {
  return Object.fromEntries(
    INDICATOR_CATEGORIES.map((category) => [
      category,
      scheme.definitions
        .filter((indicator) => indicator.category === category)
        .map((indicator) => ({
          indicatorId: indicator.id,
          value: scope.values[indicator.id] ?? null,
          mom: deltas[indicator.id]!.mom,
          yoy: deltas[indicator.id]!.yoy,
        })),
    ]),
  ) as BulletinFacts['figures'];
}

/**
 * 好差评 split. The counts are each field's own total, but a share or a difference takes its parts
 * from the office-months that reported all of them (a record with reviews but no good/bad split
 * must not turn into unclassified reviews). The good and bad shares are the scope's 好评率 and 差评率.
 */
export function reviewBreakdown(data: EngineData, scheme: Scheme, evaluation: PeriodEvaluation, period: Period): BulletinFacts['reviews'] {
  const scope = evaluation.scope;
  const counts: Counts = scope.counts;
  const parts = sumsWhereAllReported(schemeLayout(data, scheme), scopeIndexOf(data, evaluation.scopeId), spanOf(data, period), [
    'reviews',
    'goodReviews',
    'badReviews',
  ]);
  const neutral = parts ? parts[0]! - parts[1]! - parts[2]! : null;
  return {
    reviews: counts.reviews ?? null,
    good: counts.goodReviews ?? null,
    neutral,
    bad: counts.badReviews ?? null,
    rectified: counts.badReviewsRectified ?? null,
    unrectified: scope.values.badReviewsUnrectified ?? null,
    shares: {
      good: scope.values.goodReviewRate ?? null,
      neutral: parts && neutral !== null && parts[0]! > 0 ? neutral / parts[0]! : null,
      bad: scope.values.badReviewRate ?? null,
    },
  };
}

/** Cards by level, each with its office named. */
export function cardsByLevel(evaluation: PeriodEvaluation, office: (id: string) => BulletinOffice): BulletinFacts['cards'] {
  return {
    red: evaluation.cards.filter((card) => card.level === 'red').map((card) => bulletinCard(card, office(card.officeId))),
    yellow: evaluation.cards.filter((card) => card.level === 'yellow').map((card) => bulletinCard(card, office(card.officeId))),
  };
}

/**
 * All offices a kind's ranking holds at the scope, taken as one: its child regions, its own
 * departments, the townships directly under it — the same offices the ranking table lists, so a
 * sentence like "各市直部门合计受理…件" adds up the rows above it. (kindRollup takes every office of
 * the kind inside the scope, the counties' departments and the scope itself included.)
 */
export function rankedKindRollup(
  data: EngineData,
  scheme: Scheme,
  evaluation: PeriodEvaluation,
  kind: RankedKind,
  period: Period,
): BulletinFacts['kindTotals'][RankedKind] {
  const ranges = evaluation.rankings[kind].map((office) => {
    const index = officeIndexOf(data, office.officeId);
    return [index, data.subtreeEnd[index]!] as const;
  });
  const layout = schemeLayout(data, scheme);
  const roll = rangesInto(layout, ranges, spanOf(data, period), subtreeScratch(layout));
  return {
    offices: ranges.length,
    counts: rolledCounts(roll, 0),
    values: rolledValues(roll, 0),
    reporting: { reported: roll.reported[0]!, expected: roll.expected[0]! },
  };
}

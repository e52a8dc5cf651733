import { periodLength, type Card, type IndicatorId, type OfficeKind, type Scheme, type Period } from '../domain';
import { LazyOfficeEvaluation, type OfficeReaders } from './office-evaluation';
import { PeriodView, type OfficesByKind, type RankingLists } from './period-view';
import { DeltaRows, deltasAt } from './deltas';
import { KIND_CODE, officesOfKindIn, type EngineData } from './engine-data';
import { compileScored, computeEvaluation, scoreOf, type EvaluateOptions, type EvaluationCore } from './evaluation-core';
import { bestOf, worstOf } from './ranking';
import {
  ownRecordGaps,
  rolledCounts,
  rolledValuesInto,
  rolledValues,
  rollUp,
  spanOf,
  subtreeInto,
  subtreeScratch,
  valueAt,
  type RollUp,
} from './rollup';
import {
  RANKED,
  type OfficeEvaluation,
  type PeriodEvaluation,
  type ReportingStatus,
} from './evaluation-types';

export type { EvaluateOptions } from './evaluation-core';

/** Offices whose 环比/同比 are read subtree by subtree before the whole scope is rolled up instead (an office page reads one). */
const SUBTREE_COMPARISONS = 8;

const STANDINGS = [null, 'ranked', 'unscored', 'not-reported'] as const;

function statusOf(reported: number, expected: number): ReportingStatus {
  if (reported === 0) return expected > 0 ? 'not-reported' : 'not-expected';
  return reported < expected ? 'partial' : 'complete';
}

/**
 * Evaluates every office of a scope over a period: roll-ups, indicator values, scores, ranks
 * against the previous period, cards, talk flags, and (per office, on first read) deltas against
 * the previous period and the same period a year earlier. The numbers are computeEvaluation's;
 * nothing is cached between calls: same arguments, same result.
 */
export function evaluatePeriod(data: EngineData, scheme: Scheme, period: Period, options: EvaluateOptions = {}): PeriodEvaluation {
  return viewEvaluation(data, scheme, computeEvaluation(data, scheme, period, options));
}

/**
 * The PeriodEvaluation screens read, over an evaluation's numbers (computed here, or elsewhere
 * with the same data and scheme and cloned). Office objects, the ranking lists included, are built
 * on first read, so a province of 20,000 offices pays only for what a screen shows; an office's
 * 环比/同比 are summed from the data when first read: its own subtree for a few offices, the whole
 * scope once a screen reads many.
 */
export function viewEvaluation(data: EngineData, scheme: Scheme, core: EvaluationCore): PeriodEvaluation {
  const { start, end, period, ranks, previousRanks, standings, cards } = core;
  const scopeIndex = start;
  const months = periodLength(period);
  const scored = compileScored(data, scheme);
  // A cloned roll-up carries copies of the formulas: read it with this data's own.
  const currentRoll: RollUp = core.roll.formulas === data.formulas ? core.roll : { ...core.roll, formulas: data.formulas };
  const currentScores = { composite: core.composite };
  const currentRankings = core.rankings;
  const span = spanOf(data, period);
  const previousSpan = spanOf(data, core.previousPeriod);
  const yearAgoSpan = spanOf(data, core.yearAgoPeriod);

  const cardsByOffice = new Map<string, Card[]>();
  for (const card of cards) {
    const list = cardsByOffice.get(card.officeId);
    if (list) list.push(card);
    else cardsByOffice.set(card.officeId, [card]);
  }

  const built = new Array<OfficeEvaluation | undefined>(end - start);
  // One roll-up of a single office, refilled for each office's 环比 and 同比 as they are read.
  let comparison: RollUp | undefined;
  const indicatorScoresOf = (office: number): Partial<Record<IndicatorId, number | null>> => {
    const indicatorScores: Partial<Record<IndicatorId, number | null>> = {};
    const kindBit = 1 << data.kindCodes[office]!;
    for (const item of scored) {
      if (!(item.kindMask & kindBit)) continue;
      const score = scoreOf(item, valueAt(currentRoll, office - start, item.formula), months);
      indicatorScores[item.indicator.id] = score === score ? score : null;
    }
    return indicatorScores;
  };
  // 环比 and 同比 of the scope alone: its subtree summed straight from the raw counts. Once a screen
  // asks for those of other offices too (a ranking table, an office list), the previous and
  // year-ago periods are rolled up over the whole scope once, and every office reads its own.
  let comparisonRolls: [RollUp, RollUp] | undefined;
  let officesCompared = 0;
  const deltaRows = new DeltaRows();
  const width = data.formulas.length;
  const deltasOf = (office: number) => {
    const { values, at } = deltaRows.take();
    rolledValuesInto(currentRoll, office, values, at);
    if (!comparisonRolls && office !== scopeIndex && ++officesCompared > SUBTREE_COMPARISONS) {
      comparisonRolls = [rollUp(data, start, end, previousSpan), rollUp(data, start, end, yearAgoSpan)];
    }
    if (comparisonRolls) {
      rolledValuesInto(comparisonRolls[0], office, values, at + width);
      rolledValuesInto(comparisonRolls[1], office, values, at + 2 * width);
    } else {
      comparison ??= subtreeScratch(data);
      rolledValuesInto(subtreeInto(data, office, previousSpan, comparison), 0, values, at + width);
      rolledValuesInto(subtreeInto(data, office, yearAgoSpan, comparison), 0, values, at + 2 * width);
    }
    return deltasAt(values, at);
  };
  const readers: OfficeReaders = {
    counts: (office) => rolledCounts(currentRoll, office),
    values: (office) => rolledValues(currentRoll, office),
    indicatorScores: indicatorScoresOf,
    deltas: deltasOf,
  };
  const build = (office: number): OfficeEvaluation => {
    const local = office - start;
    const existing = built[local];
    if (existing) return existing;
    const source = data.offices[office]!;
    const reported = currentRoll.reported[local]!;
    const expected = currentRoll.expected[local]!;
    const status = statusOf(reported, expected);
    const score = currentScores.composite[local]!;
    const rank = ranks[local]! || null;
    const previousRank = previousRanks[local]! || null;
    const evaluation = new LazyOfficeEvaluation(
      {
        officeId: source.id,
        name: source.name,
        kind: source.kind,
        parentId: source.parentId,
        reporting: { reported, expected },
        status,
        partial: status === 'partial' || status === 'not-reported',
        score: score === score ? score : null,
        rank,
        standing: STANDINGS[standings[local]!] ?? null,
        previousRank,
        rankChange: rank !== null && previousRank !== null ? previousRank - rank : null,
        cards: cardsByOffice.get(source.id) ?? [],
      },
      readers,
      office,
    );
    built[local] = evaluation;
    return evaluation;
  };

  // Office objects for the rankings are built when a screen first asks for them: the numbers
  // behind them (scores, ranks, cards) are already final, and a bulletin or a chart that reads only
  // the totals does not pay for 3,000 objects.
  let lists: RankingLists | undefined;
  const rankingLists = (): RankingLists => {
    if (lists) return lists;
    const built: RankingLists = { rankings: {} as OfficesByKind, best: {} as OfficesByKind, worst: {} as OfficesByKind, notReported: {} as OfficesByKind };
    for (const kind of RANKED) {
      const ranking = currentRankings[kind];
      built.notReported[kind] = ranking.notReported.map(build);
      built.rankings[kind] = [
        ...ranking.ranked.map((entry) => build(entry.item)),
        ...ranking.unscored.map(build),
        ...built.notReported[kind],
      ];
      built.best[kind] = bestOf(ranking.ranked).map((entry) => build(entry.item));
      built.worst[kind] = worstOf(ranking.ranked).map((entry) => build(entry.item));
    }
    return (lists = built);
  };

  const scopeEvaluation = build(scopeIndex);
  return new PeriodView(
    {
      period,
      previousPeriod: core.previousPeriod,
      yearAgoPeriod: core.yearAgoPeriod,
      scopeId: data.offices[scopeIndex]!.id,
      schemeId: core.schemeId,
      partial: scopeEvaluation.status !== 'complete' && scopeEvaluation.status !== 'not-expected',
      reporting: scopeEvaluation.reporting,
      scope: scopeEvaluation,
      office: (officeId) => {
        const index = data.officeIndex.get(officeId);
        return index === undefined || index < start || index >= end ? undefined : build(index);
      },
      offices: () => {
        const all: OfficeEvaluation[] = [];
        for (let o = start; o < end; o++) all.push(build(o));
        return all;
      },
      officesOfKind: (kind: OfficeKind) => Array.from(officesOfKindIn(data, KIND_CODE[kind], start + 1, end), build),
      missingOwnRecords: () =>
        ownRecordGaps(data, start, end, span).map((office) => {
          const source = data.offices[office]!;
          return { officeId: source.id, name: source.name, kind: source.kind, parentId: source.parentId };
        }),
      cards,
      talkFlags: core.talkFlags,
    },
    rankingLists,
  );
}


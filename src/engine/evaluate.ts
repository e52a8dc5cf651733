import {
  OFFICE_KINDS,
  monthFromIndex,
  periodLength,
  previousPeriod,
  yearAgoPeriod,
  type Card,
  type IndicatorId,
  type OfficeKind,
  type Period,
  type Scheme,
} from '../domain';
import { periodCards } from './cards';
import { LazyOfficeEvaluation, type OfficeReaders } from './office-evaluation';
import { deltasFromArrays } from './deltas';
import { KIND_CODE, officesOfKindIn, type EngineData } from './engine-data';
import { bestOf, rankIndices, worstOf, type RankEntry } from './ranking';
import {
  compileFormula,
  ownRecordGaps,
  ownRecordCount,
  rolledCounts,
  rolledValueArray,
  rolledValues,
  rollUp,
  spanOf,
  subtreeInto,
  subtreeScratch,
  valueAt,
  type CompiledFormula,
  type MonthSpan,
  type RollUp,
} from './rollup';
import { clampScore, indicatorScore, scoredIndicators, type ScoredIndicator } from './score';
import { scopeIndexOf } from './tree';
import {
  RANKED,
  type OfficeEvaluation,
  type PeriodEvaluation,
  type RankedKind,
  type ReportingStatus,
} from './evaluation-types';

export interface EvaluateOptions {
  /** The region (or any office) whose subtree is evaluated and ranked; default the first root. */
  scopeId?: string;
}

interface Scores {
  /** Composite per office of the roll-up; NaN = no score (or a kind the scheme does not score). */
  composite: Float64Array;
}

/**
 * Composite scores for the offices of the kinds the scheme scores (the villages of a province are
 * skipped unless the scheme names them). Same rule as compositeScore: an indicator without a value
 * drops out and the remaining weights renormalise.
 */
function scoreRollUp(data: EngineData, scored: readonly CompiledScored[], roll: RollUp, months: number): Scores {
  const composite = new Float64Array(roll.end - roll.start).fill(NaN);
  for (let code = 0; code < OFFICE_KINDS.length; code++) {
    const items = scored.filter((item) => item.kindMask & (1 << code));
    if (items.length === 0) continue;
    const list = officesOfKindIn(data, code, roll.start, roll.end);
    for (let i = 0; i < list.length; i++) composite[list[i]! - roll.start] = compositeOf(items, roll, list[i]! - roll.start, months);
  }
  return { composite };
}

/** Same rule as compositeScore, over compiled formulas; NaN when nothing scorable. */
function compositeOf(items: readonly CompiledScored[], roll: RollUp, local: number, months: number): number {
  let weighted = 0;
  let weights = 0;
  for (const item of items) {
    const score = scoreOf(item, valueAt(roll, local, item.formula), months);
    if (score !== score || item.weight <= 0) continue;
    weighted += item.weight * score;
    weights += item.weight;
  }
  return weights > 0 ? clampScore(weighted / weights) : NaN;
}

type CompiledScored = ScoredIndicator & { formula: CompiledFormula };

/** NaN when there is no value. Counts are scored per month (see ScoredIndicator.perMonth). */
function scoreOf(item: CompiledScored, value: number, months: number): number {
  if (value !== value) return NaN;
  return indicatorScore(item.perMonth ? value / months : value, item.floor, item.target);
}

interface KindRanking {
  ranked: RankEntry<number>[];
  unscored: number[];
  notReported: number[];
}

type Rankings = Record<RankedKind, KindRanking>;

/** Offices whose 环比/同比 are read subtree by subtree before the whole scope is rolled up instead (an office page reads one). */
const SUBTREE_COMPARISONS = 8;

function byOfficeId(data: EngineData) {
  return (a: number, b: number) => data.idOrder[a]! - data.idOrder[b]!;
}

/**
 * Ranks each ranked kind within the roll-up's scope.
 *
 * An office that did not report at all in the period is not ranked: ranking it last (or with a
 * score of 0) would name it a laggard on no evidence, and it may have been the best. It is listed
 * as not reported instead, which is the finding a bulletin states. An office whose records give no
 * scorable value (nothing handled, every denominator 0) is likewise left unranked, not scored 0.
 */
function rankRollUp(data: EngineData, roll: RollUp, scores: Scores): Rankings {
  return rankOffices(data, roll.start, roll.end, roll.span, (office, out) => {
    const local = office - roll.start;
    out[0] = roll.reported[local]!;
    out[1] = roll.expected[local]!;
    out[2] = scores.composite[local]!;
  });
}

/**
 * Ranks for a period without rolling up the scope: each ranked office's subtree summed on its own.
 * The previous period's ranks and the walk back of talk flags need only the ranked offices; for
 * a province this is faster than a scope-wide roll-up and spares its 3 MB.
 */
function rankBySubtree(data: EngineData, scored: readonly CompiledScored[], start: number, end: number, span: MonthSpan): Rankings {
  const months = span.to - span.from + 1;
  const itemsByKind = OFFICE_KINDS.map((_, code) => scored.filter((item) => item.kindMask & (1 << code)));
  const scratch = subtreeScratch(data);
  return rankOffices(data, start, end, span, (office, out) => {
    const roll = subtreeInto(data, office, span, scratch);
    const items = itemsByKind[data.kindCodes[office]!]!;
    out[0] = roll.reported[0]!;
    out[1] = roll.expected[0]!;
    out[2] = items.length ? compositeOf(items, roll, 0, months) : NaN;
  });
}

/**
 * Ranks each ranked kind within a scope range. `standing` writes an office's reported and
 * expected office-months and its composite score (NaN = none) into `out`.
 *
 * An office that did not report at all in the period is not ranked: ranking it last (or with a
 * score of 0) would name it a laggard on no evidence, and it may have been the best. It is listed
 * as not reported instead, which is the finding a bulletin states. An office whose records give no
 * scorable value (nothing handled, every denominator 0) is likewise left unranked, not scored 0.
 *
 * An office that sent no record of its own in the period is not ranked either, even when offices
 * below it reported: a township centre that sent nothing would otherwise be ranked on its villages'
 * figures alone (near-perfect by nature) and could come first. It is listed with those that did not
 * report. An office that sent some months of its own, or whose village rooms are missing, is
 * ranked on what arrived, provisionally (status 'partial').
 */
function rankOffices(
  data: EngineData,
  start: number,
  end: number,
  span: MonthSpan,
  standing: (office: number, out: Float64Array) => void,
): Rankings {
  const result = {} as Rankings;
  const out = new Float64Array(3);
  for (const kind of RANKED) {
    const list = officesOfKindIn(data, KIND_CODE[kind], start, end);
    const candidates = new Int32Array(list.length);
    const scores = new Float64Array(list.length);
    let count = 0;
    const unscored: number[] = [];
    const notReported: number[] = [];
    for (let i = 0; i < list.length; i++) {
      const o = list[i]!;
      standing(o, out);
      const score = out[2]!;
      if (out[0] === 0 || ownRecordCount(data, o, span) === 0) {
        if (out[1]! > 0) notReported.push(o);
      } else if (score !== score) unscored.push(o);
      else {
        candidates[count] = o;
        scores[count++] = score;
      }
    }
    unscored.sort(byOfficeId(data));
    notReported.sort(byOfficeId(data));
    result[kind] = { ranked: rankIndices(candidates, scores, count, data.idOrder), unscored, notReported };
  }
  return result;
}

function rankArray(start: number, end: number, rankings: Rankings): Int32Array {
  const ranks = new Int32Array(end - start);
  for (const kind of RANKED) for (const entry of rankings[kind].ranked) ranks[entry.item - start] = entry.rank;
  return ranks;
}

const STANDINGS = [null, 'ranked', 'unscored', 'not-reported'] as const;

function standingArray(start: number, end: number, rankings: Rankings): Uint8Array {
  const codes = new Uint8Array(end - start);
  for (const kind of RANKED) {
    const ranking = rankings[kind];
    for (const entry of ranking.ranked) codes[entry.item - start] = 1;
    for (const office of ranking.unscored) codes[office - start] = 2;
    for (const office of ranking.notReported) codes[office - start] = 3;
  }
  return codes;
}

/** The offices sharing the last place of a ranking; nobody is "last" of a field of one. */
function lastPlace(ranking: KindRanking): number[] {
  const ranked = ranking.ranked;
  if (ranked.length < 2) return [];
  const lastRank = ranked[ranked.length - 1]!.rank;
  return ranked.filter((entry) => entry.rank === lastRank).map((entry) => entry.item);
}

function shift(span: MonthSpan, back: number): MonthSpan {
  return { from: span.from - back, to: span.to - back };
}

function statusOf(reported: number, expected: number): ReportingStatus {
  if (reported === 0) return expected > 0 ? 'not-reported' : 'not-expected';
  return reported < expected ? 'partial' : 'complete';
}

/**
 * Evaluates every office of a scope over a period: roll-ups, indicator values, scores, ranks
 * against the previous period, cards, talk flags, and (per office, on first read) deltas against
 * the previous period and the same period a year earlier.
 *
 * The current period is rolled up over the whole scope (typed arrays, one pass per month and one
 * up the tree); the comparison periods only where they are needed: each ranked office's subtree
 * for the previous ranks, and an office's own subtree when its deltas are first read. Office
 * objects, the ranking lists included, are built on first read, so a province of 20,000 offices
 * pays only for what a screen shows. Nothing is cached between calls: same arguments, same result.
 */
export function evaluatePeriod(data: EngineData, scheme: Scheme, period: Period, options: EvaluateOptions = {}): PeriodEvaluation {
  const scopeIndex = scopeIndexOf(data, options.scopeId);
  const start = scopeIndex;
  const end = data.subtreeEnd[scopeIndex]!;
  const months = periodLength(period);
  const scored: CompiledScored[] = scoredIndicators(scheme).map((item) => ({ ...item, formula: compileFormula(data.pairLayout, item.indicator.formula) }));
  const previous = previousPeriod(period);
  const yearAgo = yearAgoPeriod(period);
  const span = spanOf(data, period);

  const previousSpan = spanOf(data, previous);
  const yearAgoSpan = spanOf(data, yearAgo);

  const currentRoll = rollUp(data, start, end, span);
  const currentScores = scoreRollUp(data, scored, currentRoll, months);
  const currentRankings = rankRollUp(data, currentRoll, currentScores);
  const previousRankings = rankBySubtree(data, scored, start, end, previousSpan);
  const ranks = rankArray(start, end, currentRankings);
  const standings = standingArray(start, end, currentRankings);
  const previousRanks = rankArray(start, end, previousRankings);

  const cards = periodCards(data, scheme, currentRoll);
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
  const comparedValues = (office: number): [Float64Array, Float64Array] => {
    if (!comparisonRolls && office !== scopeIndex && ++officesCompared > SUBTREE_COMPARISONS) {
      comparisonRolls = [rollUp(data, start, end, previousSpan), rollUp(data, start, end, yearAgoSpan)];
    }
    if (comparisonRolls) return [rolledValueArray(comparisonRolls[0], office), rolledValueArray(comparisonRolls[1], office)];
    comparison ??= subtreeScratch(data);
    const previousValues = rolledValueArray(subtreeInto(data, office, previousSpan, comparison), 0);
    return [previousValues, rolledValueArray(subtreeInto(data, office, yearAgoSpan, comparison), 0)];
  };
  const readers: OfficeReaders = {
    counts: (office) => rolledCounts(currentRoll, office),
    values: (office) => rolledValues(currentRoll, office),
    indicatorScores: indicatorScoresOf,
    deltas: (office) => deltasFromArrays(rolledValueArray(currentRoll, office), ...comparedValues(office)),
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
  type ByKind = Record<RankedKind, OfficeEvaluation[]>;
  let lists: { rankings: ByKind; best: ByKind; worst: ByKind; notReported: ByKind } | undefined;
  const rankingLists = () => {
    if (lists) return lists;
    const built = { rankings: {} as ByKind, best: {} as ByKind, worst: {} as ByKind, notReported: {} as ByKind };
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
  return {
    period,
    previousPeriod: previous,
    yearAgoPeriod: yearAgo,
    scopeId: data.offices[scopeIndex]!.id,
    schemeId: scheme.id,
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
    get rankings() {
      return rankingLists().rankings;
    },
    get best() {
      return rankingLists().best;
    },
    get worst() {
      return rankingLists().worst;
    },
    get notReported() {
      return rankingLists().notReported;
    },
    cards,
    talkFlags: talkFlags(data, scored, span, months, start, end, currentRankings, previousRankings),
  };
}

/**
 * Offices last of their kind in this period and the one before it (the usual trigger for 约谈),
 * with the run walked back further while they stay last, so the flag can say since when.
 */
function talkFlags(
  data: EngineData,
  scored: readonly CompiledScored[],
  span: MonthSpan,
  months: number,
  start: number,
  end: number,
  current: Rankings,
  previous: Rankings,
): PeriodEvaluation['talkFlags'] {
  const flags: PeriodEvaluation['talkFlags'] = [];
  const earlier = new Map<number, Rankings>();
  const rankingsBack = (back: number): Rankings => {
    let rankings = earlier.get(back);
    if (!rankings) {
      rankings = rankBySubtree(data, scored, start, end, shift(span, back));
      earlier.set(back, rankings);
    }
    return rankings;
  };
  for (const kind of RANKED) {
    const lastBefore = new Set(lastPlace(previous[kind]));
    for (const office of lastPlace(current[kind])) {
      if (!lastBefore.has(office)) continue;
      const monthsLast = [span.to, span.to - months];
      for (let back = 2 * months; span.to - back >= 0; back += months) {
        if (!lastPlace(rankingsBack(back)[kind]).includes(office)) break;
        monthsLast.push(span.to - back);
      }
      flags.push({
        officeId: data.offices[office]!.id,
        kind,
        months: monthsLast.reverse().map((offset) => monthFromIndex(data.baseMonthIndex + offset)),
      });
    }
  }
  return flags;
}


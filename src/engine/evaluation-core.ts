import {
  OFFICE_KINDS,
  monthFromIndex,
  periodLength,
  previousPeriod,
  yearAgoPeriod,
  type Card,
  type Period,
  type Scheme,
  type TalkFlag,
} from '../domain';
import { periodCards } from './cards';
import { KIND_CODE, officesOfKindIn, type EngineData } from './engine-data';
import { rankIndices, type RankEntry } from './ranking';
import {
  compileFormula,
  ownRecordCount,
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
import { RANKED, type RankedKind } from './evaluation-types';

/**
 * A period's evaluation as numbers: everything evaluatePeriod computes before any office object
 * exists. Plain data and typed arrays that own their buffers, so it can be computed in a Web
 * Worker and sent back (the arrays transferred, not copied); viewEvaluation turns it into the
 * PeriodEvaluation screens read.
 */
export interface EvaluationCore {
  period: Period;
  previousPeriod: Period;
  yearAgoPeriod: Period;
  schemeId: string;
  /** Index of the scope office in EngineData; the scope is [start, end). */
  start: number;
  end: number;
  /** The current period rolled up over the scope (its formulas are EngineData's). */
  roll: RollUp;
  /** Composite per office of the scope (index office − start); NaN = none. */
  composite: Float64Array;
  rankings: Rankings;
  /** Rank per office of the scope now and in the previous period; 0 = unranked. */
  ranks: Int32Array;
  previousRanks: Int32Array;
  /** 1 ranked, 2 unscored, 3 not reported, 0 a kind that is not ranked. */
  standings: Uint8Array;
  cards: Card[];
  talkFlags: (TalkFlag & { kind: RankedKind })[];
}

export interface EvaluateOptions {
  /** The region (or any office) whose subtree is evaluated and ranked; default the first root. */
  scopeId?: string;
}

export type CompiledScored = ScoredIndicator & { formula: CompiledFormula };

/**
 * The scheme's scored indicators with formulas compiled against the data's column layout.
 *
 * Written out field by field, not `{ ...item, formula }`: in the V8 of Node 20 (and of Chromium
 * kernels of that age, which domestic browsers still ship) a spread followed by another property
 * takes ~1 µs, and its objects survive young-generation collections, so every evaluation left
 * megabytes for the old generation and scavenges took 10 ms (bench: GC was a fifth of an
 * evaluation). Chromium 156 does not have the problem; the engine runs on both.
 */
export function compileScored(data: EngineData, scheme: Scheme): CompiledScored[] {
  return scoredIndicators(scheme).map((item) => ({
    indicator: item.indicator,
    weight: item.weight,
    floor: item.floor,
    target: item.target,
    kindMask: item.kindMask,
    perMonth: item.perMonth,
    formula: compileFormula(data.pairLayout, item.indicator.formula),
  }));
}

/**
 * The numbers of a period's evaluation over a scope: the current period rolled up over the whole
 * scope (typed arrays, one pass per month and one up the tree), scores, ranks now and in the
 * previous period (each ranked office's subtree summed on its own), cards with their runs, and
 * talk flags. Pure: same arguments, same result.
 */
export function computeEvaluation(data: EngineData, scheme: Scheme, period: Period, options: EvaluateOptions = {}): EvaluationCore {
  const start = scopeIndexOf(data, options.scopeId);
  const end = data.subtreeEnd[start]!;
  const months = periodLength(period);
  const scored = compileScored(data, scheme);
  const span = spanOf(data, period);
  const previous = previousPeriod(period);

  const roll = rollUp(data, start, end, span);
  const scores = scoreRollUp(data, scored, roll, months);
  const rankings = rankRollUp(data, roll, scores);
  const previousRankings = rankBySubtree(data, scored, start, end, spanOf(data, previous));
  return {
    period,
    previousPeriod: previous,
    yearAgoPeriod: yearAgoPeriod(period),
    schemeId: scheme.id,
    start,
    end,
    roll,
    composite: scores.composite,
    rankings,
    ranks: rankArray(start, end, rankings),
    previousRanks: rankArray(start, end, previousRankings),
    standings: standingArray(start, end, rankings),
    cards: periodCards(data, scheme, roll),
    talkFlags: talkFlags(data, scored, span, months, start, end, rankings, previousRankings),
  };
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
export function compositeOf(items: readonly CompiledScored[], roll: RollUp, local: number, months: number): number {
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

/** NaN when there is no value. Counts are scored per month (see ScoredIndicator.perMonth). */
export function scoreOf(item: CompiledScored, value: number, months: number): number {
  if (value !== value) return NaN;
  return indicatorScore(item.perMonth ? value / months : value, item.floor, item.target);
}

export interface KindRanking {
  ranked: RankEntry<number>[];
  unscored: number[];
  notReported: number[];
}

export type Rankings = Record<RankedKind, KindRanking>;

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
): EvaluationCore['talkFlags'] {
  const flags: EvaluationCore['talkFlags'] = [];
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


import {
  INDICATORS,
  monthFromIndex,
  periodLength,
  previousPeriod,
  yearAgoPeriod,
  type Card,
  type CountField,
  type IndicatorId,
  type OfficeKind,
  type Period,
  type Scheme,
} from '../domain';
import { periodCards } from './cards';
import { indicatorDeltas, type IndicatorDeltas } from './deltas';
import { KIND_CODE, type EngineData } from './engine-data';
import type { IndicatorValues } from './indicator-value';
import { bestOf, competitionRanking, worstOf, type RankEntry } from './ranking';
import { rolledCounts, rollUp, spanOf, valueColumn, type MonthSpan, type RollUp } from './rollup';
import { clampScore, indicatorScore, scoredIndicators, type ScoredIndicator } from './score';
import { scopeIndexOf } from './tree';
import {
  RANKED,
  type OfficeEvaluation,
  type PeriodEvaluation,
  type RankedKind,
  type ReportingStatus,
} from './evaluation-types';
import { formulaFields } from './indicator-value';

export interface EvaluateOptions {
  /** The region (or any office) whose subtree is evaluated and ranked; default the first root. */
  scopeId?: string;
}

interface Scores {
  /** Composite per office of the roll-up; NaN = no score. */
  composite: Float64Array;
  /** Per scheme indicator, per office; NaN = not applicable or no value. */
  parts: Float64Array[];
}

function scoreRollUp(data: EngineData, scored: readonly ScoredIndicator[], roll: RollUp, months: number): Scores {
  const size = roll.end - roll.start;
  const weighted = new Float64Array(size);
  const weights = new Float64Array(size);
  const kinds = data.kindCodes;
  const parts = scored.map((item) => {
    const values = valueColumn(roll, item.indicator);
    const part = new Float64Array(size).fill(NaN);
    const scale = item.perMonth ? 1 / months : 1;
    const { floor, target, weight, kindMask } = item;
    for (let o = 0; o < size; o++) {
      if (!(kindMask & (1 << kinds[roll.start + o]!))) continue;
      const value = values[o]!;
      if (value !== value) continue;
      const score = indicatorScore(value * scale, floor, target);
      part[o] = score;
      // Same rule as compositeScore: missing indicators drop out and the weights renormalise.
      if (weight > 0) {
        weighted[o] = weighted[o]! + weight * score;
        weights[o] = weights[o]! + weight;
      }
    }
    return part;
  });
  const composite = new Float64Array(size);
  for (let o = 0; o < size; o++) composite[o] = weights[o]! > 0 ? clampScore(weighted[o]! / weights[o]!) : NaN;
  return { composite, parts };
}

interface KindRanking {
  ranked: RankEntry<number>[];
  unscored: number[];
  notReported: number[];
}

type Rankings = Record<RankedKind, KindRanking>;

function byOfficeId(data: EngineData) {
  return (a: number, b: number) => {
    const idA = data.offices[a]!.id;
    const idB = data.offices[b]!.id;
    return idA < idB ? -1 : idA > idB ? 1 : 0;
  };
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
  const result = {} as Rankings;
  const score = (office: number) => scores.composite[office - roll.start]!;
  for (const kind of RANKED) {
    const code = KIND_CODE[kind];
    const candidates: number[] = [];
    const unscored: number[] = [];
    const notReported: number[] = [];
    for (let o = roll.start; o < roll.end; o++) {
      if (data.kindCodes[o] !== code) continue;
      const local = o - roll.start;
      if (roll.reported[local] === 0) {
        if (roll.expected[local]! > 0) notReported.push(o);
      } else if (Number.isNaN(scores.composite[local])) unscored.push(o);
      else candidates.push(o);
    }
    unscored.sort(byOfficeId(data));
    notReported.sort(byOfficeId(data));
    result[kind] = {
      ranked: competitionRanking(candidates, score, (o) => data.offices[o]!.id),
      unscored,
      notReported,
    };
  }
  return result;
}

function rankArray(roll: RollUp, rankings: Rankings): Int32Array {
  const ranks = new Int32Array(roll.end - roll.start);
  for (const kind of RANKED) for (const entry of rankings[kind].ranked) ranks[entry.item - roll.start] = entry.rank;
  return ranks;
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
 * The heavy work is columnar (typed arrays over all offices of the scope). Office objects are
 * built on demand, so a province of 20,000 offices pays only for the offices a screen shows;
 * the rankings' offices are built up front.
 */
export function evaluatePeriod(data: EngineData, scheme: Scheme, period: Period, options: EvaluateOptions = {}): PeriodEvaluation {
  const scopeIndex = scopeIndexOf(data, options.scopeId);
  const start = scopeIndex;
  const end = data.subtreeEnd[scopeIndex]!;
  const months = periodLength(period);
  const scored = scoredIndicators(scheme);
  const previous = previousPeriod(period);
  const yearAgo = yearAgoPeriod(period);
  const span = spanOf(data, period);

  const currentRoll = rollUp(data, start, end, span);
  const previousRoll = rollUp(data, start, end, spanOf(data, previous));
  const yearAgoRoll = rollUp(data, start, end, spanOf(data, yearAgo));
  const currentScores = scoreRollUp(data, scored, currentRoll, months);
  const currentRankings = rankRollUp(data, currentRoll, currentScores);
  const previousRankings = rankRollUp(data, previousRoll, scoreRollUp(data, scored, previousRoll, periodLength(previous)));
  const ranks = rankArray(currentRoll, currentRankings);
  const previousRanks = rankArray(previousRoll, previousRankings);

  const cards = periodCards(data, scheme, currentRoll);
  const cardsByOffice = new Map<string, Card[]>();
  for (const card of cards) {
    const list = cardsByOffice.get(card.officeId);
    if (list) list.push(card);
    else cardsByOffice.set(card.officeId, [card]);
  }

  const built = new Array<OfficeEvaluation | undefined>(end - start);
  const valuesOf = (roll: RollUp, office: number): IndicatorValues => {
    const values = {} as IndicatorValues;
    for (const indicator of INDICATORS) {
      const value = valueColumn(roll, indicator)[office - start]!;
      values[indicator.id] = value === value ? value : null;
    }
    return values;
  };
  const build = (office: number): OfficeEvaluation => {
    const local = office - start;
    const existing = built[local];
    if (existing) return existing;
    const source = data.offices[office]!;
    const reported = currentRoll.reported[local]!;
    const expected = currentRoll.expected[local]!;
    const status = statusOf(reported, expected);
    const values = valuesOf(currentRoll, office);
    const indicatorScores: Partial<Record<IndicatorId, number | null>> = {};
    const kindBit = 1 << data.kindCodes[office]!;
    scored.forEach((item, i) => {
      if (!(item.kindMask & kindBit)) return;
      const score = currentScores.parts[i]![local]!;
      indicatorScores[item.indicator.id] = score === score ? score : null;
    });
    const score = currentScores.composite[local]!;
    const rank = ranks[local]! || null;
    const previousRank = previousRanks[local]! || null;
    const evaluation: OfficeEvaluation = {
      officeId: source.id,
      name: source.name,
      kind: source.kind,
      parentId: source.parentId,
      counts: rolledCounts(currentRoll, office),
      values,
      reporting: { reported, expected },
      status,
      partial: status === 'partial' || status === 'not-reported',
      score: score === score ? score : null,
      indicatorScores,
      rank,
      previousRank,
      rankChange: rank !== null && previousRank !== null ? previousRank - rank : null,
      cards: cardsByOffice.get(source.id) ?? [],
      // Deltas are 87 small objects an office: built on first read, so listing 3,000 ranked
      // offices does not pay for tables nobody opens. A getter keeps the object plain to
      // JSON.stringify and structuredClone, which read it like any field.
      get deltas(): Record<IndicatorId, IndicatorDeltas> {
        const value = indicatorDeltas(values, valuesOf(previousRoll, office), valuesOf(yearAgoRoll, office));
        Object.defineProperty(this, 'deltas', { value, enumerable: true, writable: true, configurable: true });
        return value;
      },
    };
    built[local] = evaluation;
    return evaluation;
  };

  const fromRanking = (ranking: KindRanking) => ranking.ranked.map((entry) => build(entry.item));
  const rankings = {} as Record<RankedKind, OfficeEvaluation[]>;
  const best = {} as Record<RankedKind, OfficeEvaluation[]>;
  const worst = {} as Record<RankedKind, OfficeEvaluation[]>;
  const notReported = {} as Record<RankedKind, OfficeEvaluation[]>;
  for (const kind of RANKED) {
    const ranking = currentRankings[kind];
    notReported[kind] = ranking.notReported.map(build);
    rankings[kind] = [...fromRanking(ranking), ...ranking.unscored.map(build), ...notReported[kind]];
    best[kind] = bestOf(ranking.ranked).map((entry) => build(entry.item));
    worst[kind] = worstOf(ranking.ranked).map((entry) => build(entry.item));
  }

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
    officesOfKind: (kind: OfficeKind) => {
      const code = KIND_CODE[kind];
      const list: OfficeEvaluation[] = [];
      for (let o = start + 1; o < end; o++) if (data.kindCodes[o] === code) list.push(build(o));
      return list;
    },
    rankings,
    best,
    worst,
    notReported,
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
  scored: readonly ScoredIndicator[],
  span: MonthSpan,
  months: number,
  start: number,
  end: number,
  current: Rankings,
  previous: Rankings,
): PeriodEvaluation['talkFlags'] {
  const flags: PeriodEvaluation['talkFlags'] = [];
  const fields = new Set<CountField>(scored.flatMap((item) => formulaFields(item.indicator.formula)));
  const earlier = new Map<number, Rankings>();
  const rankingsBack = (back: number): Rankings => {
    let rankings = earlier.get(back);
    if (!rankings) {
      const roll = rollUp(data, start, end, shift(span, back), fields);
      rankings = rankRollUp(data, roll, scoreRollUp(data, scored, roll, months));
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


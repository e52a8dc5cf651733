import { OFFICE_KINDS } from '../domain';
import { ownRecordCount } from './coverage';
import type { EngineData } from './engineData';
import { RANKED, type RankedKind } from './evaluationTypes';
import type { SchemeLayout } from './layout/schemeLayout';
import { KIND_CODE, officesOfKindIn } from './officeTree';
import { rankIndices, type RankEntry } from './ranking';
import { subtreeInto, subtreeScratch, type MonthSpan, type RollUp } from './rollup';
import { compositeOf, type ScoredIndicator } from './score';
import { isNoValue } from './values';

export interface KindRanking {
  ranked: RankEntry<number>[];
  unscored: number[];
  notReported: number[];
}

/** Per ranked kind, and every scope office's composite (office − start; NaN = none). */
export interface Rankings {
  byKind: Record<RankedKind, KindRanking>;
  composite: Float64Array;
}

/** Where an office stands in its kind's ranking; `none` for kinds that are not ranked. */
export const StandingCode = { none: 0, ranked: 1, unscored: 2, notReported: 3 } as const;

function byOfficeId(data: EngineData) {
  return (a: number, b: number) => data.idOrder[a]! - data.idOrder[b]!;
}

/** The scored indicators per kind code. */
export function itemsByKind(scored: readonly ScoredIndicator[]): ScoredIndicator[][] {
  return OFFICE_KINDS.map((_, code) => scored.filter((item) => item.kindMask & (1 << code)));
}

/**
 * Ranks each ranked kind within a scope range from each office's reported and expected
 * office-months and composite.
 *
 * An office that did not report at all in the period is not ranked: ranking it last (or with a
 * score of 0) would name it a laggard on no evidence, and it may have been the best. It is listed
 * as not reported (未报送) instead, which is the finding a bulletin states. So is an office that
 * sent no record of its own although offices below it reported: a township centre that sent
 * nothing would otherwise be ranked on its villages' figures alone. An office whose records give
 * nothing to score is left unranked, not scored 0.
 */
function rankOffices(data: EngineData, start: number, end: number, span: MonthSpan, composite: Float64Array, reportedOf: (office: number) => number): Rankings {
  const byKind = {} as Record<RankedKind, KindRanking>;
  for (const kind of RANKED) {
    const list = childrenOfKind(data, start, KIND_CODE[kind]);
    // A region sends no record of its own: it is ranked on its subtree's.
    const ownRecords = kind !== 'region';
    const candidates = new Int32Array(list.length);
    const scores = new Float64Array(list.length);
    let count = 0;
    const unscored: number[] = [];
    const notReported: number[] = [];
    for (let i = 0; i < list.length; i++) {
      const o = list[i]!;
      const score = composite[o - start]!;
      if (reportedOf(o) === 0 || (ownRecords && ownRecordCount(data, o, span) === 0)) {
        if (ownRecords ? dueIn(data, o, span) : reportedOf(o) === 0 && regionDue(data, o, span)) notReported.push(o);
      } else if (isNoValue(score)) unscored.push(o);
      else {
        candidates[count] = o;
        scores[count++] = score;
      }
    }
    unscored.sort(byOfficeId(data));
    notReported.sort(byOfficeId(data));
    byKind[kind] = { ranked: rankIndices(candidates, scores, count, data.idOrder), unscored, notReported };
  }
  return { byKind, composite };
}

/** The direct children of a scope office of one kind, in tree order: who is ranked at that scope. */
export function childrenOfKind(data: EngineData, scope: number, kindCode: number): Int32Array {
  const end = data.subtreeEnd[scope]!;
  const list: number[] = [];
  for (let child = scope + 1; child < end; child = data.subtreeEnd[child]!) if (data.kindCodes[child] === kindCode) list.push(child);
  return Int32Array.from(list);
}

/** Some reporting unit of the region was due in the span. */
function regionDue(data: EngineData, region: number, span: MonthSpan): boolean {
  for (let o = region + 1; o < data.subtreeEnd[region]!; o++) if (data.kindCodes[o] !== KIND_CODE.region && dueIn(data, o, span)) return true;
  return false;
}

function dueIn(data: EngineData, office: number, span: MonthSpan): boolean {
  const start = data.startMonth[office]!;
  return span.to - Math.max(span.from, start) + 1 > 0;
}

/** Ranks over a roll-up of the scope whose composites are already computed. */
export function rankRollUp(roll: RollUp, composite: Float64Array): Rankings {
  const data = roll.layout.data;
  return rankOffices(data, roll.start, roll.end, roll.span, composite, (office) => roll.reported[office - roll.start]!);
}

/** Composites of every scored office of a scope, over a roll-up of it. */
export function compositesOf(roll: RollUp, scored: readonly ScoredIndicator[], months: number): Float64Array {
  const data = roll.layout.data;
  const composite = new Float64Array(roll.end - roll.start).fill(NaN);
  itemsByKind(scored).forEach((items, code) => {
    if (items.length === 0) return;
    const list = officesOfKindIn(data, code, roll.start, roll.end);
    for (let i = 0; i < list.length; i++) composite[list[i]! - roll.start] = compositeOf(items, roll, list[i]! - roll.start, months);
  });
  return composite;
}

/**
 * Ranks for a period without rolling up the scope: each ranked office's subtree summed on its own.
 * The previous period's ranks and the walk back of talk flags need only the ranked offices; for
 * a province this is faster than a scope-wide roll-up and spares its memory.
 */
export function rankBySubtree(layout: SchemeLayout, scored: readonly ScoredIndicator[], start: number, end: number, span: MonthSpan): Rankings {
  const data = layout.data;
  const months = span.to - span.from + 1;
  const items = itemsByKind(scored);
  const scratch = subtreeScratch(layout);
  const composite = new Float64Array(end - start).fill(NaN);
  const reported = new Int32Array(end - start);
  for (const kind of RANKED) {
    const list = childrenOfKind(data, start, KIND_CODE[kind]);
    const kindItems = items[KIND_CODE[kind]]!;
    for (let i = 0; i < list.length; i++) {
      const o = list[i]!;
      const roll = subtreeInto(layout, o, span, scratch);
      reported[o - start] = roll.reported[0]!;
      composite[o - start] = kindItems.length ? compositeOf(kindItems, roll, 0, months) : NaN;
    }
  }
  return rankOffices(data, start, end, span, composite, (office) => reported[office - start]!);
}

export function rankArray(start: number, end: number, rankings: Rankings): Int32Array {
  const ranks = new Int32Array(end - start);
  for (const kind of RANKED) for (const entry of rankings.byKind[kind].ranked) ranks[entry.item - start] = entry.rank;
  return ranks;
}

export function standingArray(start: number, end: number, rankings: Rankings): Uint8Array {
  const codes = new Uint8Array(end - start);
  for (const kind of RANKED) {
    const ranking = rankings.byKind[kind];
    for (const entry of ranking.ranked) codes[entry.item - start] = StandingCode.ranked;
    for (const office of ranking.unscored) codes[office - start] = StandingCode.unscored;
    for (const office of ranking.notReported) codes[office - start] = StandingCode.notReported;
  }
  return codes;
}

/** The offices sharing the last place of a ranking; nobody is "last" of a field of one, or when all tie for first. */
export function lastPlace(ranking: KindRanking): number[] {
  const ranked = ranking.ranked;
  if (ranked.length < 2) return [];
  const lastRank = ranked[ranked.length - 1]!.rank;
  if (lastRank === 1) return [];
  return ranked.filter((entry) => entry.rank === lastRank).map((entry) => entry.item);
}

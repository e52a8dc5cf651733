import { monthFromIndex, periodLength, type Card, type MonthKey, type Period, type Scheme } from '../domain';
import { periodCards } from './cards';
import { lastReportedOffset, type EngineData } from './engineData';
import { schemeLayout, type SchemeLayout } from './layout/schemeLayout';
import { planPeriod, type PeriodPlan } from './periods';
import { rankChanges } from './rankChange';
import { compositesOf, rankArray, rankBySubtree, rankRollUp, standingArray, type Rankings } from './rankings';
import { rollUp, spanOf, type RollUp } from './rollup';
import { scoredIndicators } from './score';
import { talkFlags, type KindTalkFlag } from './talkFlags';
import { scopeIndexOf } from './tree';

export interface EvaluateOptions {
  /** The region (or any office) whose subtree is evaluated and ranked; default the first root. */
  scopeId?: string;
  /**
   * The last month to count in a period in progress (a screen passes the last complete month);
   * default the last month with any record.
   */
  through?: MonthKey;
}

/**
 * A period's evaluation as numbers: everything evaluatePeriod computes before any office object
 * exists; viewEvaluation turns it into the PeriodEvaluation screens read.
 */
export interface EvaluationCore {
  layout: SchemeLayout;
  plan: PeriodPlan;
  /** Index of the scope office in EngineData; the scope is [start, end). */
  start: number;
  end: number;
  /** Months counted (the period's length once cut), what counts are scored per month against. */
  months: number;
  /** The current period rolled up over the scope. */
  roll: RollUp;
  rankings: Rankings;
  /** Rank per office of the scope now and in the rank comparison period; 0 = unranked. */
  ranks: Int32Array;
  previousRanks: Int32Array;
  /** Per office of the scope: rank change among offices ranked in both periods (NaN none) and its MoveCode. */
  rankChange: Float64Array;
  rankMove: Uint8Array;
  /** StandingCode per office of the scope. */
  standings: Uint8Array;
  cards: Card[];
  talkFlags: KindTalkFlag[];
}

function cutoffOf(data: EngineData, through: MonthKey | undefined): MonthKey | null {
  if (through !== undefined) return through;
  const last = lastReportedOffset(data);
  return last < 0 ? null : monthFromIndex(data.baseMonthIndex + last);
}

/**
 * The numbers of a period's evaluation over a scope: the current period rolled up over the whole
 * scope (typed arrays, one pass per month and one up the tree), scores, ranks now and in the
 * comparison period (each ranked office's subtree summed on its own), rank changes among offices
 * ranked in both, cards with their runs, and talk flags. Pure: same arguments, same result.
 */
export function computeEvaluation(data: EngineData, scheme: Scheme, requested: Period, options: EvaluateOptions = {}): EvaluationCore {
  const layout = schemeLayout(data, scheme);
  const plan = planPeriod(requested, cutoffOf(data, options.through));
  const start = scopeIndexOf(data, options.scopeId);
  const end = data.subtreeEnd[start]!;
  const months = periodLength(plan.period);
  const scored = scoredIndicators(layout);
  const span = spanOf(data, plan.period);

  const roll = rollUp(layout, start, end, span);
  const rankings = rankRollUp(roll, compositesOf(roll, scored, months));
  const ranks = rankArray(start, end, rankings);
  const base: Rankings | null = plan.rankBase ? rankBySubtree(layout, scored, start, end, spanOf(data, plan.rankBase)) : null;
  const previousRanks = base ? rankArray(start, end, base) : new Int32Array(end - start);
  const changes = rankChanges(data, start, rankings, ranks, base, base ? previousRanks : null);
  const monthly = plan.requested.kind === 'month';
  return {
    layout,
    plan,
    start,
    end,
    months,
    roll,
    rankings,
    ranks,
    previousRanks,
    rankChange: changes.change,
    rankMove: changes.move,
    standings: standingArray(start, end, rankings),
    cards: periodCards(layout, roll),
    talkFlags: monthly ? talkFlags(layout, scored, span.to, start, end, rankings, base, scheme.rules.talkAfterMonths) : [],
  };
}

export type { Period };

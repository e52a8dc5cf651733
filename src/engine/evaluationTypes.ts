import type { Card, CountField, Counts, IndicatorId, MonthKey, OfficeKind, Period, Scheme, TalkFlag } from '../domain';
import type { IndicatorDeltas } from './deltas';
import type { IndicatorValues } from './indicatorValue';

/**
 * The kinds ranked against each other within a scope: its child regions (the counties of a
 * prefecture) with each other, its own departments with each other, the townships directly under
 * it with each other. Departments of different counties never share a ranking.
 */
export type RankedKind = 'region' | 'department' | 'township';
export const RANKED: readonly RankedKind[] = ['region', 'department', 'township'];

export interface Reporting {
  /** Office-months in the subtree that had a record (regions' own records are not counted). */
  reported: number;
  /** Office-months that should have had one (see EngineData.startMonth). */
  expected: number;
}

/**
 * complete: every expected office-month reported. partial: some did. not-reported: none did though
 * some were expected. not-expected: nothing was due (the office first reported after the period).
 */
export type ReportingStatus = 'complete' | 'partial' | 'not-reported' | 'not-expected';

/**
 * How one scheme indicator stood for one office:
 * - scored: a value, scored between floor and target;
 * - missing: the office (or an office below it of a kind the indicator applies to) did not report
 *   a field the indicator needs: 0 points under the scheme's default rule (数据不全), left out
 *   under 'leave-out';
 * - small-sample: a rate whose denominator is under the indicator's minimum (样本不足): left out
 *   of the office's weights, neither full nor zero;
 * - no-value: nothing to score (e.g. no bad reviews, so no rectification rate): left out.
 */
export type IndicatorStanding = 'scored' | 'missing' | 'small-sample' | 'no-value';

export interface IndicatorScore {
  indicatorId: IndicatorId;
  status: IndicatorStanding;
  /** The indicator's value for the period (null: none). */
  value: number | null;
  /** 0–100 between floor and target; 0 for missing data under the 'zero' rule; null when left out. */
  score: number | null;
  /** The scheme's weight. */
  weight: number;
  /** Points this indicator earned toward the composite (out of 100); null when left out. */
  points: number | null;
  /** Its full share of the composite (out of 100) minus points: what it lost; null when left out. */
  lost: number | null;
  /** The fields not reported, for status 'missing' (contract field names). */
  missingFields: CountField[];
  /** A rate's denominator (what 样本不足 is judged on); null for counts. */
  denominator: number | null;
  minDenominator: number;
}

/**
 * What moved an office's score since the comparison period (the one its rank change is measured
 * against): the change of the composite and of each indicator's points, largest first.
 */
export interface ScoreChange {
  /** Composite now − then; null when either has no score. */
  total: number | null;
  /** Per indicator scored in either period: points now − points then (an indicator left out counts 0 points). */
  byIndicator: { indicatorId: IndicatorId; change: number }[];
}

/**
 * Why a rank change reads as it does: 'new' an office ranked now but not in the previous period
 * (新进); 'others' its rank moved only because offices stopped or started reporting (its place
 * among the offices ranked in both periods did not change).
 */
export type RankMove = 'new' | 'others' | null;

export interface OfficeEvaluation {
  officeId: string;
  name: string;
  kind: OfficeKind;
  parentId: string | null;
  /** Summed over the period, own records plus all descendants'; a field nobody reported is absent. */
  counts: Counts;
  /**
   * Every registered indicator, from summed counts, never averaged. A rate (or the difference)
   * sums both its fields over the office-months that reported both, so where some reported one
   * side only (villages: accepted without onlineAccepted) it is not indicatorValue(counts).
   */
  values: IndicatorValues;
  reporting: Reporting;
  status: ReportingStatus;
  /** status is 'partial' or 'not-reported': the figures do not cover every office-month due. */
  partial: boolean;
  /** Composite 0–100 under the scheme; null when no scheme indicator applies or has a value. */
  score: number | null;
  /** Per scheme indicator that applies to this kind: 0–100, null when it was left out (see scoreDetails). */
  indicatorScores: Partial<Record<IndicatorId, number | null>>;
  /** Per scheme indicator that applies to this kind, in scheme order: how it stood and scored. */
  scoreDetails: IndicatorScore[];
  /** Some scored indicator was missing a field (数据不全): say so wherever the score or rank shows. */
  dataIncomplete: boolean;
  /** The standings and points in the comparison period (empty without one), as scoreDetails. */
  previousScoreDetails: IndicatorScore[];
  /** What moved the score since the comparison period (built on first read). */
  scoreChange: ScoreChange;
  /** Competition rank within its kind in the scope; null for unranked kinds, unscored or not reported. */
  rank: number | null;
  /**
   * For ranked kinds, where the office stands: ranked; reported but nothing scorable; or left out
   * for not reporting — which includes an office whose own record is missing although offices
   * below it reported (its status is then 'partial'). null for kinds that are not ranked.
   */
  standing: 'ranked' | 'unscored' | 'not-reported' | null;
  previousRank: number | null;
  /**
   * Positive = moved up: the change of the office's place among the offices ranked in both
   * periods, so an office does not "rise" because another stopped reporting. null when not
   * ranked in either period (see rankMove).
   */
  rankChange: number | null;
  rankMove: RankMove;
  /** Red first. */
  cards: Card[];
  /** Month-on-month (环比) and year-on-year (同比) change of every indicator. */
  deltas: Record<IndicatorId, IndicatorDeltas>;
}

export interface PeriodEvaluation {
  /** The period asked for. */
  requested: Period;
  /** The months evaluated: the period asked for, cut at `through` when it is in progress. */
  period: Period;
  /**
   * Set when the period is in progress (a quarter or year whose later months have no data yet):
   * the last month counted (截至…). Comparisons then take the same months of their periods.
   */
  through: MonthKey | null;
  /** What 环比 compares against; null for a year-to-date (累计数不作环比). */
  previousPeriod: Period | null;
  /** What 同比 compares against. */
  yearAgoPeriod: Period;
  scopeId: string;
  schemeId: string;
  /** The scheme it was computed under: trends and roll-ups beside it are read with the same one. */
  scheme: Scheme;
  /** Some office of the scope that was due to report did not: rankings are provisional. */
  partial: boolean;
  reporting: Reporting;
  /** The scope office's own evaluation (the region totals). */
  scope: OfficeEvaluation;
  /** Any office inside the scope (built on first request, then kept); undefined outside it. */
  office(officeId: string): OfficeEvaluation | undefined;
  /** Every office of the scope in tree order. Builds them all: prefer office() for a few. */
  offices(): OfficeEvaluation[];
  /** Offices of a kind inside the scope (the scope itself excluded), in tree order. */
  officesOfKind(kind: OfficeKind): OfficeEvaluation[];
  /**
   * Offices whose own record is missing for some month of the period although it was due, in tree
   * order. Unlike status 'not-reported' (a whole subtree silent) this also names a township centre
   * that did not report while its villages did. Computed from the raw arrays, without building
   * office objects.
   */
  missingOwnRecords(): { officeId: string; name: string; kind: OfficeKind; parentId: string | null }[];
  /**
   * Per kind: ranked offices in rank order (ties by id), then offices that reported but have no
   * score (rank null), then offices that did not report (rank null, status 'not-reported').
   */
  rankings: Record<RankedKind, OfficeEvaluation[]>;
  /** Ranks 1–3, ties included. */
  best: Record<RankedKind, OfficeEvaluation[]>;
  /** The bottom three places, worst first, ties included, never overlapping best. */
  worst: Record<RankedKind, OfficeEvaluation[]>;
  notReported: Record<RankedKind, OfficeEvaluation[]>;
  /** Every card in the scope: red first, then scheme rule order, then office id. */
  cards: Card[];
  /** Offices last of their kind in this period and the one before (约谈), months oldest first. */
  talkFlags: (TalkFlag & { kind: RankedKind })[];
}

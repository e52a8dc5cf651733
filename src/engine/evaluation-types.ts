import type { Card, Counts, IndicatorId, OfficeKind, Period, TalkFlag } from '../domain';
import type { IndicatorDeltas } from './deltas';
import type { IndicatorValues } from './indicator-value';

/** The kinds ranked against each other: departments with departments, townships with townships. */
export type RankedKind = 'department' | 'township';
export const RANKED: readonly RankedKind[] = ['department', 'township'];

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
  /** Per scheme indicator that applies to this kind: 0–100, null when the indicator has no value. */
  indicatorScores: Partial<Record<IndicatorId, number | null>>;
  /** Competition rank within its kind in the scope; null for unranked kinds, unscored or not reported. */
  rank: number | null;
  /**
   * For ranked kinds, where the office stands: ranked; reported but nothing scorable; or left out
   * for not reporting — which includes an office whose own record is missing although offices
   * below it reported (its status is then 'partial'). null for kinds that are not ranked.
   */
  standing: 'ranked' | 'unscored' | 'not-reported' | null;
  previousRank: number | null;
  /** previousRank − rank: positive = moved up. */
  rankChange: number | null;
  /** Red first. */
  cards: Card[];
  /** Month-on-month (环比) and year-on-year (同比) change of every indicator. */
  deltas: Record<IndicatorId, IndicatorDeltas>;
}

export interface PeriodEvaluation {
  period: Period;
  /** What 环比 compares against (previousPeriod of the domain). */
  previousPeriod: Period;
  /** What 同比 compares against. */
  yearAgoPeriod: Period;
  scopeId: string;
  schemeId: string;
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

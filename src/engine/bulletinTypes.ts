import type { Card, CountField, Counts, Indicator, IndicatorCategory, IndicatorId, MonthKey, OfficeKind, Period, SchemeIndicator } from '../domain';
import type { Delta, IndicatorDeltas } from './deltas';
import type { IndicatorStanding, RankMove, RankedKind, Reporting, ReportingStatus } from './evaluationTypes';
import type { IndicatorValues } from './indicatorValue';

export interface BulletinOffice {
  officeId: string;
  name: string;
  kind: OfficeKind;
}

export interface BulletinFigure {
  indicatorId: IndicatorId;
  value: number | null;
  mom: Delta;
  yoy: Delta;
}

/**
 * What public bulletins print for every ranked office whatever the scheme scores: volume,
 * completion, on-time completion, overdue and near-deadline items, dissatisfaction.
 */
export const BULLETIN_KEY_INDICATORS = [
  'accepted',
  'completed',
  'completionRate',
  'onTimeRate',
  'overdue',
  'nearDeadline',
  'onlineRate',
  'goodReviewRate',
  'badReviews',
  'badReviewRate',
] as const satisfies readonly IndicatorId[];
export type BulletinKeyIndicator = (typeof BULLETIN_KEY_INDICATORS)[number];

/**
 * How one scored indicator stood for a ranked office, as plain data: what a bulletin says when it
 * names a laggard (which indicators lost the points, their values, and what moved since last month).
 */
export interface BulletinScoreDetail {
  indicatorId: IndicatorId;
  status: IndicatorStanding;
  /** The indicator's value this month (null: none). */
  value: number | null;
  /** Its value in the comparison month (环比's previous), null without one. */
  previous: number | null;
  /** Points earned toward the composite, and lost (full share − points); null when left out. */
  points: number | null;
  lost: number | null;
  /** Points now − points in the comparison month (0 points where left out); null without a comparison. */
  change: number | null;
}

export interface BulletinRankRow extends BulletinOffice {
  rank: number | null;
  previousRank: number | null;
  rankChange: number | null;
  score: number | null;
  status: ReportingStatus;
  /**
   * Where the office stands in the ranking: ranked; reported but nothing scorable; or not ranked
   * for not reporting (which includes a township whose own centre sent nothing while its villages
   * did — its status is then 'partial', so status alone does not tell).
   */
  standing: 'ranked' | 'unscored' | 'not-reported';
  partial: boolean;
  /** Some scored indicator lacked a field (数据不全): a bulletin marks the row. */
  dataIncomplete: boolean;
  /** The contract fields not reported, for 数据不全 (empty otherwise). */
  missingFields: CountField[];
  /** 新进 ('new') or moved only by others' reporting ('others'); see OfficeEvaluation.rankMove. */
  rankMove: RankMove;
  /** The ranking's columns (the scheme's indicators for this kind) plus accepted items. */
  values: Partial<Record<IndicatorId, number | null>>;
  indicatorScores: Partial<Record<IndicatorId, number | null>>;
  /** BULLETIN_KEY_INDICATORS, always present (null = no value). */
  keyValues: Record<BulletinKeyIndicator, number | null>;
  cards: { red: number; yellow: number };
  /** Per scheme indicator of its kind, in scheme order (see OfficeEvaluation.scoreDetails). */
  scoreDetails: BulletinScoreDetail[];
  /** Composite now − in the comparison month; null when either has no score. */
  scoreChange: number | null;
}

/** An office whose own record for the month is absent although it was due. */
export interface BulletinMissingOffice extends BulletinOffice {
  parentId: string | null;
  /** So a village is named with its township (西村（河西乡）); null for the root. */
  parentName: string | null;
}

/** A card with its office named: the card as the evaluation states it (plain data). */
export type BulletinCard = Card & BulletinOffice;

export interface BulletinRanking {
  kind: RankedKind;
  /** The indicators the scheme scores this kind on, in scheme order. */
  columns: IndicatorId[];
  /** Ranked rows, then unscored, then not reported (see PeriodEvaluation.rankings). */
  rows: BulletinRankRow[];
  /** Some office of the kind has not (fully) reported: the ranking is provisional. */
  partial: boolean;
}

/**
 * Everything a monthly bulletin (月度通报) states for one month and one scope, as plain data
 * (JSON-serialisable): the narrative, the screen and every export read this same object.
 */
export interface BulletinFacts {
  month: MonthKey;
  period: Period;
  previousMonth: MonthKey;
  yearAgoMonth: MonthKey;
  scope: BulletinOffice;
  scheme: { id: string; name: string };
  /** The scheme's indicator definitions: the names, units and categories every figure is read with. */
  definitions: Indicator[];
  /** The scheme's scored indicators (weights, floors, targets, kinds): what a laggard's values are held against. */
  scoring: SchemeIndicator[];
  /** Some office due to report this month has not: every figure below is provisional. */
  partial: boolean;
  coverage: Reporting & {
    /** reported / expected; null when nothing was due. */
    rate: number | null;
    notReported: Record<Exclude<OfficeKind, 'region'>, BulletinOffice[]>;
    /**
     * Every office whose own record is missing, in tree order. notReported names only offices
     * whose whole subtree is silent; a township whose centre did not report while its villages
     * did is 'partial', and appears only here.
     */
    missing: BulletinMissingOffice[];
  };
  totals: { counts: Counts; values: IndicatorValues; deltas: Record<IndicatorId, IndicatorDeltas> };
  /** The scope's figures by category (办件/网办/好差评/热线/公开), with 环比 and 同比. */
  figures: Record<IndicatorCategory, BulletinFigure[]>;
  /** 好差评 split: good (满意+非常满意), neutral (基本满意: the rest), bad, and what became of the bad. */
  reviews: {
    reviews: number | null;
    good: number | null;
    /** reviews − good − bad over the office-months that reported all three; null where none did. */
    neutral: number | null;
    bad: number | null;
    rectified: number | null;
    /** badReviewsUnrectified: bad − rectified over the office-months that reported both. */
    unrectified: number | null;
    /**
     * Each level's share of reviews (fractions, from summed counts over the office-months that
     * reported the level and the reviews; null without reviews): good and bad are goodReviewRate
     * and badReviewRate.
     */
    shares: { good: number | null; neutral: number | null; bad: number | null };
  };
  /** All offices of a kind taken together (summed counts; rates as in KindRollup.values), e.g. every township of the county. */
  kindTotals: Record<RankedKind, { offices: number; counts: Counts; values: IndicatorValues; reporting: Reporting }>;
  rankings: Record<RankedKind, BulletinRanking>;
  best: Record<RankedKind, BulletinRankRow[]>;
  worst: Record<RankedKind, BulletinRankRow[]>;
  cards: { red: BulletinCard[]; yellow: BulletinCard[] };
  talkFlags: (BulletinOffice & { months: MonthKey[] })[];
}

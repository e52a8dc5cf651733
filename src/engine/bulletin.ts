import {
  INDICATOR_CATEGORIES,
  addMonths,
  indicatorById,
  monthPeriod,
  type Card,
  type CardLevel,
  type Comparison,
  type Counts,
  type IndicatorCategory,
  type IndicatorId,
  type MonthKey,
  type OfficeKind,
  type Period,
  type Scheme,
} from '../domain';
import type { Delta, IndicatorDeltas } from './deltas';
import type { EngineData } from './engine-data';
import { evaluatePeriod } from './evaluate';
import {
  RANKED,
  type OfficeEvaluation,
  type PeriodEvaluation,
  type RankedKind,
  type Reporting,
  type ReportingStatus,
} from './evaluation-types';
import type { IndicatorValues } from './indicator-value';
import { sumsWhereAllReported } from './coverage';
import { schemeLayout } from './layout/scheme-layout';
import { spanOf } from './rollup';
import { officeById, scopeIndexOf } from './tree';
import { kindRollup } from './trend';

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
  /** The ranking's columns (the scheme's indicators for this kind) plus accepted items. */
  values: Partial<Record<IndicatorId, number | null>>;
  indicatorScores: Partial<Record<IndicatorId, number | null>>;
  /** BULLETIN_KEY_INDICATORS, always present (null = no value). */
  keyValues: Record<BulletinKeyIndicator, number | null>;
  cards: { red: number; yellow: number };
}

/** An office whose own record for the month is absent although it was due. */
export interface BulletinMissingOffice extends BulletinOffice {
  parentId: string | null;
  /** So a village is named with its township (西村（河西乡）); null for the root. */
  parentName: string | null;
}

export interface BulletinCard extends BulletinOffice {
  ruleId: string;
  level: CardLevel;
  subject: IndicatorId;
  comparison: Comparison;
  threshold: number;
  actual: number;
  message: string;
  since: MonthKey;
  consecutiveMonths: number;
}

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

function plainDelta(delta: Delta): Delta {
  return { previous: delta.previous, absolute: delta.absolute, relative: delta.relative };
}

/**
 * Offices whose own record is missing although it was due (a township centre silent while its
 * villages reported included). Read from the engine's raw arrays (PeriodEvaluation.missingOwnRecords):
 * building every office of a province to find them cost 150 ms. Regions are never due themselves.
 */
function missingOwnRecords(data: EngineData, evaluation: PeriodEvaluation): BulletinMissingOffice[] {
  return evaluation.missingOwnRecords().map((office) => ({
    ...office,
    parentName: office.parentId === null ? null : (officeById(data, office.parentId)?.name ?? office.parentId),
  }));
}

export function bulletinFacts(data: EngineData, scheme: Scheme, month: MonthKey, scopeId?: string): BulletinFacts {
  const period = monthPeriod(month);
  const evaluation = evaluatePeriod(data, scheme, period, scopeId === undefined ? {} : { scopeId });
  const scope = evaluation.scope;
  const office = (id: string): BulletinOffice => {
    const found = evaluation.office(id);
    return found ? { officeId: found.officeId, name: found.name, kind: found.kind } : { officeId: id, name: id, kind: 'region' };
  };

  const columnsOf = (kind: RankedKind): IndicatorId[] => [
    ...new Set(scheme.indicators.filter((item) => item.appliesTo.includes(kind)).map((item) => item.indicatorId)),
  ];
  const row = (evaluationOf: OfficeEvaluation, columns: readonly IndicatorId[]): BulletinRankRow => {
    const values: BulletinRankRow['values'] = { accepted: evaluationOf.values.accepted };
    for (const id of columns) values[id] = evaluationOf.values[id];
    const keyValues = {} as BulletinRankRow['keyValues'];
    for (const id of BULLETIN_KEY_INDICATORS) keyValues[id] = evaluationOf.values[id] ?? null;
    return {
      officeId: evaluationOf.officeId,
      name: evaluationOf.name,
      kind: evaluationOf.kind,
      rank: evaluationOf.rank,
      previousRank: evaluationOf.previousRank,
      rankChange: evaluationOf.rankChange,
      score: evaluationOf.score,
      status: evaluationOf.status,
      standing: evaluationOf.standing ?? 'unscored',
      partial: evaluationOf.partial,
      values,
      indicatorScores: { ...evaluationOf.indicatorScores },
      keyValues,
      cards: {
        red: evaluationOf.cards.filter((card) => card.level === 'red').length,
        yellow: evaluationOf.cards.filter((card) => card.level === 'yellow').length,
      },
    };
  };

  const rankings = {} as BulletinFacts['rankings'];
  const best = {} as BulletinFacts['best'];
  const worst = {} as BulletinFacts['worst'];
  const kindTotals = {} as BulletinFacts['kindTotals'];
  for (const kind of RANKED) {
    const columns = columnsOf(kind);
    const rows = evaluation.rankings[kind].map((entry) => row(entry, columns));
    rankings[kind] = { kind, columns, rows, partial: rows.some((entry) => entry.partial) };
    best[kind] = evaluation.best[kind].map((entry) => row(entry, columns));
    worst[kind] = evaluation.worst[kind].map((entry) => row(entry, columns));
    const rollup = kindRollup(data, evaluation.scopeId, kind, period, scheme);
    kindTotals[kind] = { offices: rollup.offices, counts: rollup.counts, values: rollup.values, reporting: rollup.reporting };
  }

  const card = (source: Card): BulletinCard => ({
    ...office(source.officeId),
    ruleId: source.ruleId,
    level: source.level,
    subject: source.subject,
    comparison: source.comparison,
    threshold: source.threshold,
    actual: source.actual,
    message: source.message,
    since: source.since,
    consecutiveMonths: source.consecutiveMonths,
  });

  const missing = missingOwnRecords(data, evaluation);
  const notReported: BulletinFacts['coverage']['notReported'] = { department: [], township: [], village: [] };
  for (const kind of ['department', 'township'] as const) {
    for (const entry of evaluation.officesOfKind(kind)) {
      if (entry.status === 'not-reported') notReported[kind].push({ officeId: entry.officeId, name: entry.name, kind });
    }
  }
  // A village has no subtree, so in a month "not reported" is "its own record is missing"; reading
  // it off `missing` spares building an object for each of a province's 17,000 villages.
  for (const office of missing) {
    if (office.kind === 'village') notReported.village.push({ officeId: office.officeId, name: office.name, kind: 'village' });
  }

  const deltas = {} as Record<IndicatorId, IndicatorDeltas>;
  for (const indicator of scheme.definitions) {
    const source = scope.deltas[indicator.id]!;
    deltas[indicator.id] = { mom: plainDelta(source.mom), yoy: plainDelta(source.yoy) };
  }
  const figures = {} as BulletinFacts['figures'];
  for (const category of INDICATOR_CATEGORIES) {
    figures[category] = scheme.definitions.filter((indicator) => indicator.category === category).map((indicator) => ({
      indicatorId: indicator.id,
      value: scope.values[indicator.id] ?? null,
      mom: deltas[indicator.id]!.mom,
      yoy: deltas[indicator.id]!.yoy,
    }));
  }

  const counts = scope.counts;
  const reviewed = counts.reviews;
  const good = counts.goodReviews;
  const bad = counts.badReviews;
  // Missing is not zero: the counts are each field's own total, but a share or a difference takes
  // its parts from the office-months that reported all of them (a village reporting reviews without
  // their levels must not turn into neutral reviews). The good and bad shares are the scope's
  // goodReviewRate and badReviewRate; the neutral ones are reviews − good − bad where all three came.
  const levels = sumsWhereAllReported(schemeLayout(data, scheme), scopeIndexOf(data, evaluation.scopeId), spanOf(data, period), ['reviews', 'goodReviews', 'badReviews']);
  const neutral = levels ? levels[0]! - levels[1]! - levels[2]! : null;
  const neutralShare = levels && neutral !== null && levels[0]! > 0 ? neutral / levels[0]! : null;
  return {
    month,
    period,
    previousMonth: addMonths(month, -1),
    yearAgoMonth: addMonths(month, -12),
    scope: { officeId: scope.officeId, name: scope.name, kind: scope.kind },
    scheme: { id: scheme.id, name: scheme.name },
    partial: evaluation.partial,
    coverage: {
      ...scope.reporting,
      rate: scope.reporting.expected > 0 ? scope.reporting.reported / scope.reporting.expected : null,
      notReported,
      missing,
    },
    totals: { counts: { ...counts }, values: { ...scope.values }, deltas },
    figures,
    reviews: {
      reviews: reviewed ?? null,
      good: good ?? null,
      neutral,
      bad: bad ?? null,
      rectified: counts.badReviewsRectified ?? null,
      unrectified: scope.values.badReviewsUnrectified ?? null,
      shares: { good: scope.values.goodReviewRate ?? null, neutral: neutralShare, bad: scope.values.badReviewRate ?? null },
    },
    kindTotals,
    rankings,
    best,
    worst,
    cards: {
      red: evaluation.cards.filter((entry) => entry.level === 'red').map(card),
      yellow: evaluation.cards.filter((entry) => entry.level === 'yellow').map(card),
    },
    talkFlags: evaluation.talkFlags.map((flag) => ({ ...office(flag.officeId), months: [...flag.months] })),
  };
}

/** The label of an indicator for narrative text, kept here so bulletin writers need one import. */
export function indicatorLabel(id: IndicatorId, locale: 'zh' | 'en' = 'zh'): string {
  return indicatorById(id).label[locale];
}

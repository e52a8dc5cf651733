import { lookupIndicator, type Indicator, type IndicatorId, type Scheme } from '../../domain';
import { competitionRanking, type OfficeEvaluation, type PeriodEvaluation, type RankedKind } from '../../engine';
import type { IndicatorScore, RankMove } from '../../engine/evaluationTypes';

/** What a ranking orders by: the composite score, or one indicator of the scheme. */
export type RankingMeasure = 'score' | IndicatorId;

/**
 * ranked: has a rank. unranked: reported, but nothing to rank by (or, by one indicator, a field it
 * needs was not reported: 数据不全). small-sample: by one indicator, its denominator is under the
 * minimum (样本不足): neither ranked nor scored. not-reported: due and silent (未报送).
 */
export type RowState = 'ranked' | 'unranked' | 'small-sample' | 'not-reported';

export interface RankingRow {
  office: OfficeEvaluation;
  rank: number | null;
  previousRank: number | null;
  /**
   * Positive = moved up, among the offices ranked in both periods, so no office rises because
   * another stopped reporting. null when not ranked in both (see rankMove) or there is no comparison.
   */
  change: number | null;
  /** 'new' (新进), 'others' (the rank number moved only because others stopped or started reporting). */
  rankMove: RankMove;
  /** No comparison by rule: a year-to-date ranked by one indicator (累计数不作环比). */
  gap: boolean;
  /** The measured value: the score, or the indicator's value. */
  value: number | null;
  /** By one indicator: how it stood for this office (样本不足, 数据不全 …); null by score. */
  detail: IndicatorScore | null;
  state: RowState;
}

/** The scheme's indicators that score this kind, in the scheme's order: what a ranking can be by. */
export function rankingIndicators(scheme: Scheme, kind: RankedKind): Indicator[] {
  const seen = new Set<IndicatorId>();
  const indicators: Indicator[] = [];
  for (const item of scheme.indicators) {
    const indicator = item.appliesTo.includes(kind) && !seen.has(item.indicatorId) ? lookupIndicator(scheme.definitions, item.indicatorId) : undefined;
    if (!indicator) continue;
    seen.add(item.indicatorId);
    indicators.push(indicator);
  }
  return indicators;
}

/** A measure from the URL; anything the scheme does not score for this kind falls back to the score. */
export function parseMeasure(param: string | null, scheme: Scheme, kind: RankedKind): RankingMeasure {
  if (!param || param === 'score') return 'score';
  return rankingIndicators(scheme, kind).some((indicator) => indicator.id === param) ? param : 'score';
}

function byId(a: OfficeEvaluation, b: OfficeEvaluation): number {
  return a.officeId < b.officeId ? -1 : a.officeId > b.officeId ? 1 : 0;
}

function stateOf(office: OfficeEvaluation, rank: number | null, detail: IndicatorScore | null): RowState {
  if (rank !== null) return 'ranked';
  if (office.standing === 'not-reported') return 'not-reported';
  return detail?.status === 'small-sample' ? 'small-sample' : 'unranked';
}

function detailOf(office: OfficeEvaluation, id: IndicatorId): IndicatorScore | null {
  return office.scoreDetails?.find((detail) => detail.indicatorId === id) ?? null;
}

/**
 * Ranks by one indicator with the engine's competition ranking (ties share a rank, the next rank
 * skips), in the indicator's direction. Only offices whose value counts are ranked: a rate on a
 * sample under its minimum (样本不足) and a value short of a field (数据不全) are listed after
 * them, as the score leaves them out or scores them 0: leaving data out never lifts an office.
 *
 * The previous period is ranked the same way from each office's previous value. The change is
 * the office's move among the offices ranked in both periods (as the engine does for the score):
 * a rank that moved only because others stopped or started reporting is 'others', not a move.
 * A year-to-date has no previous values (累计数不作环比): no change is stated.
 */
function rankByIndicator(offices: readonly OfficeEvaluation[], indicator: Indicator, gap: boolean): RankingRow[] {
  const sign = indicator.direction === 'higher' ? 1 : -1;
  const valueOf = (office: OfficeEvaluation) => office.values[indicator.id] ?? null;
  const counts = (office: OfficeEvaluation) => {
    const status = detailOf(office, indicator.id)?.status;
    return office.standing !== 'not-reported' && valueOf(office) !== null && status !== 'small-sample' && status !== 'missing';
  };
  const current = offices.filter(counts);
  const ranked = competitionRanking(
    current,
    (office) => sign * valueOf(office)!,
    (office) => office.officeId,
  );
  const previousValue = (office: OfficeEvaluation) => (gap ? null : (office.deltas[indicator.id]?.mom.previous ?? null));
  const before = offices.filter((office) => previousValue(office) !== null);
  const previous = competitionRanking(
    before,
    (office) => sign * previousValue(office)!,
    (office) => office.officeId,
  );
  const previousRanks = new Map(previous.map((entry) => [entry.item.officeId, entry.rank]));

  // Places among the offices ranked in both periods, now and before.
  const both = current.filter((office) => previousRanks.has(office.officeId));
  const placeNow = new Map(
    competitionRanking(
      both,
      (office) => sign * valueOf(office)!,
      (office) => office.officeId,
    ).map((entry) => [entry.item.officeId, entry.rank]),
  );
  const placeBefore = new Map(
    competitionRanking(
      both,
      (office) => sign * previousValue(office)!,
      (office) => office.officeId,
    ).map((entry) => [entry.item.officeId, entry.rank]),
  );

  const rows: RankingRow[] = ranked.map(({ item: office, rank }) => {
    const previousRank = previousRanks.get(office.officeId) ?? null;
    const change = previousRank === null ? null : placeBefore.get(office.officeId)! - placeNow.get(office.officeId)!;
    const rankMove: RankMove = gap ? null : previousRank === null ? 'new' : change === 0 && previousRank !== rank ? 'others' : null;
    return { office, rank, previousRank, change, rankMove, gap, value: valueOf(office), detail: detailOf(office, indicator.id), state: 'ranked' };
  });
  const rankedIds = new Set(rows.map((row) => row.office.officeId));
  const rest = offices.filter((office) => !rankedIds.has(office.officeId));
  // Reported-but-unranked before not-reported, each by id: the engine's order for the score.
  const unranked = rest.filter((office) => office.standing !== 'not-reported').sort(byId);
  const silent = rest.filter((office) => office.standing === 'not-reported');
  for (const office of [...unranked, ...silent]) {
    const detail = detailOf(office, indicator.id);
    rows.push({
      office,
      rank: null,
      previousRank: previousRanks.get(office.officeId) ?? null,
      change: null,
      rankMove: null,
      gap,
      value: valueOf(office),
      detail,
      state: stateOf(office, null, detail),
    });
  }
  return rows;
}

/**
 * One kind's ranking rows: the ranked offices in rank order (ties by id), then the offices that
 * reported but have nothing to rank by, then those that did not report: listed, never ranked last.
 */
export function rankRows(evaluation: PeriodEvaluation, kind: RankedKind, measure: RankingMeasure, definitions?: readonly Indicator[]): RankingRow[] {
  const offices = evaluation.rankings[kind];
  const indicator = measure === 'score' ? undefined : lookupIndicator(definitions, measure);
  if (indicator) return rankByIndicator(offices, indicator, evaluation.previousPeriod === null);
  return offices.map((office) => ({
    office,
    rank: office.rank,
    previousRank: office.previousRank,
    change: office.rankChange,
    rankMove: office.rankMove ?? null,
    gap: false,
    value: office.score,
    detail: null,
    state: stateOf(office, office.rank, null),
  }));
}

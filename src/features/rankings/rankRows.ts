import { indicatorById, isIndicatorId, type Indicator, type IndicatorId, type Scheme } from '../../domain';
import { competitionRanking, type OfficeEvaluation, type PeriodEvaluation, type RankedKind } from '../../engine';

/** What a ranking orders by: the composite score, or one indicator of the scheme. */
export type RankingMeasure = 'score' | IndicatorId;

/** ranked: has a rank. unranked: reported, but nothing to rank by. not-reported: due and silent. */
export type RowState = 'ranked' | 'unranked' | 'not-reported';

export interface RankingRow {
  office: OfficeEvaluation;
  rank: number | null;
  previousRank: number | null;
  /** previousRank − rank: positive = moved up. null when either is missing. */
  change: number | null;
  /** The measured value: the score, or the indicator's value. */
  value: number | null;
  state: RowState;
}

/** The scheme's indicators that score this kind, in the scheme's order: what a ranking can be by. */
export function rankingIndicators(scheme: Scheme, kind: RankedKind): Indicator[] {
  const seen = new Set<IndicatorId>();
  const indicators: Indicator[] = [];
  for (const item of scheme.indicators) {
    if (!item.appliesTo.includes(kind) || seen.has(item.indicatorId)) continue;
    seen.add(item.indicatorId);
    indicators.push(indicatorById(item.indicatorId));
  }
  return indicators;
}

/** A measure from the URL; anything the scheme does not score for this kind falls back to the score. */
export function parseMeasure(param: string | null, scheme: Scheme, kind: RankedKind): RankingMeasure {
  if (!param || param === 'score' || !isIndicatorId(param)) return 'score';
  return rankingIndicators(scheme, kind).some((indicator) => indicator.id === param) ? param : 'score';
}

function byId(a: OfficeEvaluation, b: OfficeEvaluation): number {
  return a.officeId < b.officeId ? -1 : a.officeId > b.officeId ? 1 : 0;
}

function stateOf(office: OfficeEvaluation, rank: number | null): RowState {
  if (rank !== null) return 'ranked';
  return office.standing === 'not-reported' ? 'not-reported' : 'unranked';
}

/**
 * Ranks by one indicator with the engine's competition ranking (ties share a rank, the next rank
 * skips), in the indicator's direction. The previous period is ranked the same way from each
 * office's previous value, over the same offices, so the change compares like with like.
 */
function rankByIndicator(offices: readonly OfficeEvaluation[], indicator: Indicator): RankingRow[] {
  const sign = indicator.direction === 'higher' ? 1 : -1;
  const valueOf = (office: OfficeEvaluation) => office.values[indicator.id] ?? null;
  const current = offices.filter((office) => office.standing !== 'not-reported' && valueOf(office) !== null);
  const ranked = competitionRanking(
    current,
    (office) => sign * valueOf(office)!,
    (office) => office.officeId,
  );
  const previousValue = (office: OfficeEvaluation) => office.deltas[indicator.id]?.mom.previous ?? null;
  const previous = competitionRanking(
    offices.filter((office) => previousValue(office) !== null),
    (office) => sign * previousValue(office)!,
    (office) => office.officeId,
  );
  const previousRanks = new Map(previous.map((entry) => [entry.item.officeId, entry.rank]));

  const rows: RankingRow[] = ranked.map(({ item: office, rank }) => {
    const previousRank = previousRanks.get(office.officeId) ?? null;
    return {
      office,
      rank,
      previousRank,
      change: previousRank === null ? null : previousRank - rank,
      value: valueOf(office),
      state: 'ranked',
    };
  });
  const rankedIds = new Set(rows.map((row) => row.office.officeId));
  const rest = offices.filter((office) => !rankedIds.has(office.officeId));
  // Reported-but-unranked before not-reported, each by id: the engine's order for the score.
  const unranked = rest.filter((office) => office.standing !== 'not-reported').sort(byId);
  const silent = rest.filter((office) => office.standing === 'not-reported');
  for (const office of [...unranked, ...silent]) {
    rows.push({
      office,
      rank: null,
      previousRank: previousRanks.get(office.officeId) ?? null,
      change: null,
      value: valueOf(office),
      state: stateOf(office, null),
    });
  }
  return rows;
}

/**
 * One kind's ranking rows: the ranked offices in rank order (ties by id), then the offices that
 * reported but have nothing to rank by, then those that did not report: listed, never ranked last.
 */
export function rankRows(evaluation: PeriodEvaluation, kind: RankedKind, measure: RankingMeasure): RankingRow[] {
  const offices = evaluation.rankings[kind];
  if (measure !== 'score') return rankByIndicator(offices, indicatorById(measure));
  return offices.map((office) => ({
    office,
    rank: office.rank,
    previousRank: office.previousRank,
    change: office.rankChange,
    value: office.score,
    state: stateOf(office, office.rank),
  }));
}

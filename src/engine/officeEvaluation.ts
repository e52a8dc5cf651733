import type { Card, Counts, IndicatorId } from '../domain';
import type { IndicatorDeltas } from './deltas';
import type { IndicatorScore, OfficeEvaluation, RankMove, Reporting, ReportingStatus, ScoreChange } from './evaluationTypes';
import type { IndicatorValues } from './indicatorValue';

/** How an office's per-indicator records are computed, once, on first read. */
export interface OfficeReaders {
  counts(office: number): Counts;
  values(office: number): IndicatorValues;
  scoreDetails(office: number): IndicatorScore[];
  previousScoreDetails(office: number): IndicatorScore[];
  deltas(office: number): Record<IndicatorId, IndicatorDeltas>;
}

/** What an office evaluation knows at once: everything but the per-indicator records. */
export type OfficeFacts = Omit<OfficeEvaluation, 'counts' | 'values' | 'indicatorScores' | 'scoreDetails' | 'previousScoreDetails' | 'scoreChange' | 'deltas'>;

interface Lazy {
  readers: OfficeReaders;
  office: number;
  counts?: Counts;
  values?: IndicatorValues;
  scoreDetails?: IndicatorScore[];
  previousScoreDetails?: IndicatorScore[];
  scoreChange?: ScoreChange;
  indicatorScores?: Partial<Record<IndicatorId, number | null>>;
  deltas?: Record<IndicatorId, IndicatorDeltas>;
}

const LAZY = Symbol('lazy');

/**
 * One office's evaluation. The per-indicator records (values, counts, scores, deltas) are built on
 * first read, so a ranking of 3,000 offices costs what the screen shows (docs/engine.md, "Objects
 * screens read"). toJSON gives JSON the whole evaluation, but a spread or structuredClone copies
 * only the fields known at once — read the records by name. Deep equality sees the bookkeeping
 * symbol, so compare two evaluations' offices through toJSON.
 */
export class LazyOfficeEvaluation implements OfficeEvaluation {
  readonly officeId: string;
  readonly name: string;
  readonly kind: OfficeEvaluation['kind'];
  readonly parentId: string | null;
  readonly reporting: Reporting;
  readonly status: ReportingStatus;
  readonly partial: boolean;
  readonly score: number | null;
  readonly dataIncomplete: boolean;
  readonly rank: number | null;
  readonly standing: OfficeEvaluation['standing'];
  readonly previousRank: number | null;
  readonly rankChange: number | null;
  readonly rankMove: RankMove;
  readonly cards: Card[];
  private readonly [LAZY]: Lazy;

  constructor(facts: OfficeFacts, readers: OfficeReaders, office: number) {
    this.officeId = facts.officeId;
    this.name = facts.name;
    this.kind = facts.kind;
    this.parentId = facts.parentId;
    this.reporting = facts.reporting;
    this.status = facts.status;
    this.partial = facts.partial;
    this.score = facts.score;
    this.dataIncomplete = facts.dataIncomplete;
    this.rank = facts.rank;
    this.standing = facts.standing;
    this.previousRank = facts.previousRank;
    this.rankChange = facts.rankChange;
    this.rankMove = facts.rankMove;
    this.cards = facts.cards;
    this[LAZY] = { readers, office };
  }

  get counts(): Counts {
    const lazy = this[LAZY];
    return (lazy.counts ??= lazy.readers.counts(lazy.office));
  }

  get values(): IndicatorValues {
    const lazy = this[LAZY];
    return (lazy.values ??= lazy.readers.values(lazy.office));
  }

  get scoreDetails(): IndicatorScore[] {
    const lazy = this[LAZY];
    return (lazy.scoreDetails ??= lazy.readers.scoreDetails(lazy.office));
  }

  get previousScoreDetails(): IndicatorScore[] {
    const lazy = this[LAZY];
    return (lazy.previousScoreDetails ??= lazy.readers.previousScoreDetails(lazy.office));
  }

  get scoreChange(): ScoreChange {
    const lazy = this[LAZY];
    return (lazy.scoreChange ??= scoreChangeOf(this.score, this.scoreDetails, this.previousScoreDetails, this.previousScore));
  }

  /** The composite in the comparison period, from its details (null without one). */
  private get previousScore(): number | null {
    const details = this.previousScoreDetails;
    let points = 0;
    let any = false;
    for (const detail of details) {
      if (detail.points === null) continue;
      points += detail.points;
      any = true;
    }
    return any ? points : null;
  }

  get indicatorScores(): Partial<Record<IndicatorId, number | null>> {
    const lazy = this[LAZY];
    if (!lazy.indicatorScores) {
      const scores: Partial<Record<IndicatorId, number | null>> = {};
      for (const detail of this.scoreDetails) scores[detail.indicatorId] = detail.score;
      lazy.indicatorScores = scores;
    }
    return lazy.indicatorScores;
  }

  get deltas(): Record<IndicatorId, IndicatorDeltas> {
    const lazy = this[LAZY];
    return (lazy.deltas ??= lazy.readers.deltas(lazy.office));
  }

  /** The whole evaluation as plain data, in the order of OfficeEvaluation. */
  toJSON(): OfficeEvaluation {
    const deltas = this.deltas as unknown as { toJSON?: () => Record<IndicatorId, IndicatorDeltas> };
    return {
      officeId: this.officeId,
      name: this.name,
      kind: this.kind,
      parentId: this.parentId,
      counts: this.counts,
      values: this.values,
      reporting: this.reporting,
      status: this.status,
      partial: this.partial,
      score: this.score,
      indicatorScores: this.indicatorScores,
      scoreDetails: this.scoreDetails,
      previousScoreDetails: this.previousScoreDetails,
      scoreChange: this.scoreChange,
      dataIncomplete: this.dataIncomplete,
      rank: this.rank,
      standing: this.standing,
      previousRank: this.previousRank,
      rankChange: this.rankChange,
      rankMove: this.rankMove,
      cards: this.cards,
      deltas: deltas.toJSON ? deltas.toJSON() : this.deltas,
    };
  }
}

/** Points now − points then per indicator, largest change first; an indicator left out counts 0 points. */
export function scoreChangeOf(score: number | null, now: readonly IndicatorScore[], then: readonly IndicatorScore[], previous: number | null): ScoreChange {
  const ids = [...new Set([...now, ...then].map((detail) => detail.indicatorId))];
  const pointsIn = (details: readonly IndicatorScore[], id: IndicatorId) => details.find((detail) => detail.indicatorId === id)?.points ?? 0;
  const byIndicator = then.length === 0 ? [] : ids.map((indicatorId) => ({ indicatorId, change: pointsIn(now, indicatorId) - pointsIn(then, indicatorId) }));
  byIndicator.sort((a, b) => Math.abs(b.change) - Math.abs(a.change) || (a.indicatorId < b.indicatorId ? -1 : 1));
  return { total: score !== null && previous !== null ? score - previous : null, byIndicator: byIndicator.filter((entry) => Math.abs(entry.change) > 1e-9) };
}

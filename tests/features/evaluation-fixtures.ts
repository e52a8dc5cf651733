/**
 * Evaluations built by hand, in the shape src/engine/evaluationTypes.ts declares (the fairness
 * facts included: scoreDetails, dataIncomplete, rankMove, requested / through, previousPeriod null
 * for a year-to-date, Delta.gap), so screens and their pure helpers are tested on exactly the
 * situations they must state honestly, without running the engine.
 *
 *   const d1 = officeFixture({ officeId: 'D1', rank: 1, score: 96.5, values: { onTimeRate: 0.9995 } });
 *   const evaluation = evaluationFixture({ offices: [d1, …] });
 */
import {
  addMonths,
  INDICATOR_IDS,
  lookupIndicator,
  monthPeriod,
  periodLength,
  yearAgoPeriod as yearAgoOf,
  type Card,
  type CountField,
  type IndicatorId,
  type Office,
  type OfficeKind,
  type Period,
} from '../../src/domain';
import { DEFAULT_SCHEME, type Delta, type EngineData, type IndicatorDeltas, type PeriodEvaluation, type RankedKind } from '../../src/engine';
import type { IndicatorScore, OfficeEvaluation } from '../../src/engine/evaluationTypes';

/** A change as the engine states it; `gap` for a comparison that does not exist by rule (累计数不作环比). */
export function deltaOf(previous: number | null, current: number | null, gap?: 'cumulative'): Delta {
  if (gap) return { previous: null, absolute: null, relative: null, gap };
  const absolute = previous === null || current === null ? null : current - previous;
  return { previous, absolute, relative: absolute === null || previous === 0 ? null : absolute / Math.abs(previous!) };
}

export interface OfficeInit extends Partial<Omit<OfficeEvaluation, 'deltas'>> {
  officeId: string;
  /** Previous and year-ago values per indicator: deltas are built from them and `values`. */
  previous?: Partial<Record<IndicatorId, number | null>>;
  yearAgo?: Partial<Record<IndicatorId, number | null>>;
  /** No 环比 by rule (a year-to-date): every mom delta is a gap. */
  cumulative?: boolean;
}

/** One office's evaluation; anything not given is the quiet default of an office that reported everything. */
export function officeFixture(init: OfficeInit): OfficeEvaluation {
  const values = { ...(init.values ?? {}) } as OfficeEvaluation['values'];
  const deltas = {} as Record<IndicatorId, IndicatorDeltas>;
  for (const id of INDICATOR_IDS) {
    const value = (values as Record<string, number | null | undefined>)[id] ?? null;
    deltas[id] = {
      mom: init.cumulative ? deltaOf(null, null, 'cumulative') : deltaOf(init.previous?.[id] ?? null, value),
      yoy: deltaOf(init.yearAgo?.[id] ?? null, value),
    };
  }
  const kind: OfficeKind = init.kind ?? 'department';
  const status = init.status ?? 'complete';
  return {
    name: init.officeId,
    kind,
    parentId: 'R',
    counts: {},
    reporting: { reported: status === 'not-reported' ? 0 : 1, expected: 1 },
    partial: status === 'partial' || status === 'not-reported',
    score: null,
    indicatorScores: {},
    scoreDetails: [],
    previousScoreDetails: [],
    scoreChange: { total: null, byIndicator: [] },
    dataIncomplete: false,
    rank: null,
    standing: kind === 'department' || kind === 'township' ? (status === 'not-reported' ? 'not-reported' : init.rank != null ? 'ranked' : 'unscored') : null,
    previousRank: null,
    rankChange: null,
    rankMove: null,
    cards: [],
    ...init,
    status,
    values,
    deltas,
  };
}

/** How one scheme indicator stood; scored by default. */
export function detailFixture(indicatorId: IndicatorId, init: Partial<IndicatorScore> = {}): IndicatorScore {
  return {
    indicatorId,
    status: 'scored',
    value: null,
    score: null,
    weight: 10,
    points: null,
    lost: null,
    missingFields: [] as CountField[],
    denominator: null,
    minDenominator: 10,
    ...init,
  };
}

export function cardFixture(officeId: string, init: Partial<Card> = {}): Card {
  return {
    officeId,
    ruleId: 'overdue',
    level: 'red',
    subject: 'overdue',
    indicator: lookupIndicator(undefined, init.subject ?? 'overdue')!,
    comparison: 'gt',
    threshold: 0,
    actual: 1,
    message: '有超期办结事项',
    month: '2025-03',
    since: '2025-03',
    consecutiveMonths: 1,
    ...init,
  };
}

export interface EvaluationInit {
  /** The period asked for (default: March 2025). */
  requested?: Period;
  /** The months evaluated (default: requested, cut at `through`). */
  period?: Period;
  through?: string | null;
  /** Default: the engine's rule (the span before; null for a year-to-date). */
  previousPeriod?: Period | null;
  yearAgoPeriod?: Period;
  scope?: OfficeEvaluation;
  offices?: OfficeEvaluation[];
  cards?: Card[];
  partial?: boolean;
}

function rankOrder(a: OfficeEvaluation, b: OfficeEvaluation): number {
  const group = (office: OfficeEvaluation) => (office.rank !== null ? 0 : office.standing === 'not-reported' ? 2 : 1);
  return group(a) - group(b) || (a.rank ?? 0) - (b.rank ?? 0) || (a.officeId < b.officeId ? -1 : 1);
}

/** A period's evaluation over the offices given (the scope is a region 'R' unless given). */
export function evaluationFixture(init: EvaluationInit = {}): PeriodEvaluation {
  const requested = init.requested ?? monthPeriod('2025-03');
  const through = init.through ?? null;
  const period = init.period ?? (through ? { ...requested, to: through } : requested);
  // As the engine compares: the span just before, of the months evaluated (a period in progress
  // against the same months of the one before); a year-to-date has no 环比.
  const length = periodLength(requested);
  const previousPeriod =
    init.previousPeriod !== undefined
      ? init.previousPeriod
      : requested.kind === 'ytd'
        ? null
        : { kind: period.kind, from: addMonths(period.from, -length), to: addMonths(period.to, -length) };
  const offices = init.offices ?? [];
  const scope = init.scope ?? officeFixture({ officeId: 'R', name: '示例县', kind: 'region', parentId: null });
  const all = [scope, ...offices];
  const byId = new Map(all.map((office) => [office.officeId, office]));
  const ofKind = (kind: OfficeKind) => offices.filter((office) => office.kind === kind);
  const rankings = {} as Record<RankedKind, OfficeEvaluation[]>;
  const best = {} as Record<RankedKind, OfficeEvaluation[]>;
  const worst = {} as Record<RankedKind, OfficeEvaluation[]>;
  const notReported = {} as Record<RankedKind, OfficeEvaluation[]>;
  // Every kind the engine ranks (RankedKind): a scope's child regions too, as a prefecture has them.
  for (const kind of ['region', 'department', 'township'] as const) {
    rankings[kind] = [...ofKind(kind)].sort(rankOrder);
    const ranked = rankings[kind].filter((office) => office.rank !== null);
    best[kind] = ranked.filter((office) => office.rank! <= 3);
    worst[kind] =
      ranked.length > 3
        ? ranked
            .slice(-3)
            .reverse()
            .filter((office) => !best[kind].includes(office))
        : [];
    notReported[kind] = rankings[kind].filter((office) => office.standing === 'not-reported');
  }
  const cards = init.cards ?? offices.flatMap((office) => office.cards);
  return {
    requested,
    period,
    through,
    previousPeriod,
    yearAgoPeriod: init.yearAgoPeriod ?? yearAgoOf(period),
    scopeId: scope.officeId,
    schemeId: 'default-2025',
    scheme: DEFAULT_SCHEME,
    partial: init.partial ?? offices.some((office) => office.partial),
    reporting: { reported: offices.filter((office) => office.status !== 'not-reported').length, expected: offices.length },
    scope,
    office: (officeId) => byId.get(officeId),
    offices: () => all,
    officesOfKind: ofKind,
    missingOwnRecords: () =>
      offices.filter((office) => office.status === 'not-reported').map(({ officeId, name, kind, parentId }) => ({ officeId, name, kind, parentId })),
    rankings,
    best,
    worst,
    notReported,
    cards: [...cards].sort((a, b) => (a.level === b.level ? 0 : a.level === 'red' ? -1 : 1)),
    talkFlags: [],
  };
}

/** The little of EngineData the screens read for names and parents (distinctNames, displayNames). */
export function engineFixture(offices: readonly Pick<OfficeEvaluation, 'officeId' | 'name' | 'kind' | 'parentId'>[]): EngineData {
  const list: Office[] = offices.map(({ officeId, name, kind, parentId }) => ({ id: officeId, name, kind, parentId }));
  return { offices: list, officeIndex: new Map(list.map((office, index) => [office.id, index])) } as unknown as EngineData;
}

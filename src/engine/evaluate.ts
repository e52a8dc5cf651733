import { type Card, type OfficeKind, type Period, type Scheme } from '../domain';
import { ownRecordGaps } from './coverage';
import type { EngineData } from './engineData';
import { computeEvaluation, type EvaluateOptions, type EvaluationCore } from './evaluationCore';
import { RANKED, type OfficeEvaluation, type PeriodEvaluation, type RankMove, type ReportingStatus } from './evaluationTypes';
import { LazyOfficeEvaluation } from './officeEvaluation';
import { PeriodReaders } from './officeReaders';
import { KIND_CODE, officesOfKindIn } from './officeTree';
import { PeriodView, type OfficesByKind, type RankingLists } from './periodView';
import { bestOf, worstOf } from './ranking';
import { spanOf } from './rollup';

export type { EvaluateOptions } from './evaluationCore';

const STANDINGS = [null, 'ranked', 'unscored', 'not-reported'] as const;
const MOVES: readonly RankMove[] = [null, 'new', 'others'];

function statusOf(reported: number, expected: number): ReportingStatus {
  if (reported === 0) return expected > 0 ? 'not-reported' : 'not-expected';
  return reported < expected ? 'partial' : 'complete';
}

/**
 * Evaluates every office of a scope over a period: roll-ups, indicator values, scores, ranks
 * against the comparison period, cards, talk flags, and (per office, on first read) deltas
 * against the previous period and the same period a year earlier. The numbers are
 * computeEvaluation's; nothing is cached between calls: same arguments, same result.
 */
export function evaluatePeriod(data: EngineData, scheme: Scheme, period: Period, options: EvaluateOptions = {}): PeriodEvaluation {
  return viewEvaluation(computeEvaluation(data, scheme, period, options));
}

/** Builds office evaluations on first request and keeps them: a province of 20,000 offices pays only for what a screen shows. */
class OfficeBuilder {
  private readonly built: (OfficeEvaluation | undefined)[];
  private readonly cardsByOffice = new Map<string, Card[]>();
  private readonly readers: PeriodReaders;

  constructor(private readonly core: EvaluationCore) {
    this.built = new Array(core.end - core.start);
    this.readers = new PeriodReaders(core);
    for (const card of core.cards) {
      const list = this.cardsByOffice.get(card.officeId);
      if (list) list.push(card);
      else this.cardsByOffice.set(card.officeId, [card]);
    }
  }

  build = (office: number): OfficeEvaluation => {
    const { core } = this;
    const local = office - core.start;
    const existing = this.built[local];
    if (existing) return existing;
    const source = core.layout.data.offices[office]!;
    const reported = core.roll.reported[local]!;
    const expected = core.roll.expected[local]!;
    const status = statusOf(reported, expected);
    const score = core.rankings.composite[local]!;
    const rank = core.ranks[local]! || null;
    const change = core.rankChange[local]!;
    const evaluation = new LazyOfficeEvaluation(
      {
        officeId: source.id,
        name: source.name,
        kind: source.kind,
        parentId: source.parentId,
        reporting: { reported, expected },
        status,
        partial: status === 'partial' || status === 'not-reported',
        score: Number.isNaN(score) ? null : score,
        dataIncomplete: this.readers.dataIncomplete(office),
        rank,
        standing: STANDINGS[core.standings[local]!] ?? null,
        previousRank: core.previousRanks[local]! || null,
        rankChange: Number.isNaN(change) ? null : change,
        rankMove: MOVES[core.rankMove[local]!] ?? null,
        cards: this.cardsByOffice.get(source.id) ?? [],
      },
      this.readers,
      office,
    );
    this.built[local] = evaluation;
    return evaluation;
  };

  /** The four per-kind lists, built together when a screen first reads one of them. */
  rankingLists = (): RankingLists => {
    const lists: RankingLists = { rankings: {} as OfficesByKind, best: {} as OfficesByKind, worst: {} as OfficesByKind, notReported: {} as OfficesByKind };
    for (const kind of RANKED) {
      const ranking = this.core.rankings.byKind[kind];
      lists.notReported[kind] = ranking.notReported.map(this.build);
      lists.rankings[kind] = [...ranking.ranked.map((entry) => this.build(entry.item)), ...ranking.unscored.map(this.build), ...lists.notReported[kind]];
      lists.best[kind] = bestOf(ranking.ranked).map((entry) => this.build(entry.item));
      lists.worst[kind] = worstOf(ranking.ranked).map((entry) => this.build(entry.item));
    }
    return lists;
  };
}

/** The PeriodEvaluation screens read, over an evaluation's numbers. */
export function viewEvaluation(core: EvaluationCore): PeriodEvaluation {
  const { start, end, plan, layout } = core;
  const data = layout.data;
  const builder = new OfficeBuilder(core);
  const scope = builder.build(start);
  let lists: RankingLists | undefined;
  return new PeriodView(
    {
      requested: plan.requested,
      period: plan.period,
      through: plan.through,
      previousPeriod: plan.previous,
      yearAgoPeriod: plan.yearAgo,
      scopeId: data.offices[start]!.id,
      schemeId: layout.scheme.id,
      scheme: layout.scheme,
      partial: scope.status !== 'complete' && scope.status !== 'not-expected',
      reporting: scope.reporting,
      scope,
      office: (officeId) => {
        const index = data.officeIndex.get(officeId);
        return index === undefined || index < start || index >= end ? undefined : builder.build(index);
      },
      offices: () => {
        const all: OfficeEvaluation[] = [];
        for (let o = start; o < end; o++) all.push(builder.build(o));
        return all;
      },
      officesOfKind: (kind: OfficeKind) => Array.from(officesOfKindIn(data, KIND_CODE[kind], start + 1, end), builder.build),
      missingOwnRecords: () =>
        ownRecordGaps(data, start, end, spanOf(data, plan.period)).map((office) => {
          const source = data.offices[office]!;
          return { officeId: source.id, name: source.name, kind: source.kind, parentId: source.parentId };
        }),
      cards: core.cards,
      talkFlags: core.talkFlags,
    },
    () => (lists ??= builder.rankingLists()),
  );
}

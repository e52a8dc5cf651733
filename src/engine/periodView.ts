import type { OfficeEvaluation, PeriodEvaluation, RankedKind } from './evaluationTypes';

export type OfficesByKind = Record<RankedKind, OfficeEvaluation[]>;

/** The four per-kind lists of a period's evaluation, built together on first read. */
export interface RankingLists {
  rankings: OfficesByKind;
  best: OfficesByKind;
  worst: OfficesByKind;
  notReported: OfficesByKind;
}

/** Everything of a period's evaluation but the ranking lists. */
export type PeriodFacts = Omit<PeriodEvaluation, keyof RankingLists>;

const LISTS = Symbol('lists');

/**
 * A period's evaluation whose ranking lists (a few thousand office objects for a province) are
 * built when a screen first reads one of them. A class with getters on its prototype rather than
 * an object literal with accessors, for the garbage collector's sake (docs/engine.md, "Objects
 * screens read"). JSON and a spread see only the own fields; read the lists by name.
 */
export class PeriodView implements PeriodEvaluation {
  readonly requested: PeriodEvaluation['requested'];
  readonly period: PeriodEvaluation['period'];
  readonly through: PeriodEvaluation['through'];
  readonly previousPeriod: PeriodEvaluation['previousPeriod'];
  readonly yearAgoPeriod: PeriodEvaluation['yearAgoPeriod'];
  readonly scopeId: string;
  readonly schemeId: string;
  readonly scheme: PeriodEvaluation['scheme'];
  readonly partial: boolean;
  readonly reporting: PeriodEvaluation['reporting'];
  readonly scope: OfficeEvaluation;
  readonly office: PeriodEvaluation['office'];
  readonly offices: PeriodEvaluation['offices'];
  readonly officesOfKind: PeriodEvaluation['officesOfKind'];
  readonly missingOwnRecords: PeriodEvaluation['missingOwnRecords'];
  readonly cards: PeriodEvaluation['cards'];
  readonly talkFlags: PeriodEvaluation['talkFlags'];
  private readonly [LISTS]: () => RankingLists;

  constructor(facts: PeriodFacts, lists: () => RankingLists) {
    this.requested = facts.requested;
    this.period = facts.period;
    this.through = facts.through;
    this.previousPeriod = facts.previousPeriod;
    this.yearAgoPeriod = facts.yearAgoPeriod;
    this.scopeId = facts.scopeId;
    this.schemeId = facts.schemeId;
    this.scheme = facts.scheme;
    this.partial = facts.partial;
    this.reporting = facts.reporting;
    this.scope = facts.scope;
    this.office = facts.office;
    this.offices = facts.offices;
    this.officesOfKind = facts.officesOfKind;
    this.missingOwnRecords = facts.missingOwnRecords;
    this.cards = facts.cards;
    this.talkFlags = facts.talkFlags;
    this[LISTS] = lists;
  }

  get rankings(): OfficesByKind {
    return this[LISTS]().rankings;
  }

  get best(): OfficesByKind {
    return this[LISTS]().best;
  }

  get worst(): OfficesByKind {
    return this[LISTS]().worst;
  }

  get notReported(): OfficesByKind {
    return this[LISTS]().notReported;
  }
}

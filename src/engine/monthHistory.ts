import { compareMonths, monthPeriod, monthsBetween, type Card, type MonthKey, type Scheme } from '../domain';
import type { EngineData } from './engineData';
import { evaluatePeriod } from './evaluate';
import { RANKED, type RankedKind } from './evaluationTypes';
import type { MonthRange } from './trend';

export interface MonthStanding {
  rank: number;
  score: number;
}

/** What a month's evaluation says about ranks and cards, kept small enough to hold for 36 months. */
export interface MonthSummary {
  month: MonthKey;
  /** Someone in the scope due that month had not reported: its ranks and cards were provisional. */
  partial: boolean;
  /** Rank and composite score of every ranked office of the scope, by office id. */
  standings: ReadonlyMap<string, MonthStanding>;
  /** How many offices of each ranked kind were ranked that month. */
  rankedCount: Readonly<Record<RankedKind, number>>;
  /** Ranked offices whose own figures miss someone due (a township whose office did not report, its villages did). */
  partialOffices: ReadonlySet<string>;
  /** Offices of the ranked kinds that were due that month and sent nothing. */
  notReported: ReadonlySet<string>;
  /** Every card of the month in the scope, in the evaluation's order (red first). */
  cards: readonly Card[];
}

function summarise(data: EngineData, scheme: Scheme, month: MonthKey, scopeId: string): MonthSummary {
  const evaluation = evaluatePeriod(data, scheme, monthPeriod(month), { scopeId });
  const standings = new Map<string, MonthStanding>();
  const rankedCount = { region: 0, department: 0, township: 0 };
  const notReported = new Set<string>();
  const partialOffices = new Set<string>();
  for (const kind of RANKED) {
    for (const office of evaluation.rankings[kind]) {
      if (office.rank !== null && office.score !== null) {
        standings.set(office.officeId, { rank: office.rank, score: office.score });
        rankedCount[kind]++;
        if (office.partial) partialOffices.add(office.officeId);
      }
    }
    for (const office of evaluation.notReported[kind]) notReported.add(office.officeId);
  }
  return { month, partial: evaluation.partial, standings, rankedCount, partialOffices, notReported, cards: evaluation.cards };
}

// Keyed on the engine data and the scheme objects, so new data or an edited scheme starts afresh
// and nothing outlives them.
const cache = new WeakMap<EngineData, WeakMap<Scheme, Map<string, MonthSummary>>>();

function cacheFor(data: EngineData, scheme: Scheme): Map<string, MonthSummary> {
  let byScheme = cache.get(data);
  if (!byScheme) {
    byScheme = new WeakMap();
    cache.set(data, byScheme);
  }
  let summaries = byScheme.get(scheme);
  if (!summaries) {
    summaries = new Map();
    byScheme.set(scheme, summaries);
  }
  return summaries;
}

/**
 * Month by month over a range (clipped to the months with data): each month evaluated exactly as
 * a month view is, so a rank in a history is the rank the ranking screen showed for that month.
 *
 * Rank histories and cards over time ask for the same months again and again (every office page
 * of a scope, every filter of the alerts page), so each month's summary is computed once per
 * engine data, scheme and scope. The result depends only on the arguments.
 */
export function monthHistory(data: EngineData, scheme: Scheme, months: MonthRange, options: { scopeId?: string } = {}): MonthSummary[] {
  if (!data.firstMonth || !data.lastMonth) return [];
  const from = compareMonths(months.from, data.firstMonth) < 0 ? data.firstMonth : months.from;
  const to = compareMonths(months.to, data.lastMonth) > 0 ? data.lastMonth : months.to;
  const scopeId = options.scopeId ?? data.rootIds[0];
  if (scopeId === undefined) return [];
  const summaries = cacheFor(data, scheme);
  return monthsBetween(from, to).map((month) => {
    const key = `${scopeId}\u0000${month}`;
    let summary = summaries.get(key);
    if (!summary) {
      summary = summarise(data, scheme, month, scopeId);
      summaries.set(key, summary);
    }
    return summary;
  });
}

import { addMonths, indicatorById, monthPeriod, type IndicatorId, type MonthKey, type Scheme } from '../domain';
import { cardsByLevel, figuresByCategory, missingOffices, notReportedOffices, rankedKindRollup, reviewBreakdown, scopeDeltas } from './bulletinParts';
import { rankRow, rankingColumns } from './bulletinRows';
import type { BulletinFacts, BulletinOffice } from './bulletinTypes';
import type { EngineData } from './engineData';
import { evaluatePeriod } from './evaluate';
import { RANKED } from './evaluationTypes';

export * from './bulletinTypes';

/**
 * Everything a monthly bulletin (月度通报) states for one month and one scope, as plain data
 * (JSON-serialisable): the narrative, the screen and every export read this same object.
 */
export function bulletinFacts(data: EngineData, scheme: Scheme, month: MonthKey, scopeId?: string): BulletinFacts {
  const period = monthPeriod(month);
  const evaluation = evaluatePeriod(data, scheme, period, scopeId === undefined ? {} : { scopeId });
  const scope = evaluation.scope;
  const office = (id: string): BulletinOffice => {
    const found = evaluation.office(id);
    return found ? { officeId: found.officeId, name: found.name, kind: found.kind } : { officeId: id, name: id, kind: 'region' };
  };

  const rankings = {} as BulletinFacts['rankings'];
  const best = {} as BulletinFacts['best'];
  const worst = {} as BulletinFacts['worst'];
  const kindTotals = {} as BulletinFacts['kindTotals'];
  for (const kind of RANKED) {
    const columns = rankingColumns(scheme, kind);
    const rows = evaluation.rankings[kind].map((entry) => rankRow(entry, columns));
    rankings[kind] = { kind, columns, rows, partial: rows.some((entry) => entry.partial) };
    best[kind] = evaluation.best[kind].map((entry) => rankRow(entry, columns));
    worst[kind] = evaluation.worst[kind].map((entry) => rankRow(entry, columns));
    kindTotals[kind] = rankedKindRollup(data, scheme, evaluation, kind, period);
  }

  const missing = missingOffices(data, evaluation);
  const deltas = scopeDeltas(scheme, scope);
  return {
    month,
    period,
    previousMonth: addMonths(month, -1),
    yearAgoMonth: addMonths(month, -12),
    scope: { officeId: scope.officeId, name: scope.name, kind: scope.kind },
    scheme: { id: scheme.id, name: scheme.name },
    definitions: scheme.definitions,
    scoring: scheme.indicators.map((indicator) => ({ ...indicator, appliesTo: [...indicator.appliesTo] })),
    partial: evaluation.partial,
    coverage: {
      ...scope.reporting,
      rate: scope.reporting.expected > 0 ? scope.reporting.reported / scope.reporting.expected : null,
      notReported: notReportedOffices(evaluation, missing),
      missing,
    },
    totals: { counts: { ...scope.counts }, values: { ...scope.values }, deltas },
    figures: figuresByCategory(scheme, scope, deltas),
    reviews: reviewBreakdown(data, scheme, evaluation, period),
    kindTotals,
    rankings,
    best,
    worst,
    cards: cardsByLevel(evaluation, office),
    talkFlags: evaluation.talkFlags.map((flag) => ({ ...office(flag.officeId), months: [...flag.months] })),
  };
}

/** The label of a built-in indicator for narrative text, kept here so bulletin writers need one import. */
export function indicatorLabel(id: IndicatorId, locale: 'zh' | 'en' = 'zh'): string {
  return indicatorById(id).label[locale];
}

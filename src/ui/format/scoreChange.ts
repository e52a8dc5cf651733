/**
 * What moved an office's score since the comparison period, as the rankings and an office's page
 * state it: "比上期 −12.40分：好评率 −15.00，网上办理率 +2.60". Pure functions over the engine's
 * OfficeEvaluation.scoreChange and the scheme the evaluation was computed under. Apart from
 * lostPoints.ts because the overview (the first screen) names lost points but no score change.
 */
import type { Indicator, Scheme } from '../../domain';
import type { OfficeEvaluation } from '../../engine/evaluationTypes';
import { indicatorName } from '../naming/indicatorName';
import { LOST_ITEMS_SHOWN, POINTS_SHOWN, schemeIndicator, signedPoints, type LostWords } from './lostPoints';

export interface ScoreChangeView {
  /** null: no score in one of the two periods. */
  total: number | null;
  /** The indicators that moved the score most, largest first, each with its change in points. */
  causes: { indicator: Indicator; change: number }[];
}

/** What moved the office's score since the comparison period: the change and its main causes. */
export function scoreChangeView(
  office: Pick<OfficeEvaluation, 'scoreChange'>,
  scheme: Pick<Scheme, 'definitions'>,
  limit: number = LOST_ITEMS_SHOWN,
): ScoreChangeView {
  const change = office.scoreChange ?? { total: null, byIndicator: [] };
  const total = change.total !== null && Number.isFinite(change.total) ? change.total : null;
  const causes = change.byIndicator
    .filter((entry) => Number.isFinite(entry.change) && Math.abs(entry.change) >= POINTS_SHOWN)
    .slice(0, Math.max(0, limit))
    .map((entry) => ({ indicator: schemeIndicator(scheme, entry.indicatorId), change: entry.change }));
  return { total, causes };
}

/** "好评率 −15.00，网上办理率 +2.60" */
export function causesText(view: ScoreChangeView, words: LostWords): string {
  return view.causes
    .map((cause) => words.t('lost.cause', { indicator: indicatorName(cause.indicator, words.locale), change: signedPoints(cause.change, words) }))
    .join(words.t('lost.separator'));
}

/**
 * "比上期 −12.40分：好评率 −15.00，网上办理率 +2.60"; a year-to-date compares with the
 * year-to-date one month shorter ("比截至上月累计"); null without a change to state.
 */
export function scoreChangeText(view: ScoreChangeView, cumulative: boolean, words: LostWords): string | null {
  if (view.total === null) return null;
  const against = words.t(cumulative ? 'lost.againstCumulative' : 'lost.against');
  const total = Math.abs(view.total) < POINTS_SHOWN ? words.t('lost.unchanged') : words.t('lost.totalPoints', { points: signedPoints(view.total, words) });
  const causes = causesText(view, words);
  return causes ? words.t('lost.changeWithCauses', { against, total, causes }) : words.t('lost.change', { against, total });
}

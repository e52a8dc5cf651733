import type { CardRule, OfficeKind, Scheme, SchemeIndicator } from '../domain';

const RANKED: OfficeKind[] = ['department', 'township'];

function scored(indicatorId: SchemeIndicator['indicatorId'], weight: number, floor: number, target: number): SchemeIndicator {
  return { indicatorId, weight, floor, target, appliesTo: [...RANKED] };
}

function rule(
  id: string,
  subject: CardRule['subject'],
  comparison: CardRule['comparison'],
  threshold: number,
  level: CardRule['level'],
  message: string,
): CardRule {
  return { id, subject, comparison, threshold, level, message, appliesTo: [...RANKED] };
}

/**
 * The built-in 考核方案, modelled on county practice: handling, online service, reviews (好差评),
 * the 12345 hotline and disclosure, weighted to 100 for departments and townships alike.
 *
 * Real rates crowd just under 100% (好评率 99.99%, 按时办结率 99.98%, 回访满意率 99.5%), so the
 * floors sit close to the target: a floor of 99% and a target of 100% turn 99.5% into 50 points,
 * which is what makes a ranking of near-perfect offices say anything. Looser floors are used where
 * real values spread wider (网上办理率 ~86%, 问题解决率 ~93%). Disclosure is a count; its floor and
 * target are per month (a county of ~40 units publishes ~7,500 entries a year, ~15 a unit a month).
 */
export const DEFAULT_SCHEME: Scheme = {
  version: 1,
  id: 'default-2025',
  name: '政务服务绩效考核方案（默认）',
  indicators: [
    scored('completionRate', 10, 0.95, 1),
    scored('onTimeRate', 15, 0.99, 1),
    scored('onlineRate', 10, 0.6, 0.9),
    scored('fullyOnlineRate', 10, 0.3, 0.8),
    scored('goodReviewRate', 15, 0.995, 1),
    scored('activeReviewRate', 5, 0.9, 1),
    scored('rectificationRate', 10, 0.8, 1),
    scored('hotlineResponseRate', 5, 0.95, 1),
    scored('hotlineOnTimeRate', 5, 0.9, 1),
    scored('hotlineResolutionRate', 5, 0.8, 0.95),
    scored('hotlineSatisfactionRate', 5, 0.95, 1),
    scored('disclosures', 5, 0, 15),
  ],
  // Yellow warns, red reprimands (行政效能电子监察): deadlines and bad reviews are the classic
  // triggers; the rate lines sit below the scoring floors' comfort zone so cards stay rare.
  cardRules: [
    rule('near-deadline', 'nearDeadline', 'gt', 0, 'yellow', '有临期未办结事项，请在时限内办结'),
    rule('overdue', 'overdue', 'gt', 0, 'red', '有超期办结事项'),
    rule('bad-review-unrectified', 'badReviewsUnrectified', 'gt', 0, 'red', '有差评未按期整改'),
    rule('on-time-warning', 'onTimeRate', 'lt', 0.995, 'yellow', '按时办结率低于预警线 99.5%'),
    rule('on-time-red', 'onTimeRate', 'lt', 0.98, 'red', '按时办结率低于红线 98%'),
    rule('good-review-warning', 'goodReviewRate', 'lt', 0.99, 'yellow', '好评率低于预警线 99%'),
    rule('good-review-red', 'goodReviewRate', 'lt', 0.98, 'red', '好评率低于红线 98%'),
    rule('hotline-on-time-warning', 'hotlineOnTimeRate', 'lt', 0.92, 'yellow', '热线按时办结率低于预警线 92%'),
    rule('hotline-on-time-red', 'hotlineOnTimeRate', 'lt', 0.9, 'red', '热线按时办结率低于红线 90%'),
  ],
};

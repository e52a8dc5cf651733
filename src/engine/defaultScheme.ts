import {
  BUILT_IN_INDICATORS,
  DEFAULT_SCHEME_RULES,
  NATIONAL_REVIEW_LEVELS,
  SCHEME_VERSION,
  type CardRule,
  type OfficeKind,
  type Scheme,
  type SchemeIndicator,
} from '../domain';

const UNITS: OfficeKind[] = ['department', 'township'];
const ALL_RANKED: OfficeKind[] = ['region', 'department', 'township'];

function scored(indicatorId: SchemeIndicator['indicatorId'], weight: number, floor: number, target: number, appliesTo = ALL_RANKED): SchemeIndicator {
  return { indicatorId, weight, floor, target, appliesTo: [...appliesTo] };
}

function rule(
  id: string,
  subject: CardRule['subject'],
  comparison: CardRule['comparison'],
  threshold: number,
  level: CardRule['level'],
  message: string,
): CardRule {
  return { id, subject, comparison, threshold, level, message, appliesTo: [...UNITS] };
}

/**
 * The built-in 考核方案, modelled on county practice: handling, online service, reviews (好差评),
 * the 12345 hotline and disclosure, weighted to 100 for departments and townships alike.
 *
 * Regions (the counties of a prefecture, ranked against each other) are scored on the same rates,
 * from their own roll-up: sums of their offices' counts, never a mean of their offices' scores.
 *
 * Real rates crowd just under 100% (好评率 99.99%, 按时办结率 99.98%, 回访满意率 99.5%), so the
 * floors sit close to the target: a floor of 99% and a target of 100% turn 99.5% into 50 points,
 * which is what makes a ranking of near-perfect offices say anything. Looser floors are used where
 * real values spread wider (网上办理率 ~86%, 问题解决率 ~93%). Disclosure is a count; its floor and
 * target are per month (a county of ~40 units publishes ~7,500 entries a year, ~15 a unit a month).
 *
 * Fairness rules: a field an indicator needs that an office did not report scores that indicator
 * 0 (数据不全); a rate under its minimum denominator is 样本不足 and left out; 约谈提示 after two
 * consecutive months last in its kind.
 */
export const DEFAULT_SCHEME: Scheme = {
  version: SCHEME_VERSION,
  id: 'default-2025',
  name: '政务服务绩效考核方案（默认）',
  definitions: BUILT_IN_INDICATORS.map((definition) => ({ ...definition, appliesTo: [...definition.appliesTo] })),
  reviewLevels: { good: [...NATIONAL_REVIEW_LEVELS.good], bad: [...NATIONAL_REVIEW_LEVELS.bad] },
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
    // A unit's disclosures are a count per month; a region's would be its units' sum, so a region
    // is held to the share of its disclosures the level above adopted instead.
    scored('disclosures', 5, 0, 15, UNITS),
    scored('disclosureAdoptionRate', 5, 0.05, 0.2, ['region']),
  ],
  // The e-supervision practice (行政效能电子监察): cards are about items — red for an item past its
  // deadline (completed late, or still open at month end) and for a bad review not rectified within
  // its deadline; yellow for an item near its deadline and for a rate under its warning line.
  // Rate-based red lines are a scheme's choice and not in the default.
  cardRules: [
    rule('overdue', 'overdue', 'gt', 0, 'red', '有超期办结事项'),
    rule('overdue-open', 'overdueOpen', 'gt', 0, 'red', '有超期未办结事项'),
    rule('bad-review-overdue', 'badReviewsOverdue', 'gt', 0, 'red', '有差评超过整改时限未整改'),
    rule('near-deadline', 'nearDeadline', 'gt', 0, 'yellow', '有临期未办结事项，请在时限内办结'),
    rule('on-time-warning', 'onTimeRate', 'lt', 0.995, 'yellow', '按时办结率低于预警线 99.5%'),
    rule('good-review-warning', 'goodReviewRate', 'lt', 0.99, 'yellow', '好评率低于预警线 99%'),
    rule('hotline-on-time-warning', 'hotlineOnTimeRate', 'lt', 0.92, 'yellow', '热线按时办结率低于预警线 92%'),
  ],
  rules: { ...DEFAULT_SCHEME_RULES },
};

import type { IndicatorId } from '../../domain';

/** The period's headline figures, in the order a bulletin reads them. */
export const HEADLINE_INDICATORS: readonly IndicatorId[] = [
  'accepted',
  'completed',
  'onlineRate',
  'goodReviewRate',
  'rectificationRate',
  'hotlineOnTimeRate',
  'hotlineResolutionRate',
  'hotlineSatisfactionRate',
  'disclosures',
];

export const VOLUME_TREND: readonly IndicatorId[] = ['accepted', 'completed'];

/** Small multiples: each rate keeps its own axis, since they sit at very different levels. */
export const RATE_TREND: readonly IndicatorId[] = [
  'onlineRate',
  'goodReviewRate',
  'rectificationRate',
  'hotlineOnTimeRate',
  'hotlineResolutionRate',
  'hotlineSatisfactionRate',
];

/** How many offices of a ranked kind the best and worst lists name. */
export const BEST_WORST_SIZE = 3;

/** Offices named in the volume ranking. */
export const TOP_VOLUME_SIZE = 10;

/** Offices named in the "not reported" line before "and n more". */
export const MISSING_LIST_SIZE = 8;

import type { CountField } from './counts';
import type { OfficeKind } from './office';

export const INDICATOR_CATEGORIES = ['handling', 'online', 'reviews', 'hotline', 'disclosure'] as const;
/** 办件 / 网办 / 好差评 / 热线 / 公开 */
export type IndicatorCategory = (typeof INDICATOR_CATEGORIES)[number];

export type Direction = 'higher' | 'lower';

/** Rates are fractions (0.9967), never percentages, everywhere but the screen. */
export type IndicatorUnit = 'items' | 'reviews' | 'tickets' | 'entries' | 'rate';

export type Formula =
  | { type: 'count'; field: CountField }
  | { type: 'ratio'; numerator: CountField; denominator: CountField }
  | { type: 'difference'; minuend: CountField; subtrahend: CountField };

export interface Indicator {
  id: IndicatorId;
  label: { zh: string; en: string };
  formula: Formula;
  unit: IndicatorUnit;
  direction: Direction;
  category: IndicatorCategory;
  appliesTo: readonly OfficeKind[];
}

const ALL: readonly OfficeKind[] = ['region', 'department', 'township', 'village'];
const NO_VILLAGE: readonly OfficeKind[] = ['region', 'department', 'township'];

function count<const Field extends CountField>(
  field: Field,
  zh: string,
  en: string,
  unit: IndicatorUnit,
  category: IndicatorCategory,
  direction: Direction = 'higher',
  appliesTo: readonly OfficeKind[] = ALL,
) {
  return { id: field, label: { zh, en }, formula: { type: 'count', field }, unit, direction, category, appliesTo } as const;
}

function ratio<const Id extends string>(
  id: Id,
  numerator: CountField,
  denominator: CountField,
  zh: string,
  en: string,
  category: IndicatorCategory,
  direction: Direction = 'higher',
  appliesTo: readonly OfficeKind[] = ALL,
) {
  return {
    id,
    label: { zh, en },
    formula: { type: 'ratio', numerator, denominator },
    unit: 'rate',
    direction,
    category,
    appliesTo,
  } as const;
}

const DEFINITIONS = [
  count('accepted', '受理件数', 'Items accepted', 'items', 'handling'),
  count('completed', '办结件数', 'Items completed', 'items', 'handling'),
  count('completedOnTime', '按时办结件数', 'Completed on time', 'items', 'handling'),
  count('overdue', '超期件数', 'Overdue items', 'items', 'handling', 'lower'),
  count('nearDeadline', '临期件数', 'Items near deadline', 'items', 'handling', 'lower'),
  ratio('completionRate', 'completed', 'accepted', '办结率', 'Completion rate', 'handling'),
  ratio('onTimeRate', 'completedOnTime', 'completed', '按时办结率', 'On-time completion', 'handling'),
  count('onlineAccepted', '网上受理件数', 'Accepted online', 'items', 'online', 'higher', NO_VILLAGE),
  count('fullyOnline', '全程网办件数', 'Handled fully online', 'items', 'online', 'higher', NO_VILLAGE),
  ratio('onlineRate', 'onlineAccepted', 'accepted', '网上办理率', 'Online handling rate', 'online', 'higher', NO_VILLAGE),
  ratio('fullyOnlineRate', 'fullyOnline', 'accepted', '全程网办率', 'Fully online rate', 'online', 'higher', NO_VILLAGE),
  count('reviews', '评价数', 'Reviews', 'reviews', 'reviews'),
  count('activeReviews', '主动评价数', 'Active reviews', 'reviews', 'reviews'),
  count('goodReviews', '好评数', 'Good reviews', 'reviews', 'reviews'),
  count('badReviews', '差评数', 'Bad reviews', 'reviews', 'reviews', 'lower'),
  count('badReviewsRectified', '差评整改数', 'Bad reviews rectified', 'reviews', 'reviews'),
  {
    id: 'badReviewsUnrectified',
    label: { zh: '差评未整改数', en: 'Bad reviews not rectified' },
    formula: { type: 'difference', minuend: 'badReviews', subtrahend: 'badReviewsRectified' },
    unit: 'reviews',
    direction: 'lower',
    category: 'reviews',
    appliesTo: ALL,
  } as const,
  ratio('activeReviewRate', 'activeReviews', 'reviews', '主动评价率', 'Active review rate', 'reviews'),
  ratio('goodReviewRate', 'goodReviews', 'reviews', '好评率', 'Good review rate', 'reviews'),
  ratio('badReviewRate', 'badReviews', 'reviews', '差评率', 'Bad review rate', 'reviews', 'lower'),
  ratio('rectificationRate', 'badReviewsRectified', 'badReviews', '差评整改率', 'Rectification rate', 'reviews'),
  count('hotlineTickets', '热线工单数', 'Hotline tickets', 'tickets', 'hotline', 'higher', NO_VILLAGE),
  count('hotlineResponded', '热线按时响应数', 'Hotline tickets answered in time', 'tickets', 'hotline', 'higher', NO_VILLAGE),
  count('hotlineOnTime', '热线按时办结数', 'Hotline tickets closed on time', 'tickets', 'hotline', 'higher', NO_VILLAGE),
  count('hotlineResolved', '热线问题解决数', 'Hotline tickets resolved', 'tickets', 'hotline', 'higher', NO_VILLAGE),
  count('hotlineRevisited', '热线回访数', 'Hotline tickets revisited', 'tickets', 'hotline', 'higher', NO_VILLAGE),
  count('hotlineSatisfied', '热线回访满意数', 'Hotline revisits satisfied', 'tickets', 'hotline', 'higher', NO_VILLAGE),
  ratio('hotlineResponseRate', 'hotlineResponded', 'hotlineTickets', '诉求响应率', 'Hotline response rate', 'hotline', 'higher', NO_VILLAGE),
  ratio('hotlineOnTimeRate', 'hotlineOnTime', 'hotlineTickets', '热线按时办结率', 'Hotline on-time rate', 'hotline', 'higher', NO_VILLAGE),
  ratio('hotlineResolutionRate', 'hotlineResolved', 'hotlineTickets', '问题解决率', 'Hotline resolution rate', 'hotline', 'higher', NO_VILLAGE),
  ratio('hotlineSatisfactionRate', 'hotlineSatisfied', 'hotlineRevisited', '回访满意率', 'Hotline satisfaction', 'hotline', 'higher', NO_VILLAGE),
  count('disclosures', '公开信息条数', 'Items disclosed', 'entries', 'disclosure', 'higher', NO_VILLAGE),
  count('disclosuresAdopted', '被上级采用条数', 'Disclosures adopted', 'entries', 'disclosure', 'higher', NO_VILLAGE),
  ratio('disclosureAdoptionRate', 'disclosuresAdopted', 'disclosures', '信息采用率', 'Adoption rate', 'disclosure', 'higher', NO_VILLAGE),
] as const;

export type IndicatorId = (typeof DEFINITIONS)[number]['id'];

export const INDICATORS: readonly Indicator[] = DEFINITIONS;

export const INDICATOR_IDS: readonly IndicatorId[] = DEFINITIONS.map((d) => d.id);

const BY_ID = new Map<string, Indicator>(INDICATORS.map((indicator) => [indicator.id, indicator]));

export function isIndicatorId(value: unknown): value is IndicatorId {
  return typeof value === 'string' && BY_ID.has(value);
}

export function indicatorById(id: IndicatorId): Indicator {
  const indicator = BY_ID.get(id);
  if (!indicator) throw new RangeError(`unknown indicator: ${id}`);
  return indicator;
}

export function isRate(indicator: Indicator): boolean {
  return indicator.unit === 'rate';
}

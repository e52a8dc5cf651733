import type { CountField } from './counts';
import { countOf, differenceOf, ratioOf, type Formula } from './formula';
import type { OfficeKind } from './office';

export const INDICATOR_CATEGORIES = ['handling', 'online', 'reviews', 'hotline', 'disclosure'] as const;
/** 办件 / 网办 / 好差评 / 热线 / 公开 */
export type IndicatorCategory = (typeof INDICATOR_CATEGORIES)[number];

export const DIRECTIONS = ['higher', 'lower'] as const;
export type Direction = (typeof DIRECTIONS)[number];

export const INDICATOR_UNITS = ['items', 'reviews', 'tickets', 'entries', 'rate'] as const;
/** Rates are fractions (0.9967), never percentages, everywhere but the screen. */
export type IndicatorUnit = (typeof INDICATOR_UNITS)[number];

/** An indicator's id: a built-in one (BUILT_IN_INDICATORS) or one a scheme defines. */
export type IndicatorId = string;

/**
 * What an indicator is (指标口径): its names, its formula over contract fields, its unit and
 * direction, the kinds of office it means something for, and — for a rate — the denominator
 * below which a value is a small sample (样本不足): neither scored nor carded.
 */
export interface Indicator {
  id: IndicatorId;
  label: { zh: string; en: string };
  formula: Formula;
  unit: IndicatorUnit;
  direction: Direction;
  category: IndicatorCategory;
  appliesTo: readonly OfficeKind[];
  /** Rates only: a denominator under this is 样本不足. 0 = any denominator above 0 counts. */
  minDenominator: number;
}

const ALL: readonly OfficeKind[] = ['region', 'department', 'township', 'village'];
const NO_VILLAGE: readonly OfficeKind[] = ['region', 'department', 'township'];

/** Minimum denominators of the default scheme: 10 items, 20 reviews, 10 hotline tickets. */
export const MIN_ITEMS = 10;
export const MIN_REVIEWS = 20;
export const MIN_TICKETS = 10;

interface Options {
  direction?: Direction;
  appliesTo?: readonly OfficeKind[];
}

function count(field: CountField, zh: string, en: string, unit: IndicatorUnit, category: IndicatorCategory, options: Options = {}): Indicator {
  return {
    id: field,
    label: { zh, en },
    formula: countOf(field),
    unit,
    direction: options.direction ?? 'higher',
    category,
    appliesTo: options.appliesTo ?? ALL,
    minDenominator: 0,
  };
}

function rate(id: string, formula: Formula, zh: string, en: string, category: IndicatorCategory, minDenominator: number, options: Options = {}): Indicator {
  return {
    id,
    label: { zh, en },
    formula,
    unit: 'rate',
    direction: options.direction ?? 'higher',
    category,
    appliesTo: options.appliesTo ?? ALL,
    minDenominator,
  };
}

const lower = { direction: 'lower' } as const;
const online = { appliesTo: NO_VILLAGE } as const;

/**
 * The built-in catalogue: the default scheme's indicator definitions. A scheme may redefine any of
 * them (its 口径) or add its own; the ids below are what v1 schemes and the screens refer to.
 * goodReviews and badReviews in a formula are 好评 and 差评 as the scheme defines them from the
 * five review levels where a record sent those (see ReviewLevels), its own fields elsewhere.
 */
export const BUILT_IN_INDICATORS: readonly Indicator[] = [
  count('accepted', '受理件数', 'Items accepted', 'items', 'handling'),
  count('completed', '办结件数', 'Items completed', 'items', 'handling'),
  count('completedOnTime', '按时办结件数', 'Completed on time', 'items', 'handling'),
  count('overdue', '超期办结件数', 'Completed after deadline', 'items', 'handling', lower),
  count('nearDeadline', '临期在办件数', 'Open items near deadline', 'items', 'handling', lower),
  count('overdueOpen', '超期未办结件数', 'Open items past deadline', 'items', 'handling', lower),
  count('carriedOver', '上月结转在办件数', 'Open items carried over', 'items', 'handling'),
  rate('completionRate', ratioOf(['completed'], ['accepted', 'carriedOver?']), '办结率', 'Completion rate', 'handling', MIN_ITEMS),
  rate('onTimeRate', ratioOf(['completedOnTime'], ['completed']), '按时办结率', 'On-time completion', 'handling', MIN_ITEMS),
  count('onlineAccepted', '网上受理件数', 'Accepted online', 'items', 'online', online),
  count('fullyOnline', '全程网办件数', 'Handled fully online', 'items', 'online', online),
  rate('onlineRate', ratioOf(['onlineAccepted'], ['accepted']), '网上办理率', 'Online handling rate', 'online', MIN_ITEMS, online),
  rate('fullyOnlineRate', ratioOf(['fullyOnline'], ['accepted']), '全程网办率', 'Fully online rate', 'online', MIN_ITEMS, online),
  count('reviews', '评价数', 'Reviews', 'reviews', 'reviews'),
  count('activeReviews', '主动评价数', 'Active reviews', 'reviews', 'reviews'),
  count('reviewsVerySatisfied', '非常满意评价数', 'Very satisfied', 'reviews', 'reviews'),
  count('reviewsSatisfied', '满意评价数', 'Satisfied', 'reviews', 'reviews'),
  count('reviewsBasicallySatisfied', '基本满意评价数', 'Basically satisfied', 'reviews', 'reviews'),
  count('reviewsDissatisfied', '不满意评价数', 'Dissatisfied', 'reviews', 'reviews', lower),
  count('reviewsVeryDissatisfied', '非常不满意评价数', 'Very dissatisfied', 'reviews', 'reviews', lower),
  count('goodReviews', '好评数', 'Good reviews', 'reviews', 'reviews'),
  count('badReviews', '差评数', 'Bad reviews', 'reviews', 'reviews', lower),
  count('badReviewsRectified', '差评整改数', 'Bad reviews rectified', 'reviews', 'reviews'),
  {
    id: 'badReviewsUnrectified',
    label: { zh: '差评未整改数', en: 'Bad reviews not rectified' },
    formula: differenceOf(['badReviews'], ['badReviewsRectified']),
    unit: 'reviews',
    direction: 'lower',
    category: 'reviews',
    appliesTo: ALL,
    minDenominator: 0,
  },
  count('badReviewsOverdue', '差评超期未整改数', 'Bad reviews past rectification deadline', 'reviews', 'reviews', lower),
  rate('activeReviewRate', ratioOf(['activeReviews'], ['reviews']), '主动评价率', 'Active review rate', 'reviews', MIN_REVIEWS),
  rate('goodReviewRate', ratioOf(['goodReviews'], ['reviews']), '好评率', 'Good review rate', 'reviews', MIN_REVIEWS),
  rate('badReviewRate', ratioOf(['badReviews'], ['reviews']), '差评率', 'Bad review rate', 'reviews', MIN_REVIEWS, lower),
  // Bad reviews are rare: every one of them is to be rectified, so one is enough to score.
  rate('rectificationRate', ratioOf(['badReviewsRectified'], ['badReviews']), '差评整改率', 'Rectification rate', 'reviews', 1),
  count('hotlineTickets', '热线工单数', 'Hotline tickets', 'tickets', 'hotline', online),
  count('hotlineResponded', '热线按时响应数', 'Hotline tickets answered in time', 'tickets', 'hotline', online),
  count('hotlineCompleted', '热线办结数', 'Hotline tickets closed', 'tickets', 'hotline', online),
  count('hotlineOnTime', '热线按时办结数', 'Hotline tickets closed on time', 'tickets', 'hotline', online),
  count('hotlineResolved', '热线问题解决数', 'Hotline tickets resolved', 'tickets', 'hotline', online),
  count('hotlineRevisited', '热线回访数', 'Hotline tickets revisited', 'tickets', 'hotline', online),
  count('hotlineSatisfied', '热线回访满意数', 'Hotline revisits satisfied', 'tickets', 'hotline', online),
  rate('hotlineResponseRate', ratioOf(['hotlineResponded'], ['hotlineTickets']), '诉求响应率', 'Hotline response rate', 'hotline', MIN_TICKETS, online),
  rate('hotlineCompletionRate', ratioOf(['hotlineCompleted'], ['hotlineTickets']), '热线办结率', 'Hotline completion rate', 'hotline', MIN_TICKETS, online),
  // An open ticket not yet due is not late: over the tickets closed where the source sends them.
  rate(
    'hotlineOnTimeRate',
    ratioOf(['hotlineOnTime'], ['hotlineCompleted|hotlineTickets']),
    '热线按时办结率',
    'Hotline on-time rate',
    'hotline',
    MIN_TICKETS,
    online,
  ),
  rate('hotlineResolutionRate', ratioOf(['hotlineResolved'], ['hotlineTickets']), '问题解决率', 'Hotline resolution rate', 'hotline', MIN_TICKETS, online),
  rate('hotlineSatisfactionRate', ratioOf(['hotlineSatisfied'], ['hotlineRevisited']), '回访满意率', 'Hotline satisfaction', 'hotline', MIN_TICKETS, online),
  count('disclosures', '公开信息条数', 'Items disclosed', 'entries', 'disclosure', online),
  count('disclosuresAdopted', '被上级采用条数', 'Disclosures adopted', 'entries', 'disclosure', online),
  rate('disclosureAdoptionRate', ratioOf(['disclosuresAdopted'], ['disclosures']), '信息采用率', 'Adoption rate', 'disclosure', MIN_ITEMS, online),
];

/** Kept for screens that name indicators without a scheme at hand: the built-in catalogue. */
export const INDICATORS: readonly Indicator[] = BUILT_IN_INDICATORS;

export const INDICATOR_IDS: readonly IndicatorId[] = BUILT_IN_INDICATORS.map((d) => d.id);

const BY_ID = new Map<string, Indicator>(BUILT_IN_INDICATORS.map((indicator) => [indicator.id, indicator]));

/** A built-in indicator's id. A scheme's own indicators are looked up in the scheme (definitionOf). */
export function isIndicatorId(value: unknown): value is IndicatorId {
  return typeof value === 'string' && BY_ID.has(value);
}

/** A built-in indicator; throws for an unknown id. */
export function indicatorById(id: IndicatorId): Indicator {
  const indicator = BY_ID.get(id);
  if (!indicator) throw new RangeError(`unknown indicator: ${id}`);
  return indicator;
}

export function isRate(indicator: Indicator): boolean {
  return indicator.unit === 'rate';
}

/** An indicator by id: the scheme's definition where it has one (its own indicators, its 口径), else the built-in one. */
export function lookupIndicator(definitions: readonly Indicator[] | undefined, id: IndicatorId): Indicator | undefined {
  return definitions?.find((definition) => definition.id === id) ?? BY_ID.get(id);
}

/** lookupIndicator, or a placeholder named by the id for an id nothing defines: never a crash where it is worded. */
export function indicatorOrPlaceholder(definitions: readonly Indicator[] | undefined, id: IndicatorId): Indicator {
  return (
    lookupIndicator(definitions, id) ?? {
      id,
      label: { zh: id, en: id },
      formula: { type: 'count', terms: [] },
      unit: 'items',
      direction: 'higher',
      category: 'handling',
      appliesTo: [],
      minDenominator: 0,
    }
  );
}

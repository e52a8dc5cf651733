/**
 * Numbers a bureau can sign: the one place where every screen, table, chart tooltip and export
 * decides how a change, a rate and an office's standing are stated. Pure functions over the words
 * of one language (an I18n, or createTranslate + createFormatters), tested without a DOM.
 *
 * - A change of a rate is the difference of the two rates as displayed (two decimals of a per
 *   cent), so that shown(current) − shown(previous) = shown(change), always.
 * - A change of a count is relative, unless the base is under 10: then it is absolute (+21件),
 *   never "+2,100.00%".
 * - A cumulative (year-to-date) figure has no 环比: it shows — with that reason.
 * - A rate above 100% is never shown without its reason beside it.
 * - 样本不足, 数据不全, 未报送, 新进, and a rank moved only by others' reporting, each with a hint.
 */
import {
  DEFAULT_SCHEME_RULES,
  indicatorById,
  isIndicatorId,
  isRate,
  parseTerm,
  type Card,
  type CountField,
  type Indicator,
  type IndicatorId,
  type IndicatorUnit,
  type Locale,
  type MonthKey,
} from '../../domain';
import { DEFAULT_SCHEME, type Delta } from '../../engine';
import type { IndicatorScore, OfficeEvaluation, RankMove } from '../../engine/evaluation-types';
import type { Translate } from '../i18n/translate';
import { isMessageKey } from '../i18n/translate';
import type { Formatters } from './formatters';
import { NO_VALUE } from './formatters';
import { RATE_STEPS, rateSteps } from './rateSteps';

export { RATE_STEPS, rateSteps };

/** What the functions here need of an I18n. */
export type Words = { t: Translate; locale: Locale } & Pick<
  Formatters,
  'formatCount' | 'formatRate' | 'formatIndicator' | 'formatPointChange' | 'formatRelativeChange' | 'formatCountChange' | 'formatMonth'
>;

function finite(value: number | null | undefined): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

// ---------------------------------------------------------------------------------------------
// Rates as displayed

/** The rate as it is displayed, as a fraction: 0.99967 → 0.9997. */
export function displayedRate(rate: number | null | undefined): number | null {
  return finite(rate) ? rateSteps(rate) / RATE_STEPS : null;
}

/**
 * current − previous in percentage points, from the two rates as displayed, as a fraction
 * (0.0005 = 0.05 个百分点): 99.97% − 99.95% is +0.02 个百分点 whatever the digits behind them.
 */
export function displayedPointChange(current: number | null | undefined, previous: number | null | undefined): number | null {
  if (!finite(current) || !finite(previous)) return null;
  return (rateSteps(current) - rateSteps(previous)) / RATE_STEPS;
}

/** Above 100.00% as displayed (100.004% shows as 100.00% and needs no reason). */
export function isOverHundred(rate: number | null | undefined): boolean {
  return finite(rate) && rateSteps(rate) > RATE_STEPS;
}

export interface RateReason {
  /** Beside the figure: 含以前月份受理的件. */
  short: string;
  /** The full reason, for a title or a footnote. */
  long: string;
}

/**
 * Why a rate shows above 100%, or null when it does not. 办结率 passes 100% where a source does
 * not send 上月结转在办件数 (carriedOver): items accepted in earlier months are completed now.
 */
export function overHundredReason(indicator: Indicator | IndicatorId, value: number | null | undefined, { t }: Pick<Words, 't'>): RateReason | null {
  const definition = typeof indicator === 'string' ? (isIndicatorId(indicator) ? indicatorById(indicator) : null) : indicator;
  // Only a rate is a per cent: 32,917 items are not "above 100%".
  if (!definition || !isRate(definition) || !isOverHundred(value)) return null;
  const id = definition.id;
  if (id === 'completionRate') return { short: t('figure.over100.completionRate'), long: t('figure.over100.completionRateHint') };
  return { short: t('figure.over100.other'), long: t('figure.over100.otherHint') };
}

/**
 * An indicator's value as plain text, a rate above 100% with its reason beside it:
 * "102.35%（含以前月份受理的件）". For tables, tooltips, exports: anywhere one string is shown.
 */
export function indicatorText(indicator: Indicator, value: number | null | undefined, words: Pick<Words, 't' | 'formatIndicator'>): string {
  const text = words.formatIndicator(indicator, value);
  if (!isRate(indicator)) return text;
  const reason = overHundredReason(indicator, value, words);
  return reason ? words.t('figure.withReason', { value: text, reason: reason.short }) : text;
}

// ---------------------------------------------------------------------------------------------
// Changes

/** A count whose previous value is under this changes in units, not per cent. */
export const SMALL_BASE = 10;

export type ChangeMeasure = 'points' | 'relative' | 'absolute';
export type ChangeMovement = 'up' | 'down' | 'flat' | 'none' | 'gap';
/** good/bad by the indicator's direction: for a lower-is-better indicator a rise is bad. */
export type ChangeTone = 'good' | 'bad' | 'flat' | 'none';

export interface ChangeView {
  /** none: no comparable figure; gap: no comparison by rule (累计数不作环比). */
  movement: ChangeMovement;
  tone: ChangeTone;
  /** points for a rate (as displayed), relative for a count, absolute for a count on a base under 10. */
  measure: ChangeMeasure;
  /** points and relative as fractions (0.0005 = 0.05 个百分点, 0.032 = 3.20%); absolute in units. */
  value: number | null;
}

/** A count's change: relative, or absolute when the base is under SMALL_BASE (0 included). */
export function countChange(current: number | null | undefined, previous: number | null | undefined): { measure: 'relative' | 'absolute'; value: number } | null {
  if (!finite(current) || !finite(previous)) return null;
  if (Math.abs(previous) < SMALL_BASE) return { measure: 'absolute', value: current - previous };
  return { measure: 'relative', value: (current - previous) / Math.abs(previous) };
}

/** Below this a relative change shows as 0.00% and reads as no change. */
const RELATIVE_FLAT = 0.00005;

/**
 * How a change against a comparison period reads: from the current value and the delta's
 * previous one (never its absolute: a rate's change is taken between the displayed rates).
 */
export function describeChange(indicator: Indicator, current: number | null | undefined, delta: Delta | undefined): ChangeView {
  const rate = isRate(indicator);
  const measure: ChangeMeasure = rate ? 'points' : 'relative';
  if (delta?.gap === 'cumulative') return { movement: 'gap', tone: 'none', measure, value: null };
  const previous = delta?.previous;
  let value: number | null;
  let shownMeasure: ChangeMeasure = measure;
  if (rate) value = displayedPointChange(current, previous);
  else {
    const change = countChange(current, previous);
    value = change?.value ?? null;
    shownMeasure = change?.measure ?? measure;
  }
  if (value === null) return { movement: 'none', tone: 'none', measure: shownMeasure, value: null };
  const flat = shownMeasure === 'relative' ? Math.abs(value) < RELATIVE_FLAT : value === 0;
  if (flat) return { movement: 'flat', tone: 'flat', measure: shownMeasure, value };
  const movement = value > 0 ? 'up' : 'down';
  const better = (movement === 'up') === (indicator.direction === 'higher');
  return { movement, tone: better ? 'good' : 'bad', measure: shownMeasure, value };
}

export type CountUnitWord = IndicatorUnit | 'cards';

/** A signed count with its unit: +21件, -3条, +1张. */
export function countChangeText(value: number, unit: CountUnitWord, { t, formatCountChange }: Pick<Words, 't' | 'formatCountChange'>): string {
  const key = unit === 'rate' ? 'figure.unit.items' : (`figure.unit.${unit}` as const);
  return t(key, { value: formatCountChange(value) });
}

/** The change as shown: +0.05个百分点, +3.20%, +21件; — when there is none (see changeReason). */
export function changeText(indicator: Indicator, view: ChangeView, words: Pick<Words, 't' | 'formatPointChange' | 'formatRelativeChange' | 'formatCountChange'>): string {
  if (view.value === null) return NO_VALUE;
  switch (view.measure) {
    case 'points':
      return words.formatPointChange(view.value);
    case 'relative':
      return words.formatRelativeChange(view.value);
    case 'absolute':
      return countChangeText(view.value, indicator.unit, words);
  }
}

/** Why a change shows as —, or why it is in units: for a title, a tooltip or a screen reader. */
export function changeReason(view: ChangeView, { t }: Pick<Words, 't'>): string | null {
  if (view.movement === 'gap') return t('figure.change.cumulative');
  if (view.movement === 'none') return t('figure.change.none');
  if (view.measure === 'absolute') return t('figure.change.smallBase');
  return null;
}

/** One string for a table cell or an export: the change, or — with its reason. */
export function changeCellText(indicator: Indicator, current: number | null | undefined, delta: Delta | undefined, words: Words): string {
  const view = describeChange(indicator, current, delta);
  if (view.movement === 'gap') return words.t('figure.withReason', { value: NO_VALUE, reason: words.t('figure.change.cumulative') });
  return changeText(indicator, view, words);
}

// ---------------------------------------------------------------------------------------------
// Periods in progress

/** "11月", or "2025年11月" when the month is not of the period's year. */
export function throughMonthText(through: MonthKey, periodTo: MonthKey, { t, formatMonth }: Pick<Words, 't' | 'formatMonth'>): string {
  return through.slice(0, 4) === periodTo.slice(0, 4) ? t('figure.throughMonth', { month: Number(through.slice(5, 7)) }) : formatMonth(through);
}

// ---------------------------------------------------------------------------------------------
// Where an office stands

/**
 * The Chinese (or English) name of a contract field: 好评数. The domain's registry names every
 * count; the dictionary's field names (quality.field.*) cover the rest once loaded; a field neither
 * knows (a source's own column) is data and shows as it came.
 */
export function fieldName(field: string, { t, locale }: Pick<Words, 't' | 'locale'>): string {
  if (isIndicatorId(field)) {
    const { label } = indicatorById(field);
    return locale === 'zh-CN' ? label.zh : label.en;
  }
  const key = `quality.field.${field}`;
  return isMessageKey(key) ? t(key) : field;
}

export function fieldList(fields: readonly string[], words: Pick<Words, 't' | 'locale'>): string {
  return [...new Set(fields)].map((field) => fieldName(field, words)).join(words.t('standing.fieldSeparator'));
}

export interface StandingMark {
  label: string;
  hint: string;
}

/** 数据不全 with the fields not reported, or null when the office's score is complete. */
export function dataIncompleteMark(
  office: Pick<OfficeEvaluation, 'dataIncomplete' | 'scoreDetails'>,
  words: Pick<Words, 't' | 'locale'>,
): StandingMark | null {
  if (!office.dataIncomplete) return null;
  const missing = office.scoreDetails.filter((detail) => detail.status === 'missing');
  const fields = missing.flatMap((detail) => detail.missingFields);
  // Under the scheme's default rule a missing indicator scores 0; under 'leave-out' it has no score.
  const zero = missing.length === 0 ? DEFAULT_SCHEME_RULES.missingData === 'zero' : missing.some((detail) => detail.score === 0);
  return {
    label: words.t('standing.incomplete'),
    hint: words.t('standing.incompleteHint', {
      fields: fields.length > 0 ? fieldList(fields, words) : words.t('state.noValue'),
      rule: words.t(zero ? 'standing.incompleteZero' : 'standing.incompleteLeaveOut'),
    }),
  };
}

/** The denominator's name when it is one plain field (评价数), else 分母. */
function denominatorName(indicator: Indicator, words: Pick<Words, 't' | 'locale'>): string {
  if (indicator.formula.type !== 'ratio' || indicator.formula.denominator.length !== 1) return words.t('standing.denominator');
  const term = parseTerm(indicator.formula.denominator[0]!);
  if (!term || term.names.length !== 1 || term.optional) return words.t('standing.denominator');
  return fieldName(term.names[0]!, words);
}

/** How one scheme indicator stood for an office, as a label and a hint; null for a scored one. */
export function standingMark(detail: IndicatorScore, indicator: Indicator | undefined, words: Pick<Words, 't' | 'locale' | 'formatCount'>): StandingMark | null {
  switch (detail.status) {
    case 'scored':
      return null;
    case 'missing':
      return { label: words.t('standing.incomplete'), hint: words.t('standing.missingHint', { fields: fieldList(detail.missingFields, words) }) };
    case 'small-sample':
      return {
        label: words.t('standing.smallSample'),
        hint: words.t('standing.smallSampleHint', {
          denominator: indicator ? denominatorName(indicator, words) : words.t('standing.denominator'),
          value: words.formatCount(detail.denominator),
          min: words.formatCount(detail.minDenominator),
        }),
      };
    case 'no-value':
      return { label: words.t('standing.noValue'), hint: words.t('standing.noValueHint') };
  }
}

/** 未报送: an office that reported nothing shows this, never a number. */
export function notReportedMark({ t }: Pick<Words, 't'>): StandingMark {
  return { label: t('standing.notReported'), hint: t('standing.notReportedHint') };
}

export interface RankChangeView {
  /**
   * up/down/same: the change among the offices ranked in both periods; new: 新进; others: the
   * rank number moved only because others stopped or started reporting; none: nothing to compare;
   * gap: no comparison by rule (a cumulative period ranked by one indicator).
   */
  kind: 'up' | 'down' | 'same' | 'new' | 'others' | 'none' | 'unranked' | 'gap';
  places: number | null;
  /** What the cell shows: ↑3, ↓1, —, 新进, 名次因他单位变动. */
  text: string;
  /** The full sentence, for a title and a screen reader. */
  hint: string;
}

export interface RankChangeInput {
  rank: number | null;
  previousRank: number | null;
  rankChange: number | null;
  rankMove: RankMove;
  /** No comparison exists by rule (累计数不作环比). */
  gap?: boolean;
}

export function rankChangeView(input: RankChangeInput, { t, formatCount }: Pick<Words, 't' | 'formatCount'>): RankChangeView {
  const { rank, previousRank, rankChange, rankMove } = input;
  if (rank === null) return { kind: 'unranked', places: null, text: NO_VALUE, hint: t('rank.unranked') };
  if (input.gap) return { kind: 'gap', places: null, text: NO_VALUE, hint: t('rank.cumulative') };
  if (rankMove === 'new') return { kind: 'new', places: null, text: t('rank.new'), hint: t('rank.newHint') };
  if (rankMove === 'others' && previousRank !== null && previousRank !== rank) {
    return { kind: 'others', places: 0, text: t('rank.others'), hint: t('rank.othersHint', { previous: formatCount(previousRank), rank: formatCount(rank) }) };
  }
  if (rankChange === null) return { kind: 'none', places: null, text: NO_VALUE, hint: t('rank.noPrevious') };
  if (rankChange === 0) return { kind: 'same', places: 0, text: NO_VALUE, hint: t('rank.same') };
  const places = Math.abs(rankChange);
  const shown = formatCount(places);
  return rankChange > 0
    ? { kind: 'up', places, text: `↑${shown}`, hint: t('rank.up', { places: shown }) }
    : { kind: 'down', places, text: `↓${shown}`, hint: t('rank.down', { places: shown }) };
}

// ---------------------------------------------------------------------------------------------
// Cards

export interface CardCount {
  offices: number;
  cards: number;
}

/** How many offices carry a red / yellow card, and how many cards. */
export function cardCounts(cards: readonly Pick<Card, 'level' | 'officeId'>[]): { red: CardCount; yellow: CardCount; offices: number } {
  const count = (level: Card['level']): CardCount => {
    const of = cards.filter((card) => card.level === level);
    return { offices: new Set(of.map((card) => card.officeId)).size, cards: of.length };
  };
  return { red: count('red'), yellow: count('yellow'), offices: new Set(cards.map((card) => card.officeId)).size };
}

/** "3 个单位（4 张）". */
export function cardCountText(count: CardCount, { t, formatCount }: Pick<Words, 't' | 'formatCount'>): string {
  return t('cards.offices', { offices: formatCount(count.offices), cards: formatCount(count.cards) });
}

const BUILT_IN_RULES = new Map(DEFAULT_SCHEME.cardRules.map((rule) => [rule.id, rule.subject]));

/**
 * What a card rule is called on screen, never its id: a rule of the built-in scheme by its Chinese
 * name (when it still watches what the built-in rule watches), a staff-made one by its message,
 * and one without a message by what it says ("按时办结率 < 99.50%").
 */
export function cardRuleName(
  rule: Pick<Card, 'ruleId' | 'subject' | 'message' | 'comparison' | 'threshold'> & { indicator?: Indicator },
  words: Pick<Words, 't' | 'locale' | 'formatIndicator'>,
  conditionText: (rule: Pick<Card, 'subject' | 'comparison' | 'threshold'>) => string,
): string {
  const key = `cardRule.${rule.ruleId}`;
  if (BUILT_IN_RULES.get(rule.ruleId) === rule.subject && isMessageKey(key)) return words.t(key);
  const message = rule.message.trim();
  if (message !== '') return message;
  const indicator = rule.indicator ?? (isIndicatorId(rule.subject) ? indicatorById(rule.subject) : null);
  const name = indicator ? (words.locale === 'zh-CN' ? indicator.label.zh : indicator.label.en) : rule.subject;
  return words.t('cardRule.described', { indicator: name, condition: conditionText(rule) });
}

// ---------------------------------------------------------------------------------------------
// Schemes and demo scenarios

/** The built-in scheme's ids, past and present. */
const DEFAULT_SCHEME_IDS = new Set(['default-2025', DEFAULT_SCHEME.id]);

/** A scheme as staff know it: the built-in one is 默认考核方案, any other by its name, never its id. */
export function schemeName(scheme: { id: string; name: string }, { t }: Pick<Words, 't'>): string {
  if (DEFAULT_SCHEME_IDS.has(scheme.id)) return t('scheme.defaultName');
  const name = scheme.name.trim();
  return name === '' ? t('scheme.unnamed') : name;
}

const SCENARIOS = ['normal', 'large', 'hostile', 'slow', 'error', 'outage'] as const;

/** A demo scenario's name: normal 示范县, large 示范市, hostile 异常数据 … */
export function scenarioName(scenario: string | undefined, { t }: Pick<Words, 't'>): string {
  const name = scenario ?? 'normal';
  return (SCENARIOS as readonly string[]).includes(name) ? t(`scenario.${name as (typeof SCENARIOS)[number]}`) : t('scenario.other');
}

/** The missing fields of an office's scored indicators, each once, in scheme order. */
export function missingFields(office: Pick<OfficeEvaluation, 'scoreDetails'>): CountField[] {
  return [...new Set(office.scoreDetails.flatMap((detail) => (detail.status === 'missing' ? detail.missingFields : [])))];
}

/**
 * Each office's scoreDetails by indicator, read once per office: a table reads an office's
 * standing for several columns, and an evaluation may build scoreDetails on each read.
 */
export function detailsByOffice(
  offices: readonly Pick<OfficeEvaluation, 'officeId' | 'scoreDetails'>[],
): Map<string, Map<IndicatorId, IndicatorScore>> {
  return new Map(offices.map((office) => [office.officeId, new Map((office.scoreDetails ?? []).map((detail) => [detail.indicatorId, detail]))]));
}

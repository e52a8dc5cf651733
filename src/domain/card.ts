import type { Indicator, IndicatorId } from './indicators';
import type { MonthKey } from './month';
import type { CardLevel, Comparison } from './scheme';

/** A red or yellow card: which office, which rule, which number, since when. */
export interface Card {
  officeId: string;
  ruleId: string;
  level: CardLevel;
  subject: IndicatorId;
  /** The subject's definition under the scheme in force (its names, unit and category), so a card of a scheme's own indicator reads as well as a built-in one's. */
  indicator: Indicator;
  comparison: Comparison;
  threshold: number;
  actual: number;
  message: string;
  /** The month evaluated. */
  month: MonthKey;
  /** The first month of the unbroken run of months in which this rule fired for this office. */
  since: MonthKey;
  consecutiveMonths: number;
}

/** An office last of its kind in consecutive months: the usual trigger for a formal talk (约谈). */
export interface TalkFlag {
  officeId: string;
  months: MonthKey[];
}

import type { IndicatorId } from './indicators';
import type { MonthKey } from './month';
import type { CardLevel, Comparison } from './scheme';

/** A red or yellow card: which office, which rule, which number, since when. */
export interface Card {
  officeId: string;
  ruleId: string;
  level: CardLevel;
  subject: IndicatorId;
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

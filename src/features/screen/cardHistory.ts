import { addMonths, compareMonths, monthPeriod, type MonthKey, type Scheme } from '../../domain';
import { evaluatePeriod, monthCoverage, type EngineData } from '../../engine';

export interface MonthCards {
  month: MonthKey;
  red: number;
  yellow: number;
  /** Some office due that month had not reported: the counts may still grow. */
  partial: boolean;
}

/** Red and yellow cards of each of the `count` months up to `lastMonth`, within the data's months. */
export function cardHistory(engine: EngineData, scheme: Scheme, lastMonth: MonthKey, count: number, scopeId?: string): MonthCards[] {
  const first = engine.firstMonth;
  if (!first) return [];
  const history: MonthCards[] = [];
  for (let back = count - 1; back >= 0; back--) {
    const month = addMonths(lastMonth, -back);
    if (compareMonths(month, first) < 0) continue;
    const cards = evaluatePeriod(engine, scheme, monthPeriod(month), { scopeId }).cards;
    let red = 0;
    for (const card of cards) if (card.level === 'red') red++;
    history.push({ month, red, yellow: cards.length - red, partial: monthCoverage(engine, month, scopeId).partial });
  }
  return history;
}

import { describe, expect, test } from 'vitest';
import { monthPeriod, type Card } from '../../../src/domain';
import { buildEngineData, evaluatePeriod, DEFAULT_SCHEME } from '../../../src/engine';
import { monthHistory } from '../../../src/engine/monthHistory';
import { cardCategories, cardKinds, cardMatcher, cardsPerMonth, isFiltered, parseAlertFilters } from '../../../src/features/alerts/filters';
import { M, OFFICES, P, RECORDS, SCHEME } from '../rankings/small-county';

const engine = buildEngineData(OFFICES, RECORDS);
const kindOf = (id: string) => OFFICES.find((office) => office.id === id)?.kind;
const cards = evaluatePeriod(engine, SCHEME, monthPeriod(M)).cards;
const ids = (list: readonly Card[]) => list.map((card) => `${card.level}:${card.officeId}:${card.ruleId}`);

describe('alert filters', () => {
  test('read from the URL; anything unknown lets everything through', () => {
    expect(parseAlertFilters(new URLSearchParams('level=red&officeKind=township&category=hotline&area=c1&rule=overdue'))).toEqual({
      level: 'red',
      officeKind: 'township',
      category: 'hotline',
      area: 'c1',
      rule: 'overdue',
    });
    const loose = parseAlertFilters(new URLSearchParams('level=purple&officeKind=<b>&category=&area=&rule='));
    expect(loose).toEqual({ level: 'all', officeKind: 'all', category: 'all', area: 'all', rule: 'all' });
    expect(isFiltered(loose)).toBe(false);
    expect(isFiltered({ ...loose, level: 'yellow' })).toBe(true);
  });

  test('level, office kind and indicator category each narrow the list', () => {
    expect(ids(cards)).toEqual(['red:D3:overdue', 'yellow:T1:near']);
    const only = (query: string) => ids(cards.filter(cardMatcher(parseAlertFilters(new URLSearchParams(query)), kindOf)));
    expect(only('level=red')).toEqual(['red:D3:overdue']);
    expect(only('officeKind=township')).toEqual(['yellow:T1:near']);
    expect(only('category=handling')).toEqual(['red:D3:overdue', 'yellow:T1:near']);
    expect(only('category=reviews')).toEqual([]);
    expect(only('level=yellow&officeKind=department')).toEqual([]);
  });

  test('the kinds and categories offered are those the scheme’s rules can fire for', () => {
    expect(cardKinds(SCHEME)).toEqual(['department', 'township']);
    expect(cardCategories(SCHEME)).toEqual(['handling']);
    expect(cardCategories(DEFAULT_SCHEME)).toEqual(['handling', 'reviews', 'hotline']);
  });

  test('cards per month count what each month’s list shows, filters applied', () => {
    const history = monthHistory(engine, SCHEME, { from: P, to: M });
    const all = cardMatcher(parseAlertFilters(new URLSearchParams()), kindOf);
    expect(cardsPerMonth(history, all)).toEqual([
      { month: P, red: 1, yellow: 0, partial: false },
      { month: M, red: 1, yellow: 1, partial: true },
    ]);
    const townships = cardMatcher(parseAlertFilters(new URLSearchParams('officeKind=township')), kindOf);
    expect(cardsPerMonth(history, townships).map((month) => [month.red, month.yellow])).toEqual([
      [0, 0],
      [0, 1],
    ]);
  });
});

import { describe, expect, test } from 'vitest';
import { monthPeriod, type MonthlyRecord } from '../../../src/domain';
import { buildEngineData, DEFAULT_SCHEME, evaluatePeriod } from '../../../src/engine';
import { areaOf, groupCards } from '../../../src/features/alerts/cardGroups';
import { cardMatcher, OWN_AREA, parseAlertFilters } from '../../../src/features/alerts/filters';
import { childRegions } from '../../../src/ui/view/scopeTree';
import { generateDataset } from '../../../mocks/generator';

const END = '2026-06';
const data = generateDataset({ scenario: 'large', endMonth: END, months: 4 });
const engine = buildEngineData(data.offices, data.records as MonthlyRecord[]);
const evaluation = evaluatePeriod(engine, DEFAULT_SCHEME, monthPeriod(END), { scopeId: 'pref' });
const counties = childRegions(engine, 'pref');

describe('cards of a prefecture by county and rule', () => {
  test('every county listed in tree order, then the city’s own offices; the counts add up to the cards', () => {
    const groups = groupCards(engine, 'pref', counties, evaluation.cards, DEFAULT_SCHEME);
    expect(groups.areas.map((group) => group.area)).toEqual([...counties.map((county) => county.id), OWN_AREA]);
    const total = groups.areas.reduce((sum, group) => sum + group.cards.length, 0);
    expect(total).toBe(evaluation.cards.length);
    expect(evaluation.cards.length).toBeGreaterThan(13);
    for (const group of groups.areas) {
      // A group's cards are its offices': each lies in that county (or in no county).
      for (const card of group.cards) expect(areaOf(engine, 'pref', card.officeId)).toBe(group.area);
      const byRule = [...group.byRule.values()].reduce((sum, n) => sum + n, 0);
      expect(byRule).toBe(group.cards.length);
    }
    // Red rules first, each fired rule once, in the scheme's order within a level.
    const levels = groups.rules.map((rule) => rule.level);
    expect(levels.indexOf('yellow') === -1 || levels.lastIndexOf('red') < levels.indexOf('yellow')).toBe(true);
    expect(new Set(groups.rules.map((rule) => rule.ruleId)).size).toBe(groups.rules.length);
    const order = DEFAULT_SCHEME.cardRules.map((rule) => rule.id);
    const reds = groups.rules.filter((rule) => rule.level === 'red').map((rule) => order.indexOf(rule.ruleId));
    expect([...reds].sort((a, b) => a - b)).toEqual(reds);
  });

  test('a county without a card is listed, with nothing; a scope with no offices of its own has no own row unless a card is there', () => {
    const one = evaluation.cards.filter((card) => areaOf(engine, 'pref', card.officeId) === counties[0]!.id);
    const groups = groupCards(engine, 'pref', counties, one, DEFAULT_SCHEME, false);
    expect(groups.areas).toHaveLength(13);
    expect(groups.areas.slice(1).every((group) => group.cards.length === 0)).toBe(true);
  });

  test('the region and rule filters narrow the cards to one county’s one rule; a region of another scope is ignored', () => {
    const kindOf = (id: string) => engine.offices[engine.officeIndex.get(id)!]!.kind;
    const area = (id: string) => areaOf(engine, 'pref', id);
    const areas = new Set([...counties.map((county) => county.id), OWN_AREA]);
    const card = evaluation.cards.find((entry) => area(entry.officeId) !== OWN_AREA)!;
    const filters = parseAlertFilters(new URLSearchParams(`area=${area(card.officeId)}&rule=${card.ruleId}`));
    const only = evaluation.cards.filter(cardMatcher(filters, kindOf, area, areas));
    expect(only.length).toBeGreaterThan(0);
    expect(only.every((entry) => entry.ruleId === card.ruleId && area(entry.officeId) === area(card.officeId))).toBe(true);
    const stranger = parseAlertFilters(new URLSearchParams('area=somewhere-else'));
    expect(evaluation.cards.filter(cardMatcher(stranger, kindOf, area, areas))).toHaveLength(evaluation.cards.length);
  });
});

import type { Card, Office, Scheme } from '../../domain';
import type { EngineData } from '../../engine';
import { childRegionOf } from '../../ui';
import { OWN_AREA } from './filters';

/** A card rule that fired in the scope: a card of it names it on screen. */
export interface FiredRule {
  ruleId: string;
  level: Card['level'];
  sample: Card;
}

/** One area of the scope: a child region (a county of the prefecture), or the scope's own offices. */
export interface AreaGroup {
  /** The region's id, or OWN_AREA. */
  area: string;
  region: Office | null;
  /** Cards per rule id. */
  byRule: Map<string, number>;
  cards: Card[];
}

export interface CardGroups {
  rules: FiredRule[];
  /** The child regions in tree order, then the scope's own offices (when it has any cards or offices of its own). */
  areas: AreaGroup[];
}

/** The child region of the scope an office is in, or OWN_AREA for the scope's own offices. */
export function areaOf(engine: EngineData, scopeId: string, officeId: string): string {
  return childRegionOf(engine, scopeId, officeId)?.id ?? OWN_AREA;
}

/**
 * The cards of a scope with child regions, counted by area and rule: which county has how many of
 * which card — the table a prefecture reads before the detail. Rules red first, then in the
 * scheme's order (a rule the scheme no longer has, last); areas in tree order, every child region
 * listed (a county with no card is news too), then the scope's own offices.
 */
export function groupCards(
  engine: EngineData,
  scopeId: string,
  regions: readonly Office[],
  cards: readonly Card[],
  scheme: Scheme,
  /** The scope has offices of its own (市直部门): their row shows even without a card. */
  hasOwn = true,
): CardGroups {
  const order = new Map(scheme.cardRules.map((rule, index) => [rule.id, index]));
  const fired = new Map<string, FiredRule>();
  const areas = new Map<string, AreaGroup>(regions.map((region) => [region.id, { area: region.id, region, byRule: new Map(), cards: [] }]));
  const own: AreaGroup = { area: OWN_AREA, region: null, byRule: new Map(), cards: [] };
  for (const card of cards) {
    if (!fired.has(card.ruleId)) fired.set(card.ruleId, { ruleId: card.ruleId, level: card.level, sample: card });
    const group = areas.get(areaOf(engine, scopeId, card.officeId)) ?? own;
    group.cards.push(card);
    group.byRule.set(card.ruleId, (group.byRule.get(card.ruleId) ?? 0) + 1);
  }
  const rank = (rule: FiredRule) => (rule.level === 'red' ? 0 : 1) * 1e6 + (order.get(rule.ruleId) ?? 1e5);
  const rules = [...fired.values()].sort((a, b) => rank(a) - rank(b) || (a.ruleId < b.ruleId ? -1 : 1));
  return { rules, areas: [...areas.values(), ...(hasOwn || own.cards.length > 0 ? [own] : [])] };
}

import { isRate, lookupIndicator, type Card, type Indicator, type Scheme } from '../../domain';
import type { EngineData, OfficeEvaluation, PeriodEvaluation } from '../../engine';
import { childRegionOf } from '../../ui';

/** How many rates the region table shows beside the score. */
export const REGION_KEY_RATES = 3;

/**
 * The rates that weigh most in a region's score under the scheme (ties in the scheme's order): what
 * the counties' table shows beside the composite.
 */
export function keyRegionRates(scheme: Scheme, count = REGION_KEY_RATES): Indicator[] {
  const candidates = scheme.indicators
    .map((item, order) => ({ item, order, indicator: lookupIndicator(scheme.definitions, item.indicatorId) }))
    .filter((entry) => entry.item.appliesTo.includes('region') && entry.indicator !== undefined && isRate(entry.indicator));
  candidates.sort((a, b) => b.item.weight - a.item.weight || a.order - b.order);
  const seen = new Set<string>();
  const result: Indicator[] = [];
  for (const entry of candidates) {
    if (seen.has(entry.indicator!.id) || result.length >= count) continue;
    seen.add(entry.indicator!.id);
    result.push(entry.indicator!);
  }
  return result;
}

export interface RegionRow {
  region: OfficeEvaluation;
  /** The cards of the offices in the region (a region holds none of its own). */
  cards: Card[];
}

/** The scope's child regions in rank order, each with the cards of its offices. */
export function regionRows(engine: EngineData, evaluation: PeriodEvaluation): RegionRow[] {
  const regions = evaluation.rankings.region;
  if (regions.length === 0) return [];
  const cards = new Map<string, Card[]>(regions.map((region) => [region.officeId, []]));
  for (const card of evaluation.cards) {
    const region = childRegionOf(engine, evaluation.scopeId, card.officeId);
    if (region) cards.get(region.id)?.push(card);
  }
  return regions.map((region) => ({ region, cards: cards.get(region.officeId) ?? [] }));
}

import type { Office } from '../../domain';
import { childrenOf, type EngineData } from '../../engine';
import type { MessageKey } from '../../ui';
import type { ScreenPageId } from './params';

/** The regions directly under a scope (the counties of a prefecture); empty at a county. */
export function childRegions(engine: EngineData, scopeId: string): Office[] {
  return childrenOf(engine, scopeId).filter((office) => office.kind === 'region');
}

/**
 * What the map of a scope is made of: its counties where it has any (a prefecture), else its
 * townships (a county). A scope with both shows its counties: the townships directly under a
 * prefecture are few and lie inside its counties' boundaries elsewhere in the tree.
 */
export function mapUnits(engine: EngineData, scopeId: string): Office[] {
  const children = childrenOf(engine, scopeId);
  const regions = children.filter((office) => office.kind === 'region');
  return regions.length > 0 ? regions : children.filter((office) => office.kind === 'township');
}

/** Pages the scope cannot show, each with the reason the settings panel gives. */
export function unavailablePages(engine: EngineData, scopeId: string): Map<ScreenPageId, MessageKey> {
  const out = new Map<ScreenPageId, MessageKey>();
  if (childRegions(engine, scopeId).length === 0) out.set('regions', 'screen.settings.noRegions');
  if (mapUnits(engine, scopeId).length === 0) out.set('map', 'screen.settings.noMapUnits');
  return out;
}

/** The pages to rotate: the chosen ones the scope can show, in order; the overview when none can. */
export function rotatedPages(pages: readonly ScreenPageId[], unavailable: ReadonlyMap<ScreenPageId, unknown>): ScreenPageId[] {
  const shown = pages.filter((page) => !unavailable.has(page));
  return shown.length > 0 ? shown : ['overview'];
}

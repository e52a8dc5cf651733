import { DEFAULT_SCHEME } from '../../../engine';
import type { Words } from './words';

// What staff call a scheme and a demo scenario: names, never ids.

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

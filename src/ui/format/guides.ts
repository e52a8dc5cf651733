import { isRate, type IndicatorId, type OfficeKind, type Scheme } from '../../domain';
import type { ThemeTokens } from '../theme/tokens';
import type { Translate } from '../i18n/translate';
import type { Formatters } from './formatters';
import { schemeIndicator, schemeRow } from './lostPoints';

/** A line of reference across a rate's trend: the scheme's target, its cards' warning and red lines. */
export interface Guide {
  value: number;
  label: string;
  color: string;
}

/**
 * What a rate is held to under the scheme, for its trend: the target (满分线) of the row that scores
 * it for this kind of office, and the thresholds of the card rules on it (黄牌 = 预警线, 红牌 =
 * 红线). Nothing for a count, or for a rate the scheme neither scores nor cards.
 */
export function rateGuides(
  scheme: Pick<Scheme, 'indicators' | 'definitions' | 'cardRules'>,
  id: IndicatorId,
  kind: OfficeKind,
  words: { t: Translate } & Pick<Formatters, 'formatRate'>,
  tokens: Pick<ThemeTokens, 'good' | 'yellow' | 'red'>,
): Guide[] {
  if (!isRate(schemeIndicator(scheme, id))) return [];
  const guides: Guide[] = [];
  const row = schemeRow(scheme, id, kind);
  if (row && Number.isFinite(row.target))
    guides.push({ value: row.target, label: words.t('chart.target', { value: words.formatRate(row.target) }), color: tokens.good });
  const seen = new Set<string>();
  for (const rule of scheme.cardRules ?? []) {
    if (rule.subject !== id || !Number.isFinite(rule.threshold)) continue;
    const key = `${rule.level}|${rule.threshold}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const value = words.formatRate(rule.threshold);
    guides.push(
      rule.level === 'red'
        ? { value: rule.threshold, label: words.t('chart.redLine', { value }), color: tokens.red }
        : { value: rule.threshold, label: words.t('chart.warningLine', { value }), color: tokens.yellow },
    );
  }
  return guides;
}

import { lookupIndicator, type Indicator, type IndicatorId, type Locale } from '../../../domain';
import { createFormatters, createTranslate, type Formatters, type Translate } from '../../../ui';

/** What every sentence builder needs: the words of one language and its number formats. */
export interface NarrativeContext {
  locale: Locale;
  t: Translate;
  f: Formatters;
  /** The scheme's indicator definitions (its own indicators, its 口径); built-in ones otherwise. */
  definitions?: readonly Indicator[];
}

export function narrativeContext(locale: Locale, definitions?: readonly Indicator[]): NarrativeContext {
  return { locale, t: createTranslate(locale), f: createFormatters(locale), definitions };
}

/** An indicator under the bulletin's scheme: its own definition, else the built-in one. */
export function indicatorIn(ctx: NarrativeContext, id: IndicatorId): Indicator {
  return lookupIndicator(ctx.definitions, id) ?? { id, label: { zh: id, en: id }, formula: { type: 'count', terms: [] }, unit: 'items', direction: 'higher', category: 'handling', appliesTo: [], minDenominator: 0 };
}

/** Chinese clauses are joined with ，and ；and end with 。; English with commas, semicolons and a full stop. */
export function sentence(ctx: NarrativeContext, groups: readonly (readonly string[])[]): string {
  const kept = groups.map((group) => group.filter((clause) => clause !== '')).filter((group) => group.length > 0);
  if (kept.length === 0) return '';
  if (ctx.locale === 'zh-CN') return `${kept.map((group) => group.join('，')).join('；')}。`;
  const text = kept.map((group) => group.join(', ')).join('; ');
  return `${capitalize(text)}.`;
}

export function capitalize(text: string): string {
  return text.length > 0 ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}

/** "A、B、C" / "A, B and C". */
export function joinNames(ctx: NarrativeContext, names: readonly string[]): string {
  if (ctx.locale === 'zh-CN') return names.join('、');
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** An English label inside a sentence: "the on-time completion rate", not "the On-time completion rate". */
export function inlineLabel(ctx: NarrativeContext, label: string): string {
  if (ctx.locale === 'zh-CN') return label;
  return /^[A-Z][a-z]/.test(label) ? label.charAt(0).toLowerCase() + label.slice(1) : label;
}

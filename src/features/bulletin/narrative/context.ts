import type { Locale } from '../../../domain';
import { createFormatters, createTranslate, type Formatters, type Translate } from '../../../ui';

/** What every sentence builder needs: the words of one language and its number formats. */
export interface NarrativeContext {
  locale: Locale;
  t: Translate;
  f: Formatters;
}

export function narrativeContext(locale: Locale): NarrativeContext {
  return { locale, t: createTranslate(locale), f: createFormatters(locale) };
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

import { indicatorOrPlaceholder, type Indicator, type IndicatorId, type Locale } from '../../../domain';
import { createFormatters, createTranslate, NO_VALUE, type Formatters, type Translate } from '../../../ui';
import { PLAIN_NAMING, type OfficeNaming } from './naming';

/** What every sentence builder needs: the words of one language, its number formats, how offices are named. */
/** How the text calls each kind at this scope: 县（市、区）, 县直部门 / 市直部门, 乡镇（街道）. */
export interface KindWords {
  region: string;
  department: string;
  township: string;
}

export interface NarrativeContext {
  locale: Locale;
  t: Translate;
  f: Formatters;
  /** The scheme's indicator definitions (its own indicators, its 口径); built-in ones otherwise. */
  definitions?: readonly Indicator[];
  naming: OfficeNaming;
  /** How this scope calls its kinds (县直部门, 县（市、区）); the dictionary's words otherwise. */
  kinds?: KindWords;
}

/**
 * Numbers in running text as a 公文 writes them: 11050件, not 11,050件 (tables keep their
 * separators). English keeps its commas.
 */
export function runningTextFormatters(locale: Locale): Formatters {
  const formatters = createFormatters(locale);
  if (locale !== 'zh-CN') return formatters;
  const plain = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 0, useGrouping: false });
  return { ...formatters, formatCount: (value) => (typeof value === 'number' && Number.isFinite(value) ? plain.format(value) : NO_VALUE) };
}

export interface ContextOptions {
  naming?: OfficeNaming;
  /** Numbers as running text writes them (the narrative), rather than as tables do. */
  runningText?: boolean;
  kinds?: KindWords;
}

export function narrativeContext(locale: Locale, definitions?: readonly Indicator[], options: ContextOptions = {}): NarrativeContext {
  return {
    locale,
    t: createTranslate(locale),
    f: options.runningText ? runningTextFormatters(locale) : createFormatters(locale),
    definitions,
    naming: options.naming ?? PLAIN_NAMING,
    ...(options.kinds ? { kinds: options.kinds } : {}),
  };
}

/** The bulletin's month as its sentences say it after the title has given the year: 10月 / Oct 2026. */
export function monthWord(ctx: NarrativeContext, month: string): string {
  return ctx.locale === 'zh-CN' ? `${Number(month.slice(5, 7))}月` : ctx.f.formatMonth(month);
}

/** An indicator under the bulletin's scheme: its own definition, else the built-in one. */
export function indicatorIn(ctx: NarrativeContext, id: IndicatorId): Indicator {
  return indicatorOrPlaceholder(ctx.definitions, id);
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

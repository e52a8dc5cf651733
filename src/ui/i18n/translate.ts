import type { Locale } from '../../domain';
import { zhCN, type MessageKey } from './zh-CN';

export type { MessageKey };
export type MessageParams = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: MessageParams) => string;

/**
 * Chinese is always here; English is fetched the first time it is asked for, so the first screen
 * of a Chinese deployment does not carry every English sentence of every screen.
 */
const DICTIONARIES: Partial<Record<Locale, Record<MessageKey, string>>> = { 'zh-CN': zhCN };

export function isDictionaryLoaded(locale: Locale): boolean {
  return DICTIONARIES[locale] !== undefined;
}

export async function loadDictionary(locale: Locale): Promise<void> {
  if (DICTIONARIES[locale]) return;
  if (locale === 'en') DICTIONARIES.en = (await import('./en')).en;
}

/** Fills `{name}` from params; a missing parameter stays visible rather than printing "undefined". */
export function interpolate(template: string, params?: MessageParams): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

/** Words of a loaded dictionary (see loadDictionary); Chinese until the one asked for is loaded. */
export function createTranslate(locale: Locale): Translate {
  const dictionary = DICTIONARIES[locale] ?? zhCN;
  return (key, params) => interpolate(dictionary[key] ?? zhCN[key] ?? key, params);
}

export function isMessageKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(zhCN, key);
}

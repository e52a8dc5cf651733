import type { Locale } from '../../domain';
import { ZH_PARTS, zhCN, type DictionaryPart, type MessageKey } from './zh-CN';

export type { DictionaryPart, MessageKey };
export type MessageParams = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: MessageParams) => string;

/**
 * Chinese words shared by every screen and the overview's are always here, each other screen's
 * come with its route (loadDictionaryPart); English is fetched whole the first time it is asked
 * for. So the first screen of a Chinese deployment carries no sentence of another screen.
 */
const ZH: Partial<Record<MessageKey, string>> = { ...zhCN };
const DICTIONARIES: Partial<Record<Locale, Partial<Record<MessageKey, string>>>> = { 'zh-CN': ZH };
const loadedParts = new Set<DictionaryPart>();

export function isDictionaryLoaded(locale: Locale): boolean {
  return DICTIONARIES[locale] !== undefined;
}

export async function loadDictionary(locale: Locale): Promise<void> {
  if (DICTIONARIES[locale]) return;
  if (locale === 'en') DICTIONARIES.en = (await import('./en')).en;
}

/**
 * The Chinese words of a screen most visits never open, fetched with that screen (its route waits
 * for them). English needs no parts: it is fetched whole when chosen.
 */
export async function loadDictionaryPart(part: DictionaryPart): Promise<void> {
  if (loadedParts.has(part)) return;
  Object.assign(ZH, await ZH_PARTS[part]());
  loadedParts.add(part);
}

export function loadAllDictionaryParts(): Promise<void[]> {
  return Promise.all((Object.keys(ZH_PARTS) as DictionaryPart[]).map(loadDictionaryPart));
}

/** Fills `{name}` from params; a missing parameter stays visible rather than printing "undefined". */
export function interpolate(template: string, params?: MessageParams): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole));
}

/** Words of a loaded dictionary (see loadDictionary); Chinese until the one asked for is loaded. */
export function createTranslate(locale: Locale): Translate {
  const dictionary = DICTIONARIES[locale] ?? ZH;
  return (key, params) => interpolate(dictionary[key] ?? ZH[key] ?? key, params);
}

/**
 * The dictionary's sentence for a key built from data, filled from params; null when the
 * dictionary has no such key or a parameter the sentence needs is missing, so the caller can
 * fall back to its own text rather than show a sentence with a hole in it.
 */
export function completeSentence(key: string, params: MessageParams, t: Translate): string | null {
  if (!isMessageKey(key)) return null;
  const needed = [...t(key).matchAll(/\{(\w+)\}/g)].map((match) => match[1]!);
  if (needed.some((name) => !Object.prototype.hasOwnProperty.call(params, name))) return null;
  return t(key, params);
}

export function isMessageKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(ZH, key);
}

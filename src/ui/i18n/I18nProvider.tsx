import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import type { Locale } from '../../domain';
import { storedValue } from '../../data/browserStorage';
import { createTranslate, isDictionaryLoaded, loadDictionary, type Translate } from './translate';
import { createFormatters, type Formatters } from '../format/formatters';

export interface I18n extends Formatters {
  locale: Locale;
  t: Translate;
  setLocale: (locale: Locale) => void;
}

const I18nContext = createContext<I18n | null>(null);

/** The language the user picked, remembered in this browser (not pushed to tabs already open). */
const storedLocale = storedValue<Locale | null>('spd.locale', {
  parse: (raw) => (raw === 'zh-CN' || raw === 'en' ? raw : null),
  serialize: (locale) => locale ?? '',
});

/** The user's choice wins over the deployment's default locale, and is remembered. */
export function I18nProvider({ defaultLocale, children }: { defaultLocale: Locale; children: ReactNode }) {
  const [wanted, setWanted] = useState<Locale>(() => storedLocale.get() ?? defaultLocale);
  // The locale drawn: the wanted one once its dictionary is here. Until then nothing is drawn in
  // the wrong language, except after a switch, where the old language stays for that moment.
  const [locale, setLocaleState] = useState<Locale | null>(() => (isDictionaryLoaded(wanted) ? wanted : null));

  useEffect(() => {
    let cancelled = false;
    if (isDictionaryLoaded(wanted)) setLocaleState(wanted);
    else
      void loadDictionary(wanted)
        .then(() => !cancelled && setLocaleState(wanted))
        // Offline with a stale cache, say: Chinese is always there.
        .catch(() => !cancelled && setLocaleState('zh-CN'));
    return () => {
      cancelled = true;
    };
  }, [wanted]);

  useEffect(() => {
    if (!locale) return;
    document.documentElement.lang = locale;
    dayjs.locale(locale === 'zh-CN' ? 'zh-cn' : 'en');
  }, [locale]);

  const value = useMemo<I18n | null>(() => {
    if (!locale) return null;
    return {
      locale,
      t: createTranslate(locale),
      ...createFormatters(locale),
      setLocale: (next) => {
        // Refused (private mode, a locked-down kiosk): the choice lasts for this page only.
        storedLocale.set(next);
        setWanted(next);
      },
    };
  }, [locale]);
  if (!value) return null;
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}

import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import type { Locale } from '../../domain';
import { createTranslate, type Translate } from './translate';
import { createFormatters, type Formatters } from '../format/formatters';

export interface I18n extends Formatters {
  locale: Locale;
  t: Translate;
  setLocale: (locale: Locale) => void;
}

const I18nContext = createContext<I18n | null>(null);

const STORAGE_KEY = 'spd.locale';

function storedLocale(): Locale | null {
  try {
    const value = globalThis.localStorage?.getItem(STORAGE_KEY);
    return value === 'zh-CN' || value === 'en' ? value : null;
  } catch {
    return null;
  }
}

/** The user's choice wins over the deployment's default locale, and is remembered. */
export function I18nProvider({ defaultLocale, children }: { defaultLocale: Locale; children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(() => storedLocale() ?? defaultLocale);

  useEffect(() => {
    document.documentElement.lang = locale;
    dayjs.locale(locale === 'zh-CN' ? 'zh-cn' : 'en');
  }, [locale]);

  const value = useMemo<I18n>(
    () => ({
      locale,
      t: createTranslate(locale),
      ...createFormatters(locale),
      setLocale: (next) => {
        try {
          globalThis.localStorage?.setItem(STORAGE_KEY, next);
        } catch {
          // Private mode or a locked-down kiosk: the choice lasts for this page only.
        }
        setLocaleState(next);
      },
    }),
    [locale],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}

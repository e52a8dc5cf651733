import type { ReactNode } from 'react';
import type { Locale } from '../../domain';
import { useI18n } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/translate';
import { Link } from '../router';

export interface NavItem {
  path: string;
  label: MessageKey;
}

/** Header with the deployment's title, the main navigation and the language switch. */
export function AppLayout({
  title,
  nav,
  currentPath,
  linkParams,
  children,
}: {
  title: string;
  nav: readonly NavItem[];
  currentPath: string;
  /** Query parameters that follow the user from screen to screen (period, scope). */
  linkParams: Record<string, string | null | undefined>;
  children: ReactNode;
}) {
  const { t, locale, setLocale } = useI18n();
  return (
    <>
      <a
        className="skip-link"
        href="#main-content"
        onClick={(event) => {
          event.preventDefault();
          document.getElementById('main-content')?.focus();
        }}
      >
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <h1>{title}</h1>
        <nav className="app-nav" aria-label={t('nav.main')}>
          <ul>
            {nav.map((item) => {
              const current = currentPath === item.path || currentPath.startsWith(`${item.path}/`);
              return (
                <li key={item.path}>
                  <Link to={item.path} params={linkParams} aria-current={current ? 'page' : undefined}>
                    {t(item.label)}
                  </Link>
                </li>
              );
            })}
          </ul>
        </nav>
        <span className="spacer" />
        <label>
          <span className="visually-hidden">{t('app.language')}</span>
          <select value={locale} onChange={(event) => setLocale(event.target.value as Locale)} aria-label={t('app.language')}>
            <option value="zh-CN">简体中文</option>
            <option value="en">English</option>
          </select>
        </label>
      </header>
      <main id="main-content" className="app-main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}

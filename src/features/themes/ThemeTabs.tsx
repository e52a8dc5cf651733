import { useHashLocation, useI18n, Link } from '../../ui';
import { THEMES, type ThemeId } from './themes';

/** Links between the themes, keeping period, scope and kind (the indicator belongs to one theme). */
export function ThemeTabs({ current }: { current: ThemeId | null }) {
  const { t } = useI18n();
  const { params } = useHashLocation();
  const carried = { period: params.get('period'), scope: params.get('scope'), kind: params.get('kind') };
  return (
    <nav className="theme-tabs" aria-label={t('themes.nav')}>
      <ul>
        {THEMES.map((theme) => (
          <li key={theme.id}>
            <Link to={`/themes/${theme.id}`} params={carried} aria-current={theme.id === current ? 'page' : undefined}>
              {t(`themes.theme.${theme.id}`)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

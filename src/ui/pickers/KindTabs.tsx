import { useI18n } from '../i18n/I18nProvider';
import { Link, useHashLocation } from '../router';
import { defaultKind } from '../view/scopeTree';
import type { RankedKind } from '../view/useView';

/**
 * The kinds ranked at the scope as tabs (下辖地区 · 部门 · 乡镇（街道）), each a link that keeps the
 * period and scope, with how many each ranking holds. Only the kinds the scope has are offered.
 */
export function KindTabs({ kinds, kind, counts }: { kinds: readonly RankedKind[]; kind: RankedKind; counts?: Partial<Record<RankedKind, number>> }) {
  const { t, formatCount } = useI18n();
  const location = useHashLocation();
  if (kinds.length === 0) return null;
  const fallback = defaultKind(kinds);
  return (
    <nav className="kind-tabs" aria-label={t('view.kind')}>
      <ul>
        {kinds.map((option) => {
          const params = new URLSearchParams(location.params);
          if (option === fallback) params.delete('kind');
          else params.set('kind', option);
          params.delete('page');
          params.delete('q');
          const count = counts?.[option];
          return (
            <li key={option}>
              <Link to={location.path} params={params} aria-current={option === kind ? 'page' : undefined}>
                {t(option === 'region' ? 'view.kindRegion' : `kind.${option}`)}
                {count !== undefined && <span className="kind-count">{t('view.kindCount', { count: formatCount(count) })}</span>}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

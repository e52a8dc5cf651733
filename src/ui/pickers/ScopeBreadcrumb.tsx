import type { Office } from '../../domain';
import { useI18n } from '../i18n/I18nProvider';
import { Link, useHashLocation } from '../router';
import { scopeLinkParams } from '../view/scopeParams';

/**
 * Where the screen stands in the region tree: 青川省 › 云岭市 › 松源县. Each region above the scope
 * is a link to the same screen at that region, keeping the period and the rest of the view; back
 * and forward walk the same steps. Nothing is drawn for a tree of one region.
 */
export function ScopeBreadcrumb({ path, rootId, regionCount }: { path: readonly Office[]; rootId: string | undefined; regionCount: number }) {
  const { t } = useI18n();
  const location = useHashLocation();
  if (path.length === 0 || regionCount < 2) return null;
  return (
    <nav className="scope-crumbs" aria-label={t('view.scopePath')}>
      <ol>
        {path.map((region, index) => {
          const last = index === path.length - 1;
          return (
            <li key={region.id}>
              {last ? (
                <span aria-current="page">{region.name}</span>
              ) : (
                <Link to={location.path} params={scopeLinkParams(location.params, region.id, rootId)}>
                  {region.name}
                </Link>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}

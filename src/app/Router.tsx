import { lazy, Suspense, useEffect } from 'react';
import { titleFor } from '../adapters/scopeTitles';
import { AppLayout, EmptyState, Link, LoadingState, matchPath, useHashLocation, useI18n, useNavigate, useScopeRegion } from '../ui';
import { useFirstLoad } from '../data';
import { useOptionalSourceSwitch } from '../data/sourceSwitch';
import { ErrorBoundary } from './ErrorBoundary';
import { ScreenError } from './ScreenError';

// Rare (imported data gone, another tab switched): fetched only when there is something to say.
const SourceProblemPanel = lazy(() => import('./SourceNotices').then((module) => ({ default: module.SourceProblemPanel })));
const SourceChangeNotice = lazy(() => import('./SourceNotices').then((module) => ({ default: module.SourceChangeNotice })));
import { DEFAULT_PATH, NAV, ROUTES } from './routes';

/** Parameters that describe the view rather than the screen, carried along by the navigation. */
const SHARED_PARAMS = ['period', 'scope', 'kind'] as const;

export function Router({ title: template }: { title: string }) {
  useFirstLoad();
  const location = useHashLocation();
  const region = useScopeRegion();
  const title = titleFor(template, region?.name ?? null);
  useEffect(() => {
    document.title = title;
  }, [title]);
  const navigate = useNavigate();
  const { t } = useI18n();

  const isRoot = location.path === '/';
  useEffect(() => {
    if (isRoot) navigate(DEFAULT_PATH, location.params, { replace: true });
  }, [isRoot, navigate, location.params]);

  let matched: { route: (typeof ROUTES)[number]; params: Record<string, string> } | null = null;
  for (const route of ROUTES) {
    const params = matchPath(route.pattern, location.path);
    if (params) {
      matched = { route, params };
      break;
    }
  }

  // The chosen source cannot be shown: no screen draws figures in its place, settings excepted (to re-import).
  const source = useOptionalSourceSwitch();
  const problem = source?.problem ?? null;
  const notice = source?.notice ? (
    <Suspense fallback={null}>
      <SourceChangeNotice unattended={matched?.route.bare === true} />
    </Suspense>
  ) : null;
  const onSettings = location.path === '/settings' || location.path.startsWith('/settings/');
  const body =
    problem && !onSettings && !isRoot ? (
      <Suspense fallback={<LoadingState />}>
        <SourceProblemPanel problem={problem} />
      </Suspense>
    ) : matched ? (
      <ErrorBoundary resetKey={location.path} fallback={(error, reset) => <ScreenError error={error} onRetry={reset} />}>
        <Suspense fallback={<LoadingState />}>
          <matched.route.component params={matched.params} />
        </Suspense>
      </ErrorBoundary>
    ) : isRoot ? (
      <LoadingState />
    ) : (
      <EmptyState>
        {t('state.notFound')} <Link to={DEFAULT_PATH}>{t('state.backHome')}</Link>
      </EmptyState>
    );

  if (matched?.route.bare) {
    return (
      <>
        {notice}
        {body}
      </>
    );
  }
  const linkParams = Object.fromEntries(SHARED_PARAMS.map((key) => [key, location.params.get(key)]));
  return (
    <AppLayout title={title} nav={NAV} currentPath={location.path} linkParams={linkParams}>
      {notice}
      {problem && onSettings && (
        <Suspense fallback={null}>
          <SourceProblemPanel problem={problem} compact />
        </Suspense>
      )}
      {body}
    </AppLayout>
  );
}

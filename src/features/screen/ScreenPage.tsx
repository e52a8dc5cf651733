import { useEffect, useMemo, useState, type CSSProperties, type ReactNode } from 'react';
import { titleFor } from '../../adapters/scopeTitles';
import { useDataSource, useEvaluation } from '../../data';
import { useScreenData } from '../../data/useScreenRefresh';
import { DARK, useHashLocation, useI18n, useView } from '../../ui';
import { EMPTY_TRACKER, isNewRedCard, trackCards } from './cardTracker';
import { installDiagnostics, reportScreenState } from './diagnostics';
import { KeptMemoContext, type KeptMemos } from './keptMemo';
import { AlertsScreen } from './pages/AlertsScreen';
import { OverviewScreen } from './pages/OverviewScreen';
import { RankingsScreen } from './pages/RankingsScreen';
import { parseScreenParams, type ScreenPageId } from './params';
import { ScreenHeader } from './ScreenHeader';
import { ScreenUnitContext } from './ScreenUnit';
import { useCanvasBox } from './useCanvasBox';
import { useRotation, useScreenKeys } from './useRotation';
import './screen.css';

const COLOURS = {
  '--s-bg': DARK.background,
  '--s-surface': DARK.surface,
  '--s-text': DARK.text,
  '--s-muted': DARK.textMuted,
  '--s-border': DARK.border,
  '--s-accent': DARK.accent,
  '--s-good': DARK.good,
  '--s-bad': DARK.bad,
  '--s-red': DARK.red,
  '--s-yellow': DARK.yellow,
} as CSSProperties;

function ScreenState({ title, detail, error = false }: { title: string; detail?: string; error?: boolean }) {
  return (
    <div className={error ? 'screen-state error' : 'screen-state'} role="status">
      <strong>{title}</strong>
      {detail && <span>{detail}</span>}
    </div>
  );
}

/**
 * 大屏: the kiosk view for the hall's wall screen, left running for weeks. A 1920×1080 design
 * laid out at the display's real size, pages in rotation, data refreshed in the background with
 * the last good numbers kept through outages. Link parameters: see params.ts.
 */
export function ScreenPage(_props: { params: Record<string, string> }) {
  const { config } = useDataSource();
  const { t, formatCount } = useI18n();
  const { params } = useHashLocation();
  const settings = useMemo(() => parseScreenParams(params, config.refreshSeconds), [params, config.refreshSeconds]);
  const pagesKey = settings.pages.join(',');
  const box = useCanvasBox(settings.scale);
  // What the pages compute from the data, kept while the screen is up (not only while a page is).
  const [keptMemos] = useState<KeptMemos>(() => new Map());

  const data = useScreenData(settings.refreshSeconds);
  const view = useView(data.engine);
  const evaluation = useEvaluation(data.engine, data.dataset?.scheme, view.period, view.scopeId);
  const scopeIndex = view.scopeId === undefined ? undefined : data.engine?.officeIndex.get(view.scopeId);
  const title = titleFor(config.title, scopeIndex === undefined ? null : (data.engine?.offices[scopeIndex]?.name ?? null));

  const periodMs = settings.rotateSeconds * 1000;
  const rotation = useRotation(settings.pages.length, periodMs);
  useScreenKeys(rotation.controls);
  const pageId = settings.pages[rotation.state.page % settings.pages.length] ?? 'overview';

  // Cards are compared with the previous refresh's: a card that was not there before is news.
  const [tracker, setTracker] = useState(EMPTY_TRACKER);
  const cards = evaluation?.cards;
  useEffect(() => {
    if (cards) setTracker((previous) => trackCards(previous, cards, Date.now()));
  }, [cards]);
  const newRedCards = cards ? cards.filter((card) => isNewRedCard(tracker, card, Date.now())).length : 0;

  useEffect(() => installDiagnostics(), []);
  useEffect(() => {
    reportScreenState({ rotations: rotation.state.switches, page: pageId, paused: rotation.state.paused });
  }, [rotation.state.switches, rotation.state.paused, pageId]);

  // A kiosk page has no reason to scroll, ever; the document is locked while the screen is up.
  useEffect(() => {
    const root = document.documentElement;
    const previous = root.style.overflow;
    root.style.overflow = 'hidden';
    return () => {
      root.style.overflow = previous;
    };
  }, []);

  // Every page of the rotation stays mounted and the one on show is visible: a page switch is a
  // style change, not a new React subtree with new charts every time. Over weeks that is the
  // difference between a screen that does next to nothing between refreshes and one that builds and
  // disposes charts every rotation (soak: heap 1.04× against 1.19× after 600 rotations, the growth
  // being code V8 optimised for that churn). The charts alive are those of the screen's pages.
  const page = (id: ScreenPageId, shown: boolean): ReactNode => {
    if (!data.dataset || !data.engine || !view.period || !evaluation) return null;
    const paused = rotation.state.paused || !shown;
    if (id === 'rankings') return <RankingsScreen evaluation={evaluation} paused={paused} />;
    if (id === 'alerts') {
      return (
        <AlertsScreen
          engine={data.engine}
          scheme={data.dataset.scheme}
          evaluation={evaluation}
          period={view.period}
          tracker={tracker}
          paused={paused}
        />
      );
    }
    return <OverviewScreen engine={data.engine} evaluation={evaluation} period={view.period} />;
  };

  let state: ReactNode = null;
  if (!data.dataset || !data.engine) {
    state = data.error ? (
      <ScreenState error title={t('screen.connecting')} detail={data.failures > 0 ? t('screen.retrying', { count: formatCount(data.failures) }) : undefined} />
    ) : (
      <ScreenState title={t('screen.loading')} />
    );
  } else if (!view.period || !evaluation) {
    state = <ScreenState title={t('screen.noData')} />;
  }

  const canvasStyle = {
    left: box.left,
    top: box.top,
    width: box.width,
    height: box.height,
    '--u': `${box.unit}px`,
  } as CSSProperties;

  return (
    <div className="screen-root" style={COLOURS}>
      <main className="screen-canvas" style={canvasStyle} data-page={pageId} data-pages={pagesKey} aria-label={title}>
        <ScreenUnitContext.Provider value={box.unit}>
          <KeptMemoContext.Provider value={keptMemos}>
            <ScreenHeader
              title={title}
              period={evaluation?.requested ?? view.period}
              through={evaluation?.through ?? null}
              partial={evaluation?.partial ?? false}
              updatedAt={data.updatedAt}
              stale={Boolean(data.refreshError)}
              pages={settings.pages}
              rotation={rotation.state}
              periodMs={periodMs}
              newRedCards={newRedCards}
            />
            {state ? (
              <div className="screen-body">{state}</div>
            ) : (
              <div className="screen-pages">
                {settings.pages.map((id) => (
                  <div key={id} className="screen-body" data-shown={id === pageId}>
                    {page(id, id === pageId)}
                  </div>
                ))}
              </div>
            )}
          </KeptMemoContext.Provider>
        </ScreenUnitContext.Provider>
      </main>
    </div>
  );
}

import { useEffect, useMemo, useRef, useState, type CSSProperties, type ReactNode } from 'react';
import { mapSourceFor, readMapConfig } from '../../adapters/mapConfig';
import { titleFor } from '../../adapters/scopeTitles';
import { useDataSource, useEvaluation } from '../../data';
import { useScreenData } from '../../data/useScreenRefresh';
import { useHashLocation, useI18n, useQualify } from '../../ui';
import { AlarmTicker } from './AlarmTicker';
import { installDiagnostics, reportScreenState } from './diagnostics';
import { KeptMemoContext, type KeptMemos } from './keptMemo';
import { rotatedPages, unavailablePages } from './pageAvailability';
import { renderScreenPage, type ScreenPageProps } from './ScreenBody';
import { ScreenControls, HelpOverlay, type HelpState } from './ScreenControls';
import { ScreenHeader } from './ScreenHeader';
import { scopeNames, tickerItems } from './screenNames';
import { paletteVariables, screenPalette, ScreenPaletteContext } from './screenTheme';
import { ScreenUnitContext } from './ScreenUnit';
import { SettingsPanel } from './settings/SettingsPanel';
import { useCanvasBox } from './useCanvasBox';
import { useFullscreen } from './useFullscreen';
import { useIdle } from './useIdle';
import { useNewRedCards } from './useNewRedCards';
import { useRotation } from './useRotation';
import { useScreenKeys } from './useScreenKeys';
import { useScreenSettings } from './useScreenSettings';
import { useScreenView } from './useScreenView';
import './screen.css';
import './screen-controls.css';
import './screen-pages.css';

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
 * the last good numbers kept through outages. Settings: the link (params.ts), else what staff saved
 * in this browser from the settings panel, else the defaults.
 */
export function ScreenPage(_props: { params: Record<string, string> }) {
  const { config } = useDataSource();
  const i18n = useI18n();
  const { t, formatCount } = i18n;
  const qualify = useQualify();
  const { params } = useHashLocation();
  const { settings, apply, reset, linkFor } = useScreenSettings(config.refreshSeconds);
  const box = useCanvasBox(settings.scale);
  const palette = screenPalette(settings.theme);
  // What the pages compute from the data, kept while the screen is up (not only while a page is).
  const [keptMemos] = useState<KeptMemos>(() => new Map());

  const data = useScreenData(settings.refreshSeconds);
  const view = useScreenView(data.engine, settings.scope, settings.month, params.get('period'));
  const evaluation = useEvaluation(data.engine, data.dataset?.scheme, view.period, view.scopeId);
  const scopeIndex = view.scopeId === undefined ? undefined : data.engine?.officeIndex.get(view.scopeId);
  const title = titleFor(config.title, scopeIndex === undefined ? null : (data.engine?.offices[scopeIndex]?.name ?? null));

  const unavailable = useMemo(() => (data.engine && view.scopeId ? unavailablePages(data.engine, view.scopeId) : new Map()), [data.engine, view.scopeId]);
  const pages = useMemo(() => rotatedPages(settings.pages, unavailable), [settings.pages, unavailable]);
  const pagesKey = pages.join(',');
  const periodMs = pages.length > 1 ? settings.rotateSeconds * 1000 : 0;
  const rotation = useRotation(pages.length, periodMs);
  const pageId = pages[rotation.state.page % pages.length] ?? 'overview';

  const [settingsOpen, setSettingsOpen] = useState(false);
  const [help, setHelp] = useState<HelpState>('closed');
  const fullscreen = useFullscreen();
  const idle = useIdle();
  const openSettings = () => {
    setHelp('closed');
    setSettingsOpen(true);
  };
  useScreenKeys(rotation.controls, {
    help: () => setHelp((state) => (state === 'pinned' ? 'closed' : 'pinned')),
    fullscreen: fullscreen.toggle,
    settings: openSettings,
    close: () => {
      setHelp('closed');
      setSettingsOpen(false);
    },
    dialogOpen: settingsOpen,
  });
  // The wall holds still while staff change its settings, and goes on as it was when they close them.
  const { pause, resume } = rotation.controls;
  const pausedNow = useRef(rotation.state.paused);
  pausedNow.current = rotation.state.paused;
  useEffect(() => {
    if (!settingsOpen) return;
    const wasPaused = pausedNow.current;
    pause();
    return () => {
      if (!wasPaused) resume();
    };
  }, [settingsOpen, pause, resume]);

  // Cards are compared with the previous refresh's: a card that was not there before is news.
  const cards = evaluation?.cards;
  const { tracker, fresh } = useNewRedCards(cards);
  const nameOf = useMemo(
    () => (data.engine && view.scopeId ? scopeNames(data.engine, view.scopeId, qualify) : (id: string) => id),
    [data.engine, view.scopeId, qualify],
  );
  const ticker = useMemo(() => (cards ? tickerItems(cards, tracker, fresh, nameOf, i18n) : []), [cards, tracker, fresh, nameOf, i18n]);

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

  // config.json's map, read here rather than at start: the first screen carries none of the map's code.
  const mapConfig = useMemo(() => {
    const problems: string[] = [];
    const parsed = readMapConfig(config.map, problems);
    if (problems.length > 0) console.warn(`config.json map: ${problems.join('; ')}`);
    return { parsed, problems: problems.length };
  }, [config.map]);
  const mapSource = view.scopeId && data.engine ? mapSourceFor(mapConfig.parsed, view.scopeId, data.engine.rootIds[0] ?? null) : null;
  const pageProps: ScreenPageProps | null =
    data.dataset && data.engine && view.period && evaluation
      ? {
          engine: data.engine,
          scheme: data.dataset.scheme,
          evaluation,
          period: view.period,
          nameOf,
          tracker,
          fresh,
          mapColour: settings.mapColour,
          mapSource,
          mapConfigProblems: mapConfig.problems,
        }
      : null;

  let state: ReactNode = null;
  if (!data.dataset || !data.engine) {
    state = data.error ? (
      <ScreenState error title={t('screen.connecting')} detail={data.failures > 0 ? t('screen.retrying', { count: formatCount(data.failures) }) : undefined} />
    ) : (
      <ScreenState title={t('screen.loading')} />
    );
  } else if (!pageProps) {
    state = <ScreenState title={t('screen.noData')} />;
  }

  const canvasStyle = { left: box.left, top: box.top, width: box.width, height: box.height, '--u': `${box.unit}px` } as CSSProperties;

  // Every page of the rotation stays mounted and the one on show is visible: a page switch is a
  // style change, not a new React subtree with new charts every time. Over weeks that is the
  // difference between a screen that does next to nothing between refreshes and one that builds and
  // disposes charts every rotation (soak: heap 1.04× against 1.19× after 600 rotations, the growth
  // being code V8 optimised for that churn). The charts alive are those of the screen's pages.
  return (
    <div className="screen-root" style={paletteVariables(palette)} data-theme={settings.theme} data-idle={idle && !settingsOpen && help === 'closed'}>
      <main className="screen-canvas" style={canvasStyle} data-page={pageId} data-pages={pagesKey} aria-label={title}>
        <ScreenUnitContext.Provider value={box.unit}>
          <ScreenPaletteContext.Provider value={palette}>
            <KeptMemoContext.Provider value={keptMemos}>
              <ScreenHeader
                title={title}
                period={evaluation?.requested ?? view.period}
                through={evaluation?.through ?? null}
                partial={evaluation?.partial ?? false}
                pending={view.pending}
                updatedAt={data.updatedAt}
                stale={Boolean(data.refreshError)}
                pages={pages}
                rotation={rotation.state}
                periodMs={periodMs}
                newRedCards={fresh.size}
                onSelectPage={rotation.controls.goTo}
              />
              {state ? (
                <div className="screen-body">{state}</div>
              ) : (
                <div className="screen-pages">
                  {pages.map((id) => (
                    <div key={id} className="screen-body" data-shown={id === pageId} data-page-id={id}>
                      {pageProps && renderScreenPage(id, pageProps, rotation.state.paused || id !== pageId)}
                    </div>
                  ))}
                </div>
              )}
              <AlarmTicker items={ticker} />
              <ScreenControls
                idle={idle}
                fullscreen={fullscreen}
                help={help}
                setHelp={setHelp}
                openSettings={openSettings}
                exitScope={view.scopeId && view.scopeId !== data.engine?.rootIds[0] ? view.scopeId : null}
              />
              {help !== 'closed' && <HelpOverlay onClose={() => setHelp('closed')} />}
              {settingsOpen && (
                <SettingsPanel
                  settings={settings}
                  engine={data.engine}
                  linkFor={linkFor}
                  onClose={() => setSettingsOpen(false)}
                  onReset={() => {
                    reset();
                    setSettingsOpen(false);
                  }}
                  onApply={(next) => {
                    apply(next);
                    setSettingsOpen(false);
                  }}
                />
              )}
            </KeptMemoContext.Provider>
          </ScreenPaletteContext.Provider>
        </ScreenUnitContext.Provider>
      </main>
    </div>
  );
}

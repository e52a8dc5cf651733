import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { EngineData } from '../../../engine';
import { qualifiedNames, useI18n, useQualify } from '../../../ui';
import { unavailablePages } from '../pageAvailability';
import { MAP_COLOURINGS, MAX_ROTATE_SECONDS, MONTH_RULES, SCALE_MODES, SCREEN_THEMES, type ScreenPageId, type ScreenSettings } from '../params';
import { PageOrderList } from './PageOrderList';
import { Choice } from './Choice';

/** The least a person may set from the panel (a link may say less: the soak runs at one second). */
export const PANEL_MIN_ROTATE_SECONDS = 5;
export const PANEL_MIN_REFRESH_SECONDS = 10;
export const PANEL_MAX_REFRESH_SECONDS = 86_400;

export interface SettingsPanelProps {
  settings: ScreenSettings;
  engine: EngineData | undefined;
  onApply: (settings: ScreenSettings) => void;
  onReset: () => void;
  onClose: () => void;
  linkFor: (settings: ScreenSettings) => string;
}

function wholeIn(text: string, min: number, max: number, zeroAllowed = false): number | null {
  if (!/^\s*\d{1,6}\s*$/.test(text)) return null;
  const value = Number(text);
  if (zeroAllowed && value === 0) return 0;
  return value >= min && value <= max ? value : null;
}

/**
 * 大屏设置: set once by the hall's staff, kept in this browser and in a link that reproduces it on any
 * PC. Nothing changes on the wall until 保存并应用; the link shown is always that of the choices made.
 */
export function SettingsPanel({ settings, engine, onApply, onReset, onClose, linkFor }: SettingsPanelProps) {
  const { t, formatCount } = useI18n();
  const qualify = useQualify();
  const id = useId();
  const [draft, setDraft] = useState(settings);
  const [rotateText, setRotateText] = useState(String(settings.rotateSeconds));
  const [refreshText, setRefreshText] = useState(String(settings.refreshSeconds));
  const [copied, setCopied] = useState(false);
  const linkField = useRef<HTMLInputElement>(null);
  const first = useRef<HTMLHeadingElement>(null);
  useEffect(() => first.current?.focus(), []);

  const rotate = wholeIn(rotateText, PANEL_MIN_ROTATE_SECONDS, MAX_ROTATE_SECONDS, true);
  const refresh = wholeIn(refreshText, PANEL_MIN_REFRESH_SECONDS, PANEL_MAX_REFRESH_SECONDS);
  const chosen: ScreenSettings = { ...draft, rotateSeconds: rotate ?? settings.rotateSeconds, refreshSeconds: refresh ?? settings.refreshSeconds };
  const valid = rotate !== null && refresh !== null;
  const link = linkFor(chosen);

  const regions = useMemo(() => {
    if (!engine) return [];
    const list = engine.offices.filter((office) => office.kind === 'region');
    const names = qualifiedNames(
      engine,
      list.map((office) => ({ officeId: office.id, name: office.name, parentId: office.parentId })),
      qualify,
    );
    return list.map((office) => ({ id: office.id, name: names.get(office.id) ?? office.name, depth: engine.depth[engine.officeIndex.get(office.id)!] ?? 0 }));
  }, [engine, qualify]);
  const scopeId = draft.scope ?? engine?.rootIds[0] ?? null;
  const unavailable = useMemo(() => {
    const reasons = new Map<ScreenPageId, string>();
    if (engine && scopeId !== null && engine.officeIndex.has(scopeId)) {
      for (const [page, key] of unavailablePages(engine, scopeId)) reasons.set(page, t(key));
    }
    return reasons;
  }, [engine, scopeId, t]);

  const copy = () => {
    setCopied(false);
    const done = () => setCopied(true);
    if (navigator.clipboard?.writeText) navigator.clipboard.writeText(link).then(done, () => linkField.current?.select());
    else linkField.current?.select();
  };

  return (
    <div className="screen-dialog-backdrop">
      <section className="screen-dialog screen-settings" role="dialog" aria-modal="true" aria-labelledby={`${id}-title`}>
        <div className="screen-panel-head">
          <h2 id={`${id}-title`} ref={first} tabIndex={-1}>
            {t('screen.settings.title')}
          </h2>
          <span className="screen-panel-note">{t('screen.settings.note')}</span>
        </div>
        <div className="screen-settings-grid">
          <fieldset>
            <legend>{t('screen.settings.pages')}</legend>
            <PageOrderList pages={draft.pages} onChange={(pages) => setDraft({ ...draft, pages })} unavailable={unavailable} />
          </fieldset>
          <div className="screen-settings-fields">
            <label>
              <span>{t('screen.settings.rotate')}</span>
              <input inputMode="numeric" value={rotateText} onChange={(event) => setRotateText(event.target.value)} aria-invalid={rotate === null} />
              <small className={rotate === null ? 'warn' : undefined}>{t('screen.settings.rotateHint', { min: formatCount(PANEL_MIN_ROTATE_SECONDS) })}</small>
            </label>
            <label>
              <span>{t('screen.settings.refresh')}</span>
              <input inputMode="numeric" value={refreshText} onChange={(event) => setRefreshText(event.target.value)} aria-invalid={refresh === null} />
              <small className={refresh === null ? 'warn' : undefined}>
                {t('screen.settings.refreshHint', { min: formatCount(PANEL_MIN_REFRESH_SECONDS) })}
              </small>
            </label>
            <Choice
              legend={t('screen.settings.month')}
              name={`${id}-month`}
              values={MONTH_RULES}
              value={draft.month}
              label={(value) => t(`screen.settings.month.${value}`)}
              onChange={(month) => setDraft({ ...draft, month })}
            />
            <Choice
              legend={t('screen.settings.theme')}
              name={`${id}-theme`}
              values={SCREEN_THEMES}
              value={draft.theme}
              label={(value) => t(`screen.settings.theme.${value}`)}
              onChange={(theme) => setDraft({ ...draft, theme })}
            />
            <Choice
              legend={t('screen.settings.mapColour')}
              name={`${id}-colour`}
              values={MAP_COLOURINGS}
              value={draft.mapColour}
              label={(value) => t(`screen.map.by.${value}`)}
              onChange={(mapColour) => setDraft({ ...draft, mapColour })}
            />
            <label>
              <span>{t('screen.settings.scope')}</span>
              <select
                value={scopeId ?? ''}
                onChange={(event) => setDraft({ ...draft, scope: event.target.value === engine?.rootIds[0] ? null : event.target.value })}
              >
                {regions.map((region) => (
                  <option key={region.id} value={region.id}>
                    {'\u3000'.repeat(region.depth)}
                    {region.name}
                  </option>
                ))}
              </select>
            </label>
            <label>
              <span>{t('screen.settings.scale')}</span>
              <select value={draft.scale} onChange={(event) => setDraft({ ...draft, scale: event.target.value as ScreenSettings['scale'] })}>
                {SCALE_MODES.map((mode) => (
                  <option key={mode} value={mode}>
                    {t(`screen.settings.scale.${mode}`)}
                  </option>
                ))}
              </select>
            </label>
          </div>
        </div>
        <div className="screen-settings-link">
          <label>
            <span>{t('screen.settings.link')}</span>
            <input ref={linkField} readOnly value={link} onFocus={(event) => event.target.select()} />
          </label>
          <button type="button" className="screen-button" onClick={copy}>
            {t('screen.settings.copy')}
          </button>
          <span role="status" className="screen-settings-copied">
            {copied ? t('screen.settings.copied') : ''}
          </span>
        </div>
        <div className="screen-dialog-actions">
          <button type="button" className="screen-button quiet" onClick={onReset}>
            {t('screen.settings.reset')}
          </button>
          <span className="grow" />
          <button type="button" className="screen-button quiet" onClick={onClose}>
            {t('screen.settings.cancel')}
          </button>
          <button type="button" className="screen-button primary" disabled={!valid} onClick={() => onApply(chosen)}>
            {t('screen.settings.apply')}
          </button>
        </div>
      </section>
    </div>
  );
}

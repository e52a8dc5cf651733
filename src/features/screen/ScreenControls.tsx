import { useState } from 'react';
import { buildHash, useI18n } from '../../ui';
import { SCREEN_KEYS } from './useScreenKeys';

export type HelpState = 'closed' | 'hover' | 'pinned';

export interface ScreenControlsProps {
  idle: boolean;
  fullscreen: { active: boolean; supported: boolean; toggle: () => void; exit: () => void };
  help: HelpState;
  setHelp: (state: HelpState) => void;
  openSettings: () => void;
  /** Where 退出大屏 goes: the everyday screens, same scope. */
  exitScope: string | null;
}

/** The keys and what they do, for whoever walks up to the wall with a keyboard or a remote. */
export function HelpOverlay({ onClose }: { onClose: () => void }) {
  const { t } = useI18n();
  return (
    <section className="screen-help" role="dialog" aria-modal="false" aria-labelledby="screen-help-title">
      <div className="screen-panel-head">
        <h2 id="screen-help-title">{t('screen.help.title')}</h2>
        <button type="button" className="screen-button quiet" onClick={onClose}>
          {t('screen.help.close')}
        </button>
      </div>
      <dl className="screen-keys">
        {SCREEN_KEYS.map(([key, message]) => (
          <div key={key}>
            <dt>
              <kbd>{key === 'Space' ? t('screen.keys.space') : key}</kbd>
            </dt>
            <dd>{t(message)}</dd>
          </div>
        ))}
      </dl>
      <p className="screen-help-note">{t('screen.help.mouse')}</p>
    </section>
  );
}

/**
 * Full screen, settings, help and the way out, in the bottom-right corner. They fade when the
 * pointer rests (a wall nobody touches shows only figures) and come back when it moves; hovering
 * the help button shows the keys, clicking it (or ?) keeps them up.
 */
export function ScreenControls({ idle, fullscreen, help, setHelp, openSettings, exitScope }: ScreenControlsProps) {
  const { t } = useI18n();
  const [held, setHeld] = useState(false);
  const hidden = idle && !held && help === 'closed';
  const exitHref = buildHash('/', exitScope ? { scope: exitScope } : undefined);
  return (
    <nav
      className="screen-controls"
      aria-label={t('screen.controls')}
      data-hidden={hidden}
      onMouseEnter={() => setHeld(true)}
      onMouseLeave={() => setHeld(false)}
      onFocus={() => setHeld(true)}
      onBlur={() => setHeld(false)}
    >
      {fullscreen.supported && (
        <button type="button" className="screen-button" onClick={fullscreen.toggle} aria-pressed={fullscreen.active}>
          {fullscreen.active ? t('screen.controls.exitFullscreen') : t('screen.controls.fullscreen')}
        </button>
      )}
      <button type="button" className="screen-button" onClick={openSettings}>
        {t('screen.controls.settings')}
      </button>
      <button
        type="button"
        className="screen-button"
        aria-expanded={help !== 'closed'}
        onClick={() => setHelp(help === 'pinned' ? 'closed' : 'pinned')}
        onMouseEnter={() => help === 'closed' && setHelp('hover')}
        onMouseLeave={() => help === 'hover' && setHelp('closed')}
      >
        {t('screen.controls.help')}
      </button>
      <a className="screen-button" href={exitHref} onClick={fullscreen.exit}>
        {t('screen.controls.exit')}
      </a>
    </nav>
  );
}

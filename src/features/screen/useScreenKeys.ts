import { useEffect, useRef } from 'react';
import type { RotationControls } from './useRotation';

/** What the keys do beside the rotation; every handler is optional. */
export interface ScreenKeyActions {
  help?: () => void;
  fullscreen?: () => void;
  settings?: () => void;
  /** Esc: closes whatever overlay is open (the browser's own Esc leaves full screen). */
  close?: () => void;
  /** While true (a dialog is open) only Esc is read: the keys belong to the dialog. */
  dialogOpen?: boolean;
}

/** The keys the help overlay lists, in its order: [key label, message key]. */
export const SCREEN_KEYS = [
  ['Space', 'screen.keys.pause'],
  ['← →', 'screen.keys.step'],
  ['1–9', 'screen.keys.page'],
  ['F', 'screen.keys.fullscreen'],
  ['S', 'screen.keys.settings'],
  ['?', 'screen.keys.help'],
  ['Esc', 'screen.keys.close'],
] as const;

/**
 * Space pauses and resumes; the arrow keys (and a remote's page keys) step through the pages; 1–9
 * show that page; F full screen; S the settings; ? the help. Keys typed into a form are the form's.
 */
export function useScreenKeys(controls: RotationControls, actions: ScreenKeyActions = {}): void {
  const latest = useRef(actions);
  latest.current = actions;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented) return;
      const act = latest.current;
      if (event.key === 'Escape') {
        act.close?.();
        return;
      }
      if (act.dialogOpen) return;
      const target = event.target as HTMLElement | null;
      const key = event.key;
      // Typing in a field is the field's. A focused tab or button keeps only its own keys (Space
      // and Enter press it): after a click on a page tab the arrows and 1–9 still turn the pages.
      if (target && (/^(INPUT|SELECT|TEXTAREA)$/.test(target.tagName) || target.isContentEditable)) return;
      if (target && /^(BUTTON|A)$/.test(target.tagName) && (key === ' ' || key === 'Spacebar' || key === 'Enter')) return;
      if (key === ' ' || key === 'Spacebar') {
        event.preventDefault();
        if (!event.repeat) controls.toggle();
      } else if (key === 'ArrowRight' || key === 'PageDown') {
        event.preventDefault();
        controls.next();
      } else if (key === 'ArrowLeft' || key === 'PageUp') {
        event.preventDefault();
        controls.previous();
      } else if (/^[1-9]$/.test(key)) {
        controls.goTo(Number(key) - 1);
      } else if (key === '?' || (key === '/' && event.shiftKey)) {
        act.help?.();
      } else if (key === 'f' || key === 'F') {
        act.fullscreen?.();
      } else if (key === 's' || key === 'S') {
        act.settings?.();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [controls]);
}

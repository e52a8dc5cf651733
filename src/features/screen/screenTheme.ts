import { createContext, useContext, type CSSProperties } from 'react';
import { DARK, LIGHT, type ThemeTokens } from '../../ui';
import type { ScreenTheme } from './params';

/**
 * The big screen's colours: the app's tokens (shared with ECharts, which cannot read CSS) and the
 * screen's own surfaces. Dark is the wall's usual look (a control room, a hall with screens); light
 * suits a bright hall where a dark screen mirrors the windows.
 */
export interface ScreenPalette {
  tokens: ThemeTokens;
  /** Panel fill, top and bottom of its gradient. */
  panelTop: string;
  panelBottom: string;
  /** The glow of the title and the canvas's halo. */
  glow: string;
  title: string;
  /** Row separators of the boards. */
  rule: string;
  /** Text on a bright badge (red, yellow, the accent). */
  onBadge: string;
  /** The figure text that must stand out most (KPI values). */
  strong: string;
  /** Score classes of the map, best first (never red or yellow: those are the cards'). */
  scale: readonly string[];
  /** Regions with nothing to colour them by (未报送, no score). */
  none: string;
  /** No card: calm. */
  calm: string;
}

const DARK_PALETTE: ScreenPalette = {
  tokens: DARK,
  panelTop: 'rgba(18, 44, 88, 0.72)',
  panelBottom: 'rgba(10, 26, 54, 0.86)',
  glow: 'rgba(63, 167, 255, 0.55)',
  title: '#f2f7ff',
  rule: 'rgba(30, 58, 102, 0.7)',
  onBadge: '#1a1300',
  strong: '#ffffff',
  scale: ['#2fd6a0', '#27b1b6', '#2c8ed0', '#3a68b8', '#3f4c94'],
  none: '#3a4559',
  calm: '#1f7a62',
};

const LIGHT_PALETTE: ScreenPalette = {
  tokens: LIGHT,
  panelTop: 'rgba(255, 255, 255, 0.96)',
  panelBottom: 'rgba(244, 247, 252, 0.98)',
  glow: 'rgba(20, 87, 184, 0.18)',
  title: '#0d2a57',
  rule: 'rgba(148, 163, 184, 0.45)',
  onBadge: '#1a1300',
  strong: '#0d1b33',
  scale: ['#0f8a63', '#14879a', '#1f6fb2', '#3555a3', '#4b4f8a'],
  none: '#b8c0cc',
  calm: '#6fbf9d',
};

export function screenPalette(theme: ScreenTheme): ScreenPalette {
  return theme === 'light' ? LIGHT_PALETTE : DARK_PALETTE;
}

/** The CSS variables of screen.css for a palette. */
export function paletteVariables(palette: ScreenPalette): CSSProperties {
  const { tokens } = palette;
  return {
    '--s-bg': tokens.background,
    '--s-surface': tokens.surface,
    '--s-text': tokens.text,
    '--s-muted': tokens.textMuted,
    '--s-border': tokens.border,
    '--s-accent': tokens.accent,
    '--s-good': tokens.good,
    '--s-bad': tokens.bad,
    '--s-red': tokens.red,
    '--s-yellow': tokens.yellow,
    '--s-panel-top': palette.panelTop,
    '--s-panel-bottom': palette.panelBottom,
    '--s-glow': palette.glow,
    '--s-title': palette.title,
    '--s-rule': palette.rule,
    '--s-on-badge': palette.onBadge,
    '--s-strong': palette.strong,
  } as CSSProperties;
}

export const ScreenPaletteContext = createContext<ScreenPalette>(DARK_PALETTE);

export function useScreenPalette(): ScreenPalette {
  return useContext(ScreenPaletteContext);
}

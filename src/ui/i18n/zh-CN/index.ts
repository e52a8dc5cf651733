import type { alerts } from './alerts';
import type { bulletin } from './bulletin';
import { common } from './common';
import { figures } from './figures';
import type { errors } from './errors';
import type { files } from './files';
import type { fields } from './fields';
import type { office } from './office';
import { overview } from './overview';
import type { rankings } from './rankings';
import type { screen } from './screen';
import type { screenPages } from './screenPages';
import type { screenSettings } from './screenSettings';
import type { settings } from './settings';
import type { status } from './status';
import type { themes } from './themes';

/**
 * The Simplified Chinese dictionary, the source of every word a user sees. It is kept in one
 * file per screen so each screen's words sit together; keys are prefixed by screen and must
 * not repeat across files. `{name}` marks a parameter.
 *
 * The words every screen shares and those of the overview (the first screen) are here from the
 * start; each other screen's words are a part fetched with that screen (ZH_PARTS, waited for by
 * its route), so the first screen does not carry them. So are the words of errors (fetched when
 * one is shown) and the contract's field and type names (quality reports, error details).
 */
export const zhCN = {
  ...common,
  ...figures,
  ...overview,
} as const;

export const ZH_PARTS = {
  rankings: () => import('./rankings').then((module) => module.rankings),
  alerts: () => import('./alerts').then((module) => module.alerts),
  office: () => import('./office').then((module) => module.office),
  themes: () => import('./themes').then((module) => module.themes),
  bulletin: () => import('./bulletin').then((module) => module.bulletin),
  settings: () => import('./settings').then((module) => module.settings),
  files: () => import('./files').then((module) => module.files),
  screen: () =>
    Promise.all([import('./screen'), import('./screenPages'), import('./screenSettings')]).then(([core, pages, settings]) => ({
      ...core.screen,
      ...pages.screenPages,
      ...settings.screenSettings,
    })),
  status: () => import('./status').then((module) => module.status),
  errors: () => import('./errors').then((module) => module.errors),
  fields: () => import('./fields').then((module) => module.fields),
};
export type DictionaryPart = keyof typeof ZH_PARTS;

export type MessageKey =
  | keyof typeof zhCN
  | keyof typeof errors
  | keyof typeof fields
  | keyof typeof bulletin
  | keyof typeof settings
  | keyof typeof files
  | keyof typeof screen
  | keyof typeof screenPages
  | keyof typeof screenSettings
  | keyof typeof status
  | keyof typeof rankings
  | keyof typeof alerts
  | keyof typeof office
  | keyof typeof themes;

import { alerts } from './alerts';
import type { bulletin } from './bulletin';
import { common } from './common';
import type { files } from './files';
import { fields } from './fields';
import { office } from './office';
import { overview } from './overview';
import { rankings } from './rankings';
import type { screen } from './screen';
import type { settings } from './settings';
import type { status } from './status';
import { themes } from './themes';

/**
 * The Simplified Chinese dictionary, the source of every word a user sees. It is kept in one
 * file per screen so each screen's words sit together; keys are prefixed by screen and must
 * not repeat across files. `{name}` marks a parameter.
 *
 * The words of the everyday screens are here from the start; those of screens most visits never
 * open (bulletin, settings and own files, the big screen, the data-source status and its quality report) are parts fetched with their screen
 * (ZH_PARTS), so the first screen does not carry them.
 */
export const zhCN = {
  ...common,
  ...fields,
  ...overview,
  ...rankings,
  ...alerts,
  ...office,
  ...themes,
} as const;

export const ZH_PARTS = {
  bulletin: () => import('./bulletin').then((module) => module.bulletin),
  settings: () => import('./settings').then((module) => module.settings),
  files: () => import('./files').then((module) => module.files),
  screen: () => import('./screen').then((module) => module.screen),
  status: () => import('./status').then((module) => module.status),
};
export type DictionaryPart = keyof typeof ZH_PARTS;

export type MessageKey =
  | keyof typeof zhCN
  | keyof typeof bulletin
  | keyof typeof settings
  | keyof typeof files
  | keyof typeof screen
  | keyof typeof status;

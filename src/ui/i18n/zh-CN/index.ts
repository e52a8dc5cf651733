import { alerts } from './alerts';
import { bulletin } from './bulletin';
import { common } from './common';
import { files } from './files';
import { office } from './office';
import { overview } from './overview';
import { rankings } from './rankings';
import { screen } from './screen';
import { settings } from './settings';
import { status } from './status';
import { themes } from './themes';

/**
 * The Simplified Chinese dictionary, the source of every word a user sees. It is kept in one
 * file per screen so each screen's words sit together; keys are prefixed by screen and must
 * not repeat across files. `{name}` marks a parameter.
 */
export const zhCN = {
  ...common,
  ...status,
  ...overview,
  ...rankings,
  ...alerts,
  ...office,
  ...themes,
  ...screen,
  ...bulletin,
  ...settings,
  ...files,
} as const;

export type MessageKey = keyof typeof zhCN;

import type { MessageKey } from '../zh-CN';
import { alerts } from './alerts';
import { bulletin } from './bulletin';
import { bulletinFormat } from './bulletinFormat';
import { common } from './common';
import { figures } from './figures';
import { navigation } from './navigation';
import { lost } from './lost';
import { errors } from './errors';
import { fields } from './fields';
import { files } from './files';
import { office } from './office';
import { overview } from './overview';
import { rankings } from './rankings';
import { screen } from './screen';
import { screenPages } from './screenPages';
import { screenSettings } from './screenSettings';
import { settings } from './settings';
import { status } from './status';
import { themes } from './themes';

/** English, complete: the type makes a missing key a compile error. */
export const en: Record<MessageKey, string> = {
  ...common,
  ...figures,
  ...navigation,
  ...lost,
  ...errors,
  ...fields,
  ...status,
  ...overview,
  ...rankings,
  ...alerts,
  ...office,
  ...themes,
  ...screen,
  ...screenPages,
  ...screenSettings,
  ...bulletin,
  ...bulletinFormat,
  ...settings,
  ...files,
};

import { common } from './common';
import { figures } from './figures';
import { navigation } from './navigation';
import { lost } from './lost';
import { overview } from './overview';

/**
 * The Simplified Chinese dictionary, the source of every word a user sees. It is kept in one
 * file per screen so each screen's words sit together; keys are prefixed by screen and must
 * not repeat across files. `{name}` marks a parameter.
 *
 * The words every screen shares and those of the overview (the first screen) are here from the
 * start; each other screen's words are a part fetched with that screen (ZH_PARTS, named by the
 * screen's declaration in src/app/screens.ts and waited for by its route), so the first screen
 * does not carry them. So are the words of errors (fetched when one is shown) and the contract's
 * field and type names (quality reports, error details). A part is listed here once: its keys join
 * MessageKey from this list, and the English dictionary (../en) must then have them all.
 */
export const zhCN = {
  ...common,
  ...figures,
  ...navigation,
  ...lost,
  ...overview,
} as const;

/** The parts fetched when needed, by name: a screen names the parts it needs in its declaration. */
export const ZH_PARTS = {
  rankings: () => import('./rankings').then((module) => module.rankings),
  alerts: () => import('./alerts').then((module) => module.alerts),
  office: () => import('./office').then((module) => module.office),
  themes: () => import('./themes').then((module) => module.themes),
  bulletin: () => import('./bulletin').then((module) => module.bulletin),
  bulletinFormat: () => import('./bulletinFormat').then((module) => module.bulletinFormat),
  settings: () => import('./settings').then((module) => module.settings),
  files: () => import('./files').then((module) => module.files),
  screen: () => import('./screen').then((module) => module.screen),
  screenPages: () => import('./screenPages').then((module) => module.screenPages),
  screenSettings: () => import('./screenSettings').then((module) => module.screenSettings),
  status: () => import('./status').then((module) => module.status),
  errors: () => import('./errors').then((module) => module.errors),
  fields: () => import('./fields').then((module) => module.fields),
};
export type DictionaryPart = keyof typeof ZH_PARTS;

/** A part's words, once fetched. */
type PartWords<P extends DictionaryPart> = Awaited<ReturnType<(typeof ZH_PARTS)[P]>>;

/** Every key of the dictionary: the words always here and those of every part. */
export type MessageKey = keyof typeof zhCN | { [P in DictionaryPart]: keyof PartWords<P> }[DictionaryPart];

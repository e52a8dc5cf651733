import type { Translate } from '../../../ui';

/** What the editor says after an action, until the draft changes again. */
export type EditorNotice =
  | { kind: 'saved'; name: string; merged: boolean }
  | { kind: 'reset' }
  | { kind: 'defaultLoaded' }
  | { kind: 'discarded' }
  | { kind: 'imported'; file: string; name: string };

/** The notice's sentence; `originText` names the scheme in force after a reset. */
export function noticeText(notice: EditorNotice, t: Translate, originText: string): string {
  switch (notice.kind) {
    case 'saved':
      return t(notice.merged ? 'settings.scheme.savedMerged' : 'settings.scheme.saved', { name: notice.name });
    case 'reset':
      return t('settings.scheme.resetDone', { scheme: originText });
    case 'defaultLoaded':
      return t('settings.scheme.defaultLoaded');
    case 'discarded':
      return t('settings.scheme.discarded');
    case 'imported':
      return t('settings.scheme.imported', { file: notice.file, name: notice.name });
  }
}

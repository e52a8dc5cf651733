import { useState } from 'react';
import { useUnsavedScheme } from '../../../data';
import type { MergePath } from '../../../data/mergeThreeWay';
import type { Locale, Scheme } from '../../../domain';
import { useI18n, type Translate } from '../../../ui';
import { copyText } from '../../../ui/clipboard';
import { schemeJson } from './schemeInput';
import { downloadScheme } from './schemeFile';
import type { SchemeSave } from './useSchemeSave';

/**
 * What the save path has to tell, and keeps telling until it is settled: another tab saved the
 * same fields differently (keep mine or take theirs), or the browser refused to store the scheme
 * (in force in this tab only: export or copy it, or try again).
 */
export function SchemeSaveNotices({ saving, onKeepMine, onTakeTheirs }: { saving: SchemeSave; onKeepMine: () => void; onTakeTheirs: () => void }) {
  const { t, locale } = useI18n();
  const unsaved = useUnsavedScheme();
  const [copied, setCopied] = useState<boolean | null>(null);
  const { conflict } = saving;
  // Chinese sentences follow each other without a space; English ones with one.
  const gap = locale === 'zh-CN' ? '' : ' ';
  return (
    <>
      {conflict && (
        <div role="alert" className="state error scheme-save-conflict">
          <p>
            {t('settings.scheme.conflict', { name: conflict.theirs.name })}
            {gap}
            {conflict.conflicts.length > 0
              ? t('settings.scheme.conflictFields', { fields: conflictLabels(conflict.conflicts, conflict.theirs, t, locale).join('、') })
              : t('settings.scheme.conflictInvalid')}
          </p>
          <p className="actions">
            <button type="button" onClick={onKeepMine}>
              {t('settings.scheme.keepMine')}
            </button>
            <button
              type="button"
              onClick={() => {
                saving.takeTheirs();
                onTakeTheirs();
              }}
            >
              {t('settings.scheme.takeTheirs')}
            </button>
          </p>
        </div>
      )}
      {unsaved && (
        <div role="alert" className="state error scheme-unsaved">
          <p>
            <strong>{t('settings.scheme.unsaved', { name: unsaved.scheme.name })}</strong>
            {gap}
            {t(`storage.problem.${unsaved.problem}`)}
          </p>
          <p>{t('settings.scheme.unsavedKeep')}</p>
          <p className="actions">
            <button type="button" onClick={() => downloadScheme(unsaved.scheme)}>
              {t('settings.scheme.export')}
            </button>
            <button type="button" onClick={() => void copyText(schemeJson(unsaved.scheme)).then(setCopied)}>
              {t('settings.scheme.copyJson')}
            </button>
            <button type="button" onClick={() => saving.retry()}>
              {t('storage.retry')}
            </button>
          </p>
          {copied !== null && <p role="status">{t(copied ? 'storage.copied' : 'settings.scheme.copyFailed')}</p>}
        </div>
      )}
    </>
  );
}

/** Each conflicting field once, as the editor names it (方案名称, 计分指标“办结率”…). */
function conflictLabels(paths: MergePath[], scheme: Scheme, t: Translate, locale: Locale): string[] {
  const name = (id: string) => {
    const label = scheme.definitions.find((definition) => definition.id === id)?.label;
    return label ? (locale === 'zh-CN' ? label.zh : label.en) : id;
  };
  const labels = paths.map(([top, key]) => {
    switch (top) {
      case 'name':
        return t('settings.scheme.name');
      case 'id':
        return t('settings.scheme.id');
      case 'indicators':
        return t('settings.scheme.conflict.indicator', { name: name(String(key)) });
      case 'cardRules':
        return t('settings.scheme.conflict.rule', { id: String(key) });
      case 'definitions':
        return t('settings.scheme.conflict.definition', { name: name(String(key)) });
      case 'reviewLevels':
        return t('settings.fairness.levels');
      case 'rules':
        return t('settings.fairness.title');
      default:
        return String(top);
    }
  });
  return [...new Set(labels)];
}

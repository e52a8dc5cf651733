import { useId, useState } from 'react';
import { DEFAULT_BULLETIN_FORMAT, saveBulletinFormat, useBulletinFormat, type BulletinFormat } from '../../../data/bulletinFormat';
import { useI18n } from '../../../ui';

/**
 * 设置 → 通报格式: the optional 版头 and 版记 of the monthly bulletin as a 公文. Each change is saved
 * at once (like the bulletin's own edits), for every month and scope of this browser.
 */
export function BulletinFormatSettings() {
  const { t } = useI18n();
  const id = useId();
  const format = useBulletinFormat();
  const [status, setStatus] = useState<'saved' | 'notSaved' | null>(null);
  const update = (next: BulletinFormat) => setStatus(saveBulletinFormat(next) ? 'saved' : 'notSaved');
  const banner = (patch: Partial<BulletinFormat['banner']>) => update({ ...format, banner: { ...format.banner, ...patch } });
  const record = (patch: Partial<BulletinFormat['record']>) => update({ ...format, record: { ...format.record, ...patch } });

  return (
    <section className="panel bulletin-format" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="visually-hidden">
        {t('settings.section.bulletin')}
      </h3>
      <p className="hint">{t('bulletinFormat.intro')}</p>
      <fieldset>
        <legend>{t('bulletinFormat.banner')}</legend>
        <label>
          <input type="checkbox" checked={format.banner.enabled} onChange={(event) => banner({ enabled: event.target.checked })} />{' '}
          {t('bulletinFormat.banner.enabled')}
        </label>
        <p>
          <label htmlFor={`${id}-mark`}>{t('bulletinFormat.banner.mark')}</label>{' '}
          <input id={`${id}-mark`} type="text" size={32} value={format.banner.mark} onChange={(event) => banner({ mark: event.target.value })} />
        </p>
        <p>
          <label htmlFor={`${id}-prefix`}>{t('bulletinFormat.banner.numberPrefix')}</label>{' '}
          <input
            id={`${id}-prefix`}
            type="text"
            size={12}
            value={format.banner.numberPrefix}
            aria-describedby={`${id}-prefix-hint`}
            onChange={(event) => banner({ numberPrefix: event.target.value })}
          />{' '}
          <span id={`${id}-prefix-hint`} className="hint">
            {t('bulletinFormat.banner.numberHint')}
          </span>
        </p>
      </fieldset>
      <fieldset>
        <legend>{t('bulletinFormat.record')}</legend>
        <label>
          <input type="checkbox" checked={format.record.enabled} onChange={(event) => record({ enabled: event.target.checked })} />{' '}
          {t('bulletinFormat.record.enabled')}
        </label>
        <p>
          <label htmlFor={`${id}-copy`}>{t('bulletinFormat.record.copyTo')}</label>{' '}
          <input
            id={`${id}-copy`}
            type="text"
            size={48}
            value={format.record.copyTo}
            aria-describedby={`${id}-copy-hint`}
            onChange={(event) => record({ copyTo: event.target.value })}
          />{' '}
          <span id={`${id}-copy-hint`} className="hint">
            {t('bulletinFormat.record.copyToHint')}
          </span>
        </p>
        <p>
          <label htmlFor={`${id}-printer`}>{t('bulletinFormat.record.printer')}</label>{' '}
          <input id={`${id}-printer`} type="text" size={32} value={format.record.printer} onChange={(event) => record({ printer: event.target.value })} />
        </p>
      </fieldset>
      <div className="toolbar">
        <button type="button" onClick={() => update(DEFAULT_BULLETIN_FORMAT)}>
          {t('bulletinFormat.reset')}
        </button>
        <p role="status" aria-live="polite" className={status === 'notSaved' ? 'notice-stale' : 'hint'}>
          {status ? t(status === 'saved' ? 'bulletinFormat.saved' : 'bulletinFormat.notSaved') : ''}
        </p>
      </div>
    </section>
  );
}

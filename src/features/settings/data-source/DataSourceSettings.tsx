import { browserOwnDataStore, loadFilesInWorker, type LoadFiles, type OwnDataStore } from '../../../adapters/file';
import { useDataSource } from '../../../data';
import { useSourceSwitch } from '../../../data/sourceSwitch';
import { Link, LoadingState, useI18n } from '../../../ui';
import { noticeDetail } from './noticeDetail';
import { fileErrorText } from './errorText';
import { FileDrop } from './FileDrop';
import { FileQualityTable } from './FileQualityTable';
import { LoadProgressView } from './LoadProgressView';
import { ServicePanel } from './ServicePanel';
import { useServiceTakesUploads } from './serviceUploads';
import { StoredDataPanel } from './StoredDataPanel';
import { TemplatePanel } from './TemplatePanel';
import { useOwnData, type LoadState, type Message } from './useOwnData';
import './dataSource.css';

const MESSAGES = {
  switchedOwn: 'files.current.switchedOwn',
  switchedConfigured: 'files.current.switchedConfigured',
  removed: 'files.stored.removed',
  otherTab: 'files.tabs.stored',
} as const;

/**
 * 设置 → 数据来源: the source in use; the staff's own files loaded by drag and drop or the file
 * picker, parsed off the main thread, checked like the HTTP source, kept in IndexedDB; the
 * quality report with file, sheet and row; the template and its guide. `store` and `loadFiles`
 * are the browser's by default; tests pass their own.
 */
export function DataSourceSettings({ store = browserOwnDataStore(), loadFiles = loadFilesInWorker }: { store?: OwnDataStore; loadFiles?: LoadFiles }) {
  const { t, locale } = useI18n();
  const { adapter } = useDataSource();
  const { choice } = useSourceSwitch();
  const own = useOwnData(store, loadFiles);
  // Beside a data service's upload, this page's own import must not read as a second way to share data.
  const service = useServiceTakesUploads();
  const storedSummary = own.stored.status === 'ready' ? own.stored.summary : null;
  const reported = own.load.status === 'loaded' ? own.load.summary : storedSummary;

  return (
    <div className="own-data">
      <p className="hint">{t(service ? 'files.introService' : 'files.intro')}</p>

      <section className="panel" aria-labelledby="own-data-current">
        <h3 id="own-data-current">{t('files.current.title')}</h3>
        <dl className="facts">
          <dt>{t('files.current.type')}</dt>
          <dd>
            {t(`source.${adapter.type}`)} · {t(choice.kind === 'file' ? 'files.current.own' : 'files.current.configured')}
          </dd>
          <dt>{t('files.current.address')}</dt>
          <dd>{adapter.type === 'mock' ? t('source.mockAddress') : adapter.description}</dd>
        </dl>
        {choice.kind === 'file' && (
          <p className="actions">
            <button type="button" onClick={own.backToConfigured}>
              {t('files.current.backToConfigured')}
            </button>
          </p>
        )}
        <MessageLine message={own.message} />
      </section>

      <ServicePanel />

      <section className="panel" aria-labelledby="own-data-load">
        <h3 id="own-data-load">{t(service ? 'files.load.titleLocal' : 'files.load.title')}</h3>
        <FileDrop onFiles={(files) => void own.loadFiles(files)} disabled={own.load.status === 'loading'} />
        <LoadOutcome load={own.load} onCancel={own.cancel} />
      </section>

      <section className="panel" aria-labelledby="own-data-stored">
        <h3 id="own-data-stored">{t('files.stored.title')}</h3>
        {own.stored.status === 'reading' && <LoadingState height={60} />}
        {own.stored.status === 'failed' && <p role="alert">{t('files.error.storage', { detail: String(own.stored.error) })}</p>}
        {own.stored.status === 'ready' &&
          (storedSummary ? (
            <StoredDataPanel
              summary={storedSummary}
              inUse={choice.kind === 'file' && choice.id === storedSummary.id}
              onUse={() => void own.switchToStored()}
              onRemove={() => void own.remove()}
            />
          ) : (
            <p>{t('files.stored.none')}</p>
          ))}
        {storedSummary && (
          <p className="persist" data-persist={own.persist ?? 'asking'}>
            <strong>{t('files.persist.title')}</strong>
            {t(own.persist ? `files.persist.${own.persist}` : 'files.persist.asking')}
          </p>
        )}
      </section>

      {reported && (
        <section className="panel" aria-labelledby="own-data-quality">
          <h3 id="own-data-quality">{t('files.quality.title')}</h3>
          {reported.notices.length > 0 && (
            <>
              <h4 className="visually-hidden">{t('files.notices.title')}</h4>
              <ul className="notices">
                {reported.notices.map((notice, index) => (
                  <li key={`${notice.code}-${index}`}>
                    {t(`files.notice.${notice.code}`, { source: notice.source, detail: noticeDetail(notice, { t, locale }) })}
                  </li>
                ))}
              </ul>
            </>
          )}
          <FileQualityTable summary={reported} />
        </section>
      )}

      <TemplatePanel />
    </div>
  );
}

function MessageLine({ message }: { message: Message }) {
  const { t } = useI18n();
  return (
    <p role="status" className="message">
      {message ? t(MESSAGES[message]) : null}
    </p>
  );
}

function LoadOutcome({ load, onCancel }: { load: LoadState; onCancel: () => void }) {
  const { t, locale, formatCount } = useI18n();
  switch (load.status) {
    case 'idle':
      return null;
    case 'loading':
      return <LoadProgressView progress={load.progress} onCancel={onCancel} />;
    case 'failed':
      return (
        <div role="alert" className="state error">
          <strong>{t('files.error.title')}</strong>
          <p>{fileErrorText(load.error, { t, locale })}</p>
        </div>
      );
    case 'loaded': {
      const { summary } = load;
      if (!load.usable) {
        return (
          <p role="alert" className="warning">
            {t('files.unusable')}
          </p>
        );
      }
      const rejected = summary.officesQuality.rejected + summary.recordsQuality.rejected;
      return (
        <div role="status">
          <p className="message">
            {t('files.done', { offices: formatCount(summary.officeCount), records: formatCount(summary.recordCount) })}{' '}
            {rejected > 0 && t('files.doneWithIssues', { rejected: formatCount(rejected) })}
          </p>
          {!load.stored && <p className="warning">{t('files.notStored')}</p>}
          {load.stored && !load.remembered && <p className="warning">{t('files.choiceNotRemembered')}</p>}
          <p className="actions">
            <Link to="/rankings">{t('files.goRankings')}</Link>
            <Link to="/overview">{t('files.goOverview')}</Link>
          </p>
        </div>
      );
    }
  }
}

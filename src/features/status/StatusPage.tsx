import { useMemo } from 'react';
import { useDataSource, useDataset } from '../../data';
import { OFFICE_KINDS } from '../../domain';
import { DataAsOf, ErrorState, LoadingState, StaleNotice, useI18n } from '../../ui';
import { scenarioName, schemeName } from '../../ui/format/honest/schemeAndScenarioNames';
import { describeError } from '../../ui/states/describeError';
import { QualityReportTable, type LabelledIssue } from './QualityReportTable';
import { countOfficesByKind, monthCoverage } from './summarize';

/** 数据源状态: where the numbers come from, what arrived, and what was left out and why. */
export function StatusPage() {
  const i18n = useI18n();
  const { t, locale, formatCount, formatDateTime, formatMonth } = i18n;
  const { config, adapter } = useDataSource();
  const { dataset, isLoading, error, refreshError, updatedAt, refetch } = useDataset();

  const summary = useMemo(() => {
    if (!dataset) return null;
    const issues: LabelledIssue[] = [
      ...dataset.officesQuality.issues.map((issue) => ({ ...issue, part: 'offices' as const })),
      ...dataset.recordsQuality.issues.map((issue) => ({ ...issue, part: 'records' as const })),
    ];
    return {
      byKind: countOfficesByKind(dataset.offices),
      coverage: monthCoverage(dataset.engine),
      issues,
    };
  }, [dataset]);

  return (
    <section aria-labelledby="status-title">
      <h2 id="status-title" className="page-title">
        {t('status.title')}
      </h2>
      <StaleNotice error={refreshError} updatedAt={updatedAt} />

      <section className="panel" aria-labelledby="status-source">
        <h2 id="status-source">{t('status.source')}</h2>
        <dl className="facts">
          <dt>{t('status.sourceType')}</dt>
          <dd>{t(`source.${adapter.type}`)}</dd>
          <dt>{t('status.address')}</dt>
          {/* The demo's backend is in the page: said in words, not as its internal path. */}
          <dd>{adapter.type === 'mock' ? t('source.mockAddress') : adapter.description}</dd>
          {adapter.type === 'mock' && config.dataSource.type === 'mock' && (
            <>
              <dt>{t('status.scenario')}</dt>
              <dd>{scenarioName(config.dataSource.scenario, i18n)}</dd>
            </>
          )}
          <dt>{t('status.refresh')}</dt>
          <dd>
            {adapter.type === 'file' || config.refreshSeconds === 0
              ? t('status.refreshOff')
              : t('status.refreshEvery', { seconds: formatCount(config.refreshSeconds) })}
          </dd>
          <dt>{t('status.lastUpdate')}</dt>
          <dd>{updatedAt ? formatDateTime(updatedAt) : t('state.noValue')}</dd>
        </dl>
        <p>
          <button type="button" onClick={refetch}>
            {t('status.refreshNow')}
          </button>{' '}
          <DataAsOf updatedAt={updatedAt} />
        </p>
      </section>

      {error ? <ErrorState error={error} onRetry={refetch} /> : null}
      {isLoading && <LoadingState />}

      {dataset && summary && (
        <>
          <div className="grid-2">
            <section className="panel" aria-labelledby="status-offices">
              <h2 id="status-offices">{t('status.officesByKind')}</h2>
              <dl className="facts">
                {OFFICE_KINDS.map((kind) => (
                  <div key={kind} style={{ display: 'contents' }}>
                    <dt>{t(`kind.${kind}`)}</dt>
                    <dd>{formatCount(summary.byKind[kind])}</dd>
                  </div>
                ))}
                <dt>{t('status.officeTotal')}</dt>
                <dd>{formatCount(dataset.offices.length)}</dd>
              </dl>
            </section>
            <section className="panel" aria-labelledby="status-months">
              <h2 id="status-months">{t('status.monthsCovered')}</h2>
              <dl className="facts">
                <dt>{t('status.monthsCovered')}</dt>
                <dd>
                  {summary.coverage
                    ? t('status.monthsRange', {
                        from: formatMonth(summary.coverage.first),
                        to: formatMonth(summary.coverage.last),
                        count: formatCount(summary.coverage.monthsWithData),
                      })
                    : t('status.noMonths')}
                </dd>
                <dt>{t('status.records')}</dt>
                <dd>
                  {t('status.recordsAccepted', {
                    accepted: formatCount(dataset.recordsQuality.accepted),
                    rejected: formatCount(dataset.recordsQuality.rejected),
                  })}
                </dd>
                <dt>{t('status.scheme')}</dt>
                <dd>
                  {dataset.schemeOrigin === 'browser'
                    ? t('status.schemeBrowser', { name: schemeName(dataset.scheme, i18n) })
                    : dataset.schemeOrigin === 'source'
                      ? t('status.schemeFromSource', { name: schemeName(dataset.scheme, i18n) })
                      : t('status.schemeDefault')}
                  {dataset.schemeError ? (
                    <p role="alert" className="state error" style={{ padding: 8, marginTop: 6 }}>
                      {t('status.schemeRejected', { reason: describeError(dataset.schemeError, { t, locale }) })}
                    </p>
                  ) : null}
                </dd>
              </dl>
            </section>
          </div>
          <section className="panel" aria-labelledby="status-quality">
            <h2 id="status-quality">{t('status.quality')}</h2>
            <QualityReportTable issues={summary.issues} rejected={dataset.officesQuality.rejected + dataset.recordsQuality.rejected} />
          </section>
        </>
      )}
    </section>
  );
}

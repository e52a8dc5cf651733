import { useId, useMemo } from 'react';
import { issuerFor } from '../../adapters/scopeTitles';
import { compareMonths, isMonthKey, type MonthKey } from '../../domain';
import { dataMonths, latestCompleteMonth, monthCoverage } from '../../engine';
import { bulletinFacts } from '../../engine/bulletin';
import { useDataSource, useEngineData } from '../../data';
import {
  DataAsOf,
  EmptyState,
  ErrorState,
  LoadingState,
  ScopePicker,
  StaleNotice,
  useHashLocation,
  useI18n,
  useNavigate,
  useView,
} from '../../ui';
import { BulletinView } from './view/BulletinView';
import './bulletin.css';

/**
 * 月度通报: #/bulletin/2026-10 (and ?scope= for a county of a prefecture). Without a month it
 * opens the last complete month that has data, as the bulletin for October goes out in November.
 */
export function BulletinPage({ params }: { params: Record<string, string> }) {
  const { t, formatMonth } = useI18n();
  const state = useEngineData();
  const { config } = useDataSource();
  const view = useView(state.engine);
  const navigate = useNavigate();
  const { params: query } = useHashLocation();
  const monthSelect = useId();
  const engine = state.engine;
  const dataset = state.dataset;

  const months = useMemo(() => (engine ? dataMonths(engine) : []), [engine]);
  const partialMonths = useMemo(() => {
    if (!engine) return new Set<MonthKey>();
    return new Set(months.filter((month) => monthCoverage(engine, month, view.scopeId).partial));
  }, [engine, months, view.scopeId]);

  const requested = params.month;
  const month: MonthKey | null = requested ?? (engine ? latestCompleteMonth(engine, new Date()) : null);
  const valid = month !== null && isMonthKey(month);
  const inData = valid && engine?.firstMonth && engine.lastMonth ? compareMonths(month, engine.firstMonth) >= 0 && compareMonths(month, engine.lastMonth) <= 0 : false;

  const facts = useMemo(
    () => (engine && dataset && valid && inData && view.scopeId ? bulletinFacts(engine, dataset.scheme, month, view.scopeId) : null),
    [engine, dataset, valid, inData, month, view.scopeId],
  );
  // Who signs the bulletin: config.json's issuer for the scope (never a county bureau for a city).
  const root = engine?.rootIds[0];
  const issuer = facts ? issuerFor(config.issuer, { id: facts.scope.officeId, name: facts.scope.name, isRoot: facts.scope.officeId === root }) : '';

  let body;
  if (state.error) body = <ErrorState error={state.error} onRetry={state.refetch} />;
  else if (!engine || !dataset) body = <LoadingState />;
  else if (month === null) body = <EmptyState>{t('state.empty')}</EmptyState>;
  else if (!valid) body = <EmptyState>{t('bulletin.badMonth', { month })}</EmptyState>;
  else if (!facts || !view.scopeId) body = <EmptyState>{t('bulletin.noData', { month: formatMonth(month) })}</EmptyState>;
  else body = <BulletinView key={`${view.scopeId}:${month}`} facts={facts} issuer={issuer} scopeId={view.scopeId} />;

  const newestFirst = [...months].reverse();
  return (
    <section aria-labelledby="page-title" className="bulletin-page">
      <h2 id="page-title" className="page-title no-print">
        {t('nav.bulletin')}
        {valid && <span className="page-subtitle">{formatMonth(month)}</span>}
      </h2>
      <div className="toolbar no-print">
        {months.length > 0 && (
          <span className="bulletin-month">
            <label htmlFor={monthSelect}>{t('bulletin.month')}</label>
            <select id={monthSelect} value={valid && months.includes(month) ? month : ''} onChange={(event) => navigate(`/bulletin/${event.target.value}`, query)}>
              {!(valid && months.includes(month)) && <option value="">{valid ? formatMonth(month) : '—'}</option>}
              {newestFirst.map((option) => (
                <option key={option} value={option}>
                  {formatMonth(option)}
                  {partialMonths.has(option) ? t('view.partialMonth') : ''}
                </option>
              ))}
            </select>
          </span>
        )}
        <ScopePicker regions={view.regions} scopeId={view.scopeId} onChange={view.setScope} />
        <DataAsOf updatedAt={state.updatedAt} />
      </div>
      <StaleNotice error={state.refreshError} updatedAt={state.updatedAt} />
      {body}
    </section>
  );
}

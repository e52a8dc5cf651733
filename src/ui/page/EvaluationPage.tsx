import { useMemo, type ReactNode } from 'react';
import { compareMonths, monthPeriod, type Period, type PeriodKind } from '../../domain';
import { dataMonths, latestCompleteMonth, monthCoverage, type EngineData, type PeriodEvaluation } from '../../engine';
import { useEngineData, useEvaluation, type Dataset } from '../../data';
import { useI18n } from '../i18n/I18nProvider';
import { KindTabs } from '../pickers/KindTabs';
import { ScopeBreadcrumb } from '../pickers/ScopeBreadcrumb';
import { KindPicker, ScopePicker } from '../pickers/ScopePicker';
import { PeriodPicker } from '../pickers/PeriodPicker';
import { periodLabel } from '../pickers/periodLabel';
import { isInProgress, pickedPeriodLabel } from '../pickers/periodOptions';
import { DataAsOf, EmptyState, ErrorState, LoadingState, StaleNotice } from '../states/States';
import { useView, type View } from '../view/useView';

export interface EvaluationContext {
  engine: EngineData;
  dataset: Dataset;
  evaluation: PeriodEvaluation;
  view: View & { period: Period };
  updatedAt: number;
}

function overlapsData(engine: EngineData, period: Period): boolean {
  if (!engine.firstMonth || !engine.lastMonth) return false;
  return compareMonths(period.to, engine.firstMonth) >= 0 && compareMonths(period.from, engine.lastMonth) <= 0;
}

/**
 * A screen whose period is not ?period= (the bulletin's month is in its path, #/bulletin/2026-10),
 * and which may offer some kinds of period only.
 */
export interface PeriodControl {
  /** null: the screen's own choice is not a period (then `invalid` is said instead). */
  period: Period | null;
  onChange: (period: Period) => void;
  kinds?: readonly PeriodKind[];
  /** The period list's label, where the screen names it its own way (通报月份). */
  label?: string;
  /** What to say when `period` is null (e.g. a path that names no month). */
  invalid?: ReactNode;
}

/**
 * The frame every evaluation screen shares: the period and scope pickers (state in the URL),
 * loading, error, stale and empty states, the "data as of" time and the provisional-data notice.
 * The screen itself only draws a ready evaluation.
 */
export function EvaluationPage({
  title,
  showKind = false,
  toolbar,
  periodControl,
  className,
  children,
}: {
  title: string;
  /** The kinds ranked at the scope: a list in the toolbar, or tabs over the page (rankings). */
  showKind?: boolean | 'tabs';
  toolbar?: ReactNode;
  periodControl?: PeriodControl;
  className?: string;
  children: (context: EvaluationContext) => ReactNode;
}) {
  const i18n = useI18n();
  const { t, formatCount } = i18n;
  const state = useEngineData();
  const urlView = useView(state.engine);
  const view = periodControl ? { ...urlView, period: periodControl.period, setPeriod: periodControl.onChange } : urlView;
  const evaluation = useEvaluation(state.engine, state.dataset?.scheme, view.period, view.scopeId);

  const months = useMemo(() => (state.engine ? dataMonths(state.engine) : []), [state.engine]);
  // Screens open on the last complete month; a month in progress is one click away, and marked.
  const lastComplete = state.engine ? latestCompleteMonth(state.engine, new Date()) : null;
  const newest = months.at(-1);
  const inProgress = newest !== undefined && isInProgress(newest, lastComplete) ? newest : null;
  const partialMonths = useMemo(() => {
    const engine = state.engine;
    if (!engine) return new Set<string>();
    return new Set(months.filter((month) => monthCoverage(engine, month, view.scopeId).partial));
  }, [state.engine, months, view.scopeId]);

  let body: ReactNode;
  if (state.error) body = <ErrorState error={state.error} onRetry={state.refetch} failures={state.failures} retrying={state.retrying} />;
  else if (!state.engine || !state.dataset) body = <LoadingState />;
  else if (!view.period) body = <EmptyState>{periodControl?.invalid ?? t('state.empty')}</EmptyState>;
  else if (!overlapsData(state.engine, view.period) || !evaluation)
    body = <EmptyState>{t('view.noDataPeriod', { period: periodLabel(view.period, t, i18n) })}</EmptyState>;
  else {
    const missing = evaluation.reporting.expected - evaluation.reporting.reported;
    body = (
      <>
        {state.dataset.schemeError ? (
          <p role="status" className="notice-stale">
            {t('view.schemeRejected')}
          </p>
        ) : null}
        {evaluation.partial && (
          <p role="status" className="notice-stale">
            {t('view.partial', { missing: formatCount(missing) })}
          </p>
        )}
        {showKind === 'tabs' && (
          <KindTabs kinds={view.kinds} kind={view.kind} counts={Object.fromEntries(view.kinds.map((kind) => [kind, evaluation.rankings[kind].length]))} />
        )}
        {children({
          engine: state.engine,
          dataset: state.dataset,
          evaluation,
          view: { ...view, period: view.period },
          updatedAt: state.updatedAt,
        })}
      </>
    );
  }

  return (
    <section aria-labelledby="page-title" className={className}>
      <ScopeBreadcrumb path={view.scopePath} rootId={state.engine?.rootIds[0]} regionCount={view.regions.length} />
      <h2 id="page-title" className="page-title">
        {title}
        {view.period && (
          <span style={{ fontWeight: 400, fontSize: 15, marginLeft: 12 }}>
            {/* As the picker lists it; a period in progress says where it stops (2026年第四季度（截至11月）) or that it is in progress. */}
            {pickedPeriodLabel(view.period, lastComplete, i18n)}
          </span>
        )}
      </h2>
      <div className="toolbar">
        {view.period && months.length > 0 && (
          <PeriodPicker
            period={view.period}
            months={months}
            partialMonths={partialMonths}
            lastComplete={lastComplete}
            onChange={view.setPeriod}
            {...(periodControl?.kinds ? { kinds: periodControl.kinds } : {})}
            {...(periodControl?.label ? { monthLabel: periodControl.label } : {})}
          />
        )}
        {/* A screen that holds its own period (the bulletin's month list) lists the month in progress itself. */}
        {!periodControl && inProgress && view.period && !(view.period.kind === 'month' && view.period.to === inProgress) && (
          <button type="button" className="link-button" onClick={() => view.setPeriod(monthPeriod(inProgress))}>
            {t('view.openInProgress', { month: i18n.formatMonth(inProgress) })}
          </button>
        )}
        <ScopePicker regions={view.regions} scopeId={view.scopeId} onChange={view.setScope} />
        {showKind === true && view.kinds.length > 1 && <KindPicker kind={view.kind} kinds={view.kinds} onChange={view.setKind} />}
        {toolbar}
        <DataAsOf updatedAt={state.updatedAt} />
      </div>
      <StaleNotice error={state.refreshError} updatedAt={state.updatedAt} failures={state.failures} retrying={state.retrying} />
      {body}
    </section>
  );
}

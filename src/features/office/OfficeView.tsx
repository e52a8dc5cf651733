import { useEffect, useId } from 'react';
import {
  homeScope,
  Link,
  LoadingState,
  monthSpanRange,
  MonthSpanPicker,
  useHashLocation,
  useI18n,
  useMonthSpan,
  useSetParams,
  type EvaluationContext,
} from '../../ui';
import { IndicatorTrend } from './IndicatorTrend';
import { MonthlyCounts } from './MonthlyCounts';
import { OfficeCards } from './OfficeCards';
import { OfficeFacts } from './OfficeFacts';
import { RankHistory } from './RankHistory';
import { ScoreBreakdownTable } from './ScoreBreakdownTable';

export function OfficeView({ engine, dataset, evaluation, view, officeId }: EvaluationContext & { officeId: string }) {
  const { t } = useI18n();
  const { params } = useHashLocation();
  const headingId = useId();
  const [span, setSpan] = useMonthSpan();
  const setParams = useSetParams();
  const carried = { period: params.get('period'), scope: params.get('scope') };
  // An office is read in its own region (a township in its county), where its rank is published:
  // a link from a prefecture's list lands there, and the header and breadcrumb name that region.
  const home = homeScope(engine, officeId);
  const homeParam = home === null || home === engine.rootIds[0] ? null : home;
  const elsewhere = home !== null && home !== evaluation.scopeId;
  useEffect(() => {
    if (elsewhere) setParams({ scope: homeParam }, { replace: true });
  }, [elsewhere, homeParam, setParams]);
  if (elsewhere) return <LoadingState />;
  const office = evaluation.office(officeId);

  if (!office) {
    const index = engine.officeIndex.get(officeId);
    const known = index === undefined ? undefined : engine.offices[index];
    return (
      <div className="state" role="alert">
        <p>{known ? t('office.outOfScope', { name: known.name }) : t('office.notFound', { id: officeId })}</p>
        <p>
          {known && (
            <>
              <Link to={`/office/${officeId}`} params={{ period: carried.period }}>
                {t('office.openInWholeRegion')}
              </Link>{' '}
              ·{' '}
            </>
          )}
          <Link to="/rankings" params={carried}>
            {t('office.backToRankings')}
          </Link>
        </p>
      </div>
    );
  }

  const range = monthSpanRange(engine, view.period.to, span);
  // The top region is ranked nowhere; any other office among its kind in its region.
  const ranked =
    office.officeId !== evaluation.scopeId && (office.kind === 'department' || office.kind === 'township' || office.kind === 'region') ? office.kind : null;

  return (
    <>
      <section className="panel" aria-labelledby={headingId}>
        <h2 id={headingId} style={{ fontSize: 20 }}>
          {office.name}
        </h2>
        <OfficeFacts engine={engine} evaluation={evaluation} office={office} carried={carried} />
      </section>
      {/* The breakdown is the wider of the two: ten columns of figures. */}
      <div className="office-grid">
        <OfficeCards office={office} />
        <ScoreBreakdownTable scheme={dataset.scheme} office={office} period={view.period} />
      </div>
      <div className="toolbar">
        <MonthSpanPicker value={span} onChange={setSpan} label={t('office.span')} optionLabel={(months) => t('office.spanMonths', { months })} />
      </div>
      {range ? (
        <>
          <IndicatorTrend engine={engine} scheme={dataset.scheme} office={office} scopeId={evaluation.scopeId} range={range} />
          <RankHistory engine={engine} scheme={dataset.scheme} office={office} kind={ranked} scopeId={evaluation.scopeId} range={range} />
          <MonthlyCounts engine={engine} scheme={dataset.scheme} office={office} range={range} />
        </>
      ) : (
        <p className="state">{t('state.empty')}</p>
      )}
    </>
  );
}

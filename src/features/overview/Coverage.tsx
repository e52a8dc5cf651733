import { useId, useMemo } from 'react';
import type { EngineData, OfficeEvaluation, PeriodEvaluation } from '../../engine';
import { Link, useI18n } from '../../ui';
import { COVERAGE_KINDS, kindCoverage } from './coverage';
import { MISSING_LIST_SIZE } from './headline';
import { distinctNames } from './names';
import { useCarriedParams } from './useCarriedParams';

function OfficeNames({ engine, offices, label }: { engine: EngineData; offices: readonly OfficeEvaluation[]; label: string }) {
  const { t, formatCount } = useI18n();
  const params = useCarriedParams();
  if (offices.length === 0) return null;
  const shown = offices.slice(0, MISSING_LIST_SIZE);
  const names = distinctNames(engine, shown);
  return (
    <p className="coverage-missing">
      {label}
      {shown.map((office, index) => (
        <span key={office.officeId}>
          {index > 0 && '、'}
          <Link to={`/office/${office.officeId}`} params={params}>
            {names.get(office.officeId) ?? office.name}
          </Link>
        </span>
      ))}
      {offices.length > shown.length && <> {t('overview.coverage.more', { n: formatCount(offices.length) })}</>}
    </p>
  );
}

/** How many offices reported in the period, per kind, and briefly who has not. */
export function Coverage({ engine, evaluation }: { engine: EngineData; evaluation: PeriodEvaluation }) {
  const { t, formatCount } = useI18n();
  const headingId = useId();
  const kinds = useMemo(() => COVERAGE_KINDS.map((kind) => kindCoverage(evaluation, kind)).filter((coverage) => coverage.due > 0), [evaluation]);
  const notReported = kinds.flatMap((coverage) => coverage.notReported);
  const partial = kinds.flatMap((coverage) => coverage.partial);
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('overview.coverage.heading')}</h2>
      <p>
        {t('overview.coverage.officeMonths', {
          reported: formatCount(evaluation.reporting.reported),
          expected: formatCount(evaluation.reporting.expected),
        })}
      </p>
      <dl className="facts">
        {kinds.map((coverage) => (
          <div key={coverage.kind} style={{ display: 'contents' }}>
            <dt>{t(`kind.${coverage.kind}`)}</dt>
            <dd data-kind={coverage.kind}>
              {t('overview.coverage.kindCount', { complete: formatCount(coverage.complete), due: formatCount(coverage.due) })}
            </dd>
          </div>
        ))}
      </dl>
      {notReported.length === 0 && partial.length === 0 ? (
        <p className="muted">{t('overview.coverage.allReported')}</p>
      ) : (
        <>
          <OfficeNames engine={engine} offices={notReported} label={t('overview.coverage.missing')} />
          <OfficeNames engine={engine} offices={partial} label={t('overview.coverage.partial')} />
        </>
      )}
    </section>
  );
}

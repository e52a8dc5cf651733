import { useId, useMemo } from 'react';
import type { EngineData, PeriodEvaluation } from '../../engine';
import { Link, officeLinkParams, useI18n, useScopeNames } from '../../ui';
import { coverageByKind, type MissingOffice } from './coverageByKind';
import { MISSING_LIST_SIZE } from './headline';
import { useCarriedParams } from './useCarriedParams';

function OfficeNames({ engine, scopeId, offices, label }: { engine: EngineData; scopeId: string; offices: readonly MissingOffice[]; label: string }) {
  const { t, formatCount } = useI18n();
  const params = useCarriedParams();
  const names = useScopeNames(engine, scopeId);
  if (offices.length === 0) return null;
  const shown = offices.slice(0, MISSING_LIST_SIZE);
  return (
    <p className="coverage-missing">
      {label}
      {shown.map((office, index) => (
        <span key={office.officeId}>
          {index > 0 && '、'}
          <Link to={`/office/${office.officeId}`} params={officeLinkParams(engine, office.officeId, params.period ?? null)}>
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
  const kinds = useMemo(() => coverageByKind(evaluation), [evaluation]);
  const missing = kinds.flatMap((coverage) => coverage.missing);
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
              {t('overview.coverage.kindCount', { reported: formatCount(coverage.due - coverage.missing.length), due: formatCount(coverage.due) })}
            </dd>
          </div>
        ))}
      </dl>
      {missing.length === 0 ? (
        <p className="muted">{t('overview.coverage.allReported')}</p>
      ) : (
        <OfficeNames engine={engine} scopeId={evaluation.scopeId} offices={missing} label={t('overview.coverage.missing')} />
      )}
    </section>
  );
}

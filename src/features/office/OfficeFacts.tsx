import type { EngineData, OfficeEvaluation, PeriodEvaluation } from '../../engine';
import { Link, useI18n } from '../../ui';

function rankedCount(evaluation: PeriodEvaluation, office: OfficeEvaluation): number | null {
  if (office.kind !== 'department' && office.kind !== 'township') return null;
  return evaluation.rankings[office.kind].filter((entry) => entry.rank !== null).length;
}

/** Who the office is and where it stands this period. */
export function OfficeFacts({
  engine,
  evaluation,
  office,
  carried,
}: {
  engine: EngineData;
  evaluation: PeriodEvaluation;
  office: OfficeEvaluation;
  carried: Record<string, string | null>;
}) {
  const { t, formatScore, formatCount } = useI18n();
  const parentIndex = office.parentId === null ? undefined : engine.officeIndex.get(office.parentId);
  const parent = parentIndex === undefined ? undefined : engine.offices[parentIndex];
  const of = rankedCount(evaluation, office);
  const change = office.rankChange;

  return (
    <dl className="facts">
      <dt>{t('office.facts.kind')}</dt>
      <dd>{t(`kind.${office.kind}`)}</dd>
      {parent && (
        <>
          <dt>{t('office.facts.parent')}</dt>
          <dd>
            <Link to={`/office/${parent.id}`} params={carried}>
              {parent.name}
            </Link>
          </dd>
        </>
      )}
      <dt>{t('office.facts.status')}</dt>
      <dd>
        {t(`office.status.${office.status}`)}
        {office.reporting.expected > 0 &&
          ` ${t('office.facts.reporting', { reported: formatCount(office.reporting.reported), expected: formatCount(office.reporting.expected) })}`}
      </dd>
      <dt>{t('office.facts.score')}</dt>
      <dd>{formatScore(office.score)}</dd>
      {of !== null && (
        <>
          <dt>{t('office.facts.rank')}</dt>
          <dd>
            {office.rank === null
              ? t('office.notRanked')
              : t('office.rankOf', { rank: office.rank, count: formatCount(of), kind: t(`kind.${office.kind}`) })}
            {office.rank !== null && (
              <>
                {' · '}
                {change === null ? (
                  t('office.rankNew')
                ) : change === 0 ? (
                  t('office.rankSame')
                ) : (
                  <span className={change > 0 ? 'up' : 'down'}>
                    {t(change > 0 ? 'office.rankUp' : 'office.rankDown', { places: Math.abs(change) })}
                  </span>
                )}
              </>
            )}
            {office.partial && office.rank !== null && ` ${t('office.provisional')}`}
          </dd>
        </>
      )}
    </dl>
  );
}

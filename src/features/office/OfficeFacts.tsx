import type { EngineData, OfficeEvaluation, PeriodEvaluation } from '../../engine';
import { periodLength } from '../../domain';
import { Link, LostPointsFigure, RankChangeFigure, rankChangeView, ScoreFigure, useI18n } from '../../ui';
import { ScoreChangeLine } from '../../ui/figures/ScoreChange';

function rankedCount(evaluation: PeriodEvaluation, office: OfficeEvaluation): number | null {
  if (office.officeId === evaluation.scopeId || (office.kind !== 'department' && office.kind !== 'township' && office.kind !== 'region')) return null;
  return evaluation.rankings[office.kind].filter((entry) => entry.rank !== null).length;
}

/** 较上期上升3位, 名次不变, 新进, or a rank moved only because others stopped or started reporting. */
function RankMove({ office, cumulative }: { office: OfficeEvaluation; cumulative: boolean }) {
  const i18n = useI18n();
  const input = { rank: office.rank, previousRank: office.previousRank, rankChange: office.rankChange, rankMove: office.rankMove ?? null };
  const view = rankChangeView(input, i18n);
  if (view.kind === 'new' || view.kind === 'others') return <RankChangeFigure input={input} />;
  // A year-to-date's rank moves against the year-to-date ranking one month earlier.
  const against = i18n.t(cumulative ? 'office.rankChangeCumulative' : 'office.rankChange');
  const text = view.kind === 'up' || view.kind === 'down' || view.kind === 'same' ? `${against}${view.hint}` : view.hint;
  return view.kind === 'up' || view.kind === 'down' ? <span className={view.kind}>{text}</span> : <>{text}</>;
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
  const { t, formatCount } = useI18n();
  const parentIndex = office.parentId === null ? undefined : engine.officeIndex.get(office.parentId);
  const parent = parentIndex === undefined ? undefined : engine.offices[parentIndex];
  const of = rankedCount(evaluation, office);

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
      <dd>
        {/* 未报送, never a number; 数据不全 with the fields not reported. */}
        <ScoreFigure office={office} />
        {/* 比上期 −12.40 分：好评率 −15.00，网上办理率 +2.60 */}
        <ScoreChangeLine office={office} scheme={evaluation.scheme} cumulative={evaluation.requested.kind === 'ytd'} />
      </dd>
      {office.score !== null && office.scoreDetails.length > 0 && (
        <>
          <dt>{t('lost.heading')}</dt>
          <dd>
            <LostPointsFigure office={office} scheme={evaluation.scheme} months={periodLength(evaluation.period)} limit={3} />
          </dd>
        </>
      )}
      {of !== null && (
        <>
          <dt>{t('office.facts.rank')}</dt>
          <dd>
            {office.rank === null
              ? t('office.notRanked')
              : t('office.rankOf', { rank: formatCount(office.rank), count: formatCount(of), kind: t(`kind.${office.kind}`) })}
            {office.rank !== null && (
              <>
                {' · '}
                <RankMove office={office} cumulative={evaluation.requested.kind === 'ytd'} />
              </>
            )}
            {office.partial && office.rank !== null && ` ${t('office.provisional')}`}
          </dd>
        </>
      )}
    </dl>
  );
}

import { useId } from 'react';
import type { EngineData, OfficeEvaluation, PeriodEvaluation, RankedKind } from '../../engine';
import { qualifiedNames, useQualify, IncompleteBadge, Link, useI18n } from '../../ui';
import { useCarriedParams } from './useCarriedParams';

function RankList({ offices, names }: { offices: readonly OfficeEvaluation[]; names: Map<string, string> }) {
  const { t, formatScore, formatCount } = useI18n();
  const params = useCarriedParams();
  return (
    <ul className="rank-list">
      {offices.map((office) => (
        <li key={office.officeId}>
          <span className="rank-no">{t('overview.ranking.rank', { rank: formatCount(office.rank) })}</span>
          <Link to={`/office/${office.officeId}`} params={params}>
            {names.get(office.officeId) ?? office.name}
          </Link>
          {office.partial && <span className="muted">{t('overview.ranking.partial')}</span>}
          <IncompleteBadge office={office} />
          <span className="rank-score">{t('overview.ranking.score', { score: formatScore(office.score) })}</span>
        </li>
      ))}
    </ul>
  );
}

/** The best three of a ranked kind, each a link to the office (the worst three lead the page, with their lost points). */
export function BestWorst({ engine, evaluation, kind }: { engine: EngineData; evaluation: PeriodEvaluation; kind: RankedKind }) {
  const { t } = useI18n();
  const qualify = useQualify();
  const headingId = useId();
  const params = useCarriedParams();
  const best = evaluation.best[kind];
  const names = qualifiedNames(engine, best, qualify);
  return (
    <section className="panel" aria-labelledby={headingId} data-kind={kind}>
      <h2 id={headingId}>{t('overview.ranking.heading', { kind: t(`kind.${kind}`) })}</h2>
      {best.length === 0 ? (
        <p className="muted">{t('overview.ranking.none')}</p>
      ) : (
        <div className="best-worst">
          <RankList offices={best} names={names} />
        </div>
      )}
      <Link to="/rankings" params={{ ...params, kind: kind === 'department' ? null : kind }}>
        {t('overview.ranking.all')}
      </Link>
    </section>
  );
}

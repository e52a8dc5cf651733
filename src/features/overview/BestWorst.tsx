import { useId } from 'react';
import type { EngineData, OfficeEvaluation, PeriodEvaluation, RankedKind } from '../../engine';
import { defaultKind, IncompleteBadge, Link, officeLinkParams, useI18n, useScopeNames } from '../../ui';
import { useCarriedParams } from './useCarriedParams';

function RankList({ engine, offices, names }: { engine: EngineData; offices: readonly OfficeEvaluation[]; names: ReadonlyMap<string, string> }) {
  const { t, formatScore, formatCount } = useI18n();
  const params = useCarriedParams();
  return (
    <ul className="rank-list">
      {offices.map((office) => (
        <li key={office.officeId}>
          <span className="rank-no">{t('overview.ranking.rank', { rank: formatCount(office.rank) })}</span>
          <Link to={`/office/${office.officeId}`} params={officeLinkParams(engine, office.officeId, params.period ?? null)}>
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
export function BestWorst({
  engine,
  evaluation,
  kind,
  kinds,
}: {
  engine: EngineData;
  evaluation: PeriodEvaluation;
  kind: RankedKind;
  /** The kinds ranked at the scope: the link to the full ranking names the kind unless it is the default. */
  kinds: readonly RankedKind[];
}) {
  const { t } = useI18n();
  const headingId = useId();
  const params = useCarriedParams();
  const best = evaluation.best[kind];
  const names = useScopeNames(engine, evaluation.scopeId);
  return (
    <section className="panel" aria-labelledby={headingId} data-kind={kind}>
      <h2 id={headingId}>{t('overview.ranking.heading', { kind: t(`kind.${kind}`) })}</h2>
      {best.length === 0 ? (
        <p className="muted">{t('overview.ranking.none')}</p>
      ) : (
        <div className="best-worst">
          <RankList engine={engine} offices={best} names={names} />
        </div>
      )}
      <Link to="/rankings" params={{ ...params, kind: kind === defaultKind(kinds) ? null : kind }}>
        {t('overview.ranking.all')}
      </Link>
    </section>
  );
}

import { useId } from 'react';
import { periodLength } from '../../domain';
import type { PeriodEvaluation, RankedKind } from '../../engine';
import { IncompleteBadge, Link, LostPointsFigure, useI18n } from '../../ui';
import { useCarriedParams } from './useCarriedParams';

/**
 * The bottom three of a ranked kind, worst first, each with the indicators that lost it the most
 * points (好评率 99.33%（起评线 99.50%）−15.00分): the reason beside the rank, one click from the office.
 */
export function BottomThree({ evaluation, kind, names }: { evaluation: PeriodEvaluation; kind: RankedKind; names: ReadonlyMap<string, string> }) {
  const { t, formatCount, formatScore } = useI18n();
  const headingId = useId();
  const params = useCarriedParams();
  const worst = evaluation.worst[kind] ?? [];
  const ranked = (evaluation.rankings[kind] ?? []).filter((office) => office.rank !== null).length;
  const kindName = t(`kind.${kind}`);
  const months = periodLength(evaluation.period);
  return (
    <section className="verdict-col" data-bottom={kind} aria-labelledby={headingId}>
      <h3 id={headingId}>{t('overview.bottom.heading', { kind: kindName })}</h3>
      {worst.length === 0 ? (
        <p className="muted">{ranked === 0 ? t('overview.bottom.empty') : t('overview.bottom.none', { kind: kindName })}</p>
      ) : (
        <ol className="bottom-list">
          {worst.map((office) => (
            <li key={office.officeId}>
              <div className="bottom-head">
                <span className="rank-no">{t('overview.ranking.rank', { rank: formatCount(office.rank) })}</span>
                <Link to={`/office/${office.officeId}`} params={params}>
                  {names.get(office.officeId) ?? office.name}
                </Link>
                {office.partial && <span className="muted">{t('overview.ranking.partial')}</span>}
                <IncompleteBadge office={office} />
                <span className="rank-score">{t('overview.ranking.score', { score: formatScore(office.score) })}</span>
              </div>
              <LostPointsFigure office={office} scheme={evaluation.scheme} months={months} />
            </li>
          ))}
        </ol>
      )}
      <Link to="/rankings" params={{ ...params, kind: kind === 'department' ? null : kind }}>
        {t('overview.ranking.all')}
      </Link>
    </section>
  );
}

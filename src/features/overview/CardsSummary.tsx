import { useId } from 'react';
import type { PeriodEvaluation } from '../../engine';
import { cardCounts, cardCountText, Link, useI18n } from '../../ui';
import { useCarriedParams } from './useCarriedParams';

/**
 * How many offices carry a red and a yellow card, then how many cards (红牌 3 个单位（4 张）).
 * Zero is the normal state and is said so.
 */
export function CardsSummary({ evaluation }: { evaluation: PeriodEvaluation }) {
  const i18n = useI18n();
  const { t, formatCount } = i18n;
  const headingId = useId();
  const params = useCarriedParams();
  const counts = cardCounts(evaluation.cards);
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('overview.cards.heading')}</h2>
      {evaluation.cards.length === 0 ? (
        <p className="cards-none">{t('overview.cards.none')}</p>
      ) : (
        <>
          <dl className="card-counts">
            <div className="card-count red">
              <dt>{t('overview.cards.red')}</dt>
              <dd>{cardCountText(counts.red, i18n)}</dd>
            </div>
            <div className="card-count yellow">
              <dt>{t('overview.cards.yellow')}</dt>
              <dd>{cardCountText(counts.yellow, i18n)}</dd>
            </div>
          </dl>
          <p className="muted">{t('overview.cards.offices', { n: formatCount(counts.offices) })}</p>
        </>
      )}
      <Link to="/alerts" params={params}>
        {t('overview.cards.link')}
      </Link>
    </section>
  );
}

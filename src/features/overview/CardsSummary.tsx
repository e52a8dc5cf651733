import { useId } from 'react';
import type { PeriodEvaluation } from '../../engine';
import { Link, useI18n } from '../../ui';
import { useCarriedParams } from './useCarriedParams';

/** How many red and yellow cards the period raised. Zero is the normal state and is said so. */
export function CardsSummary({ evaluation }: { evaluation: PeriodEvaluation }) {
  const { t, formatCount } = useI18n();
  const headingId = useId();
  const params = useCarriedParams();
  const red = evaluation.cards.filter((card) => card.level === 'red').length;
  const yellow = evaluation.cards.length - red;
  const offices = new Set(evaluation.cards.map((card) => card.officeId)).size;
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
              <dd>{formatCount(red)}</dd>
            </div>
            <div className="card-count yellow">
              <dt>{t('overview.cards.yellow')}</dt>
              <dd>{formatCount(yellow)}</dd>
            </div>
          </dl>
          <p className="muted">{t('overview.cards.offices', { n: formatCount(offices) })}</p>
        </>
      )}
      <Link to="/alerts" params={params}>
        {t('overview.cards.link')}
      </Link>
    </section>
  );
}

import { useId } from 'react';
import type { Card, Comparison } from '../../domain';
import type { EngineData, PeriodEvaluation } from '../../engine';
import { cardCounts, cardCountText, cardRuleName, Link, qualifiedNames, useI18n, useQualify } from '../../ui';
import { useCarriedParams } from './useCarriedParams';

/** Offices named before "等 n 个单位": red first, as the engine orders the cards. */
export const CARD_OFFICES_SHOWN = 5;

const SIGN: Record<Comparison, string> = { lt: '<', lte: '≤', gt: '>', gte: '≥' };

interface CardOffice {
  officeId: string;
  level: Card['level'];
  cards: Card[];
}

/** The offices with cards, red first (the engine's order), each once with all its cards. */
export function cardOffices(cards: readonly Card[]): CardOffice[] {
  const byOffice = new Map<string, CardOffice>();
  for (const card of cards) {
    const entry = byOffice.get(card.officeId);
    if (entry) entry.cards.push(card);
    else byOffice.set(card.officeId, { officeId: card.officeId, level: card.level, cards: [card] });
  }
  return [...byOffice.values()];
}

/**
 * How many offices carry a red and a yellow card, then how many cards (红牌 3 个单位（4 张）), and
 * which offices, red first, with what for. Zero is the normal state and is said so.
 */
export function CardsSummary({ engine, evaluation }: { engine: EngineData; evaluation: PeriodEvaluation }) {
  const i18n = useI18n();
  const { t, formatCount, formatIndicator } = i18n;
  const headingId = useId();
  const params = useCarriedParams();
  const qualify = useQualify();
  const counts = cardCounts(evaluation.cards);
  const offices = cardOffices(evaluation.cards);
  const shown = offices.slice(0, CARD_OFFICES_SHOWN);
  const named = shown.flatMap((entry) => {
    const office = evaluation.office(entry.officeId);
    return office ? [office] : [];
  });
  const names = qualifiedNames(engine, named, qualify);
  const ruleName = (card: Card) =>
    cardRuleName(
      card,
      i18n,
      (rule) => `${SIGN[rule.comparison]} ${card.indicator ? formatIndicator(card.indicator, rule.threshold) : formatCount(rule.threshold)}`,
    );
  return (
    <section className="verdict-col" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('overview.cards.heading')}</h3>
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
          <ul className="card-offices" aria-label={t('overview.cards.list')}>
            {shown.map((entry) => (
              <li key={entry.officeId} data-level={entry.level}>
                <span className={`badge ${entry.level}`}>{t(`overview.cards.${entry.level}`)}</span>{' '}
                <Link to={`/office/${entry.officeId}`} params={params}>
                  {names.get(entry.officeId) ?? evaluation.office(entry.officeId)?.name ?? entry.officeId}
                </Link>
                <span className="muted"> {[...new Set(entry.cards.map(ruleName))].join(t('overview.verdict.separator'))}</span>
              </li>
            ))}
          </ul>
          {offices.length > shown.length && <p className="muted">{t('overview.cards.more', { n: formatCount(offices.length) })}</p>}
        </>
      )}
      <Link to="/alerts" params={params}>
        {t('overview.cards.link')}
      </Link>
    </section>
  );
}

import { useId } from 'react';
import type { OfficeEvaluation } from '../../engine';
import { indicatorName, useI18n } from '../../ui';
import { actualText, conditionText } from '../../ui/format/cardRuleText';

/** The office's active cards: which rule, the number against the line, since when. */
export function OfficeCards({ office }: { office: OfficeEvaluation }) {
  const i18n = useI18n();
  const { t, locale, formatMonth, formatCount } = i18n;
  const headingId = useId();
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('office.cards.title')}</h2>
      {office.cards.length === 0 ? (
        <p>{t('office.cards.none')}</p>
      ) : (
        <ul style={{ listStyle: 'none', padding: 0, margin: 0, display: 'grid', gap: 10 }}>
          {office.cards.map((card) => (
            <li key={card.ruleId}>
              <span className={`badge ${card.level}`}>{t(`office.cards.${card.level}`)}</span> <strong>{card.message}</strong>
              <div className="as-of" style={{ fontSize: 13 }}>
                {t('office.cards.detail', {
                  indicator: indicatorName(card.subject, locale),
                  actual: actualText(card, i18n),
                  condition: conditionText(card, i18n),
                })}
                {' · '}
                {t('office.cards.since', { month: formatMonth(card.since), months: formatCount(card.consecutiveMonths) })}
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

import { useId } from 'react';
import type { OfficeEvaluation } from '../../engine';
import { cardRuleName, indicatorName, useI18n } from '../../ui';
import { actualWithReason, conditionText } from '../../ui/format/cardRuleText';

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
              <span className={`badge ${card.level}`}>{t(`office.cards.${card.level}`)}</span>{' '}
              {/* The rule by its name (a built-in one) or its message, never its id. */}
              <strong>{cardRuleName(card, i18n, (rule) => conditionText(rule, i18n))}</strong>
              {card.message.trim() !== '' && card.message.trim() !== cardRuleName(card, i18n, (rule) => conditionText(rule, i18n)) && (
                <span className="as-of"> · {card.message}</span>
              )}
              <div className="as-of" style={{ fontSize: 13 }}>
                {t('office.cards.detail', {
                  indicator: indicatorName(card.indicator, locale),
                  actual: actualWithReason(card, i18n),
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

import type { Card } from '../../domain';
import { useI18n } from '../../ui';

/** 红牌 1 · 黄牌 2, with the cards' messages on hover; nothing when the office has none. */
export function CardBadges({ cards }: { cards: readonly Card[] }) {
  const { t, formatCount } = useI18n();
  const red = cards.filter((card) => card.level === 'red');
  const yellow = cards.filter((card) => card.level === 'yellow');
  if (cards.length === 0) return <span className="visually-hidden">{t('rankings.noCards')}</span>;
  return (
    <span style={{ display: 'inline-flex', gap: 4, flexWrap: 'wrap', whiteSpace: 'nowrap' }}>
      {red.length > 0 && (
        <span className="badge red" title={red.map((card) => card.message).join('\n')}>
          {t('rankings.redCards', { count: formatCount(red.length) })}
        </span>
      )}
      {yellow.length > 0 && (
        <span className="badge yellow" title={yellow.map((card) => card.message).join('\n')}>
          {t('rankings.yellowCards', { count: formatCount(yellow.length) })}
        </span>
      )}
    </span>
  );
}

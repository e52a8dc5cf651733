import { useEffect, useMemo, useState } from 'react';
import type { Card } from '../../domain';
import { cardKey, EMPTY_TRACKER, isNewRedCard, NEW_CARD_HIGHLIGHT_MS, trackCards, type CardTracker } from './cardTracker';

export interface NewRedCards {
  tracker: CardTracker;
  /** Keys (cardKey) of the red cards still news: first seen after the screen started, within the hour. */
  fresh: ReadonlySet<string>;
}

/**
 * The red cards that are news on this screen: compared with the previous refresh's, highlighted for
 * an hour. The hour ends on time even on a screen nothing else re-renders (rotation off, data
 * unchanged): one timeout to the next card that stops being news, none when there is none.
 */
export function useNewRedCards(cards: readonly Card[] | undefined): NewRedCards {
  const [tracker, setTracker] = useState(EMPTY_TRACKER);
  const [tick, setTick] = useState(0);
  useEffect(() => {
    if (cards) setTracker((previous) => trackCards(previous, cards, Date.now()));
  }, [cards]);

  const fresh = useMemo(() => {
    const now = Date.now();
    return new Set((cards ?? []).filter((card) => isNewRedCard(tracker, card, now)).map(cardKey));
    // tick: re-read the clock when a highlight ends.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [cards, tracker, tick]);

  useEffect(() => {
    let next = Infinity;
    for (const key of fresh) {
      const seen = tracker.firstSeen.get(key);
      if (typeof seen === 'number') next = Math.min(next, seen + NEW_CARD_HIGHLIGHT_MS);
    }
    if (!Number.isFinite(next)) return;
    const timer = setTimeout(() => setTick((value) => value + 1), Math.max(0, next - Date.now()) + 50);
    return () => clearTimeout(timer);
  }, [fresh, tracker]);

  return { tracker, fresh };
}

import type { Card } from '../../domain';

/** How long a newly appeared red card stays highlighted. */
export const NEW_CARD_HIGHLIGHT_MS = 60 * 60_000;

/** A card is the same card while the same rule fires for the same office, month after month. */
export function cardKey(card: Pick<Card, 'officeId' | 'ruleId'>): string {
  return `${card.officeId}\u241f${card.ruleId}`;
}

/**
 * What the screen knows about the cards it has shown: when each card now on screen first
 * appeared, or null for the cards that were there when the screen started (they are not news to
 * anyone in the hall). A card that goes away is forgotten, so the map never outgrows the cards
 * on screen, and a card that comes back later is news again.
 */
export interface CardTracker {
  firstSeen: ReadonlyMap<string, number | null>;
  started: boolean;
}

export const EMPTY_TRACKER: CardTracker = { firstSeen: new Map(), started: false };

/**
 * The tracker after a refresh brought `cards`. Returns the same object when nothing appeared or
 * went away, so a refresh with the same cards changes nothing on screen.
 */
export function trackCards(tracker: CardTracker, cards: readonly Pick<Card, 'officeId' | 'ruleId'>[], now: number): CardTracker {
  const keys = new Set(cards.map(cardKey));
  if (!tracker.started) {
    return { firstSeen: new Map([...keys].map((key) => [key, null])), started: true };
  }
  let changed = keys.size !== tracker.firstSeen.size;
  const firstSeen = new Map<string, number | null>();
  for (const key of keys) {
    if (tracker.firstSeen.has(key)) firstSeen.set(key, tracker.firstSeen.get(key)!);
    else {
      firstSeen.set(key, now);
      changed = true;
    }
  }
  return changed ? { firstSeen, started: true } : tracker;
}

/** Red cards that appeared after the screen started, within the last `highlightMs`. */
export function isNewRedCard(
  tracker: CardTracker,
  card: Pick<Card, 'officeId' | 'ruleId' | 'level'>,
  now: number,
  highlightMs: number = NEW_CARD_HIGHLIGHT_MS,
): boolean {
  if (card.level !== 'red') return false;
  const seen = tracker.firstSeen.get(cardKey(card));
  return typeof seen === 'number' && now - seen < highlightMs;
}

import { describe, expect, test } from 'vitest';
import { EMPTY_TRACKER, NEW_CARD_HIGHLIGHT_MS, cardKey, isNewRedCard, trackCards } from '../../../src/features/screen/cardTracker';

const red = (officeId: string, ruleId = 'overdue') => ({ officeId, ruleId, level: 'red' as const });
const yellow = (officeId: string, ruleId = 'near-deadline') => ({ officeId, ruleId, level: 'yellow' as const });

describe('trackCards / isNewRedCard', () => {
  test('the cards of the first data are known already: none is new', () => {
    const tracker = trackCards(EMPTY_TRACKER, [red('a'), yellow('b')], 1000);
    expect(tracker.started).toBe(true);
    expect(isNewRedCard(tracker, red('a'), 1000)).toBe(false);
  });

  test('a red card absent from the previous refresh is new; one present before is not', () => {
    const first = trackCards(EMPTY_TRACKER, [red('a')], 0);
    const second = trackCards(first, [red('a'), red('b'), yellow('c')], 60_000);
    expect(isNewRedCard(second, red('b'), 60_000)).toBe(true);
    expect(isNewRedCard(second, red('a'), 60_000)).toBe(false);
    // Yellow cards are tracked but not highlighted.
    expect(isNewRedCard(second, yellow('c'), 60_000)).toBe(false);
    expect(second.firstSeen.get(cardKey(yellow('c')))).toBe(60_000);
  });

  test('the same rule for another office, or another rule for the same office, is another card', () => {
    const first = trackCards(EMPTY_TRACKER, [red('a', 'overdue')], 0);
    const second = trackCards(first, [red('a', 'overdue'), red('a', 'bad-review'), red('b', 'overdue')], 10);
    expect(isNewRedCard(second, red('a', 'bad-review'), 10)).toBe(true);
    expect(isNewRedCard(second, red('b', 'overdue'), 10)).toBe(true);
    expect(isNewRedCard(second, red('a', 'overdue'), 10)).toBe(false);
  });

  test('a refresh with the same cards returns the same tracker and keeps first-seen times', () => {
    const first = trackCards(EMPTY_TRACKER, [red('a')], 0);
    const second = trackCards(first, [red('a'), red('b')], 100);
    const third = trackCards(second, [red('b'), red('a')], 200);
    expect(third).toBe(second);
    expect(third.firstSeen.get(cardKey(red('b')))).toBe(100);
  });

  test('the highlight ends after its time; a card that leaves is forgotten and is news again when it returns', () => {
    const first = trackCards(EMPTY_TRACKER, [], 0);
    const appeared = trackCards(first, [red('a')], 1000);
    expect(isNewRedCard(appeared, red('a'), 1000 + NEW_CARD_HIGHLIGHT_MS - 1)).toBe(true);
    expect(isNewRedCard(appeared, red('a'), 1000 + NEW_CARD_HIGHLIGHT_MS)).toBe(false);
    const gone = trackCards(appeared, [], 2000);
    expect(gone.firstSeen.size).toBe(0);
    const back = trackCards(gone, [red('a')], 5000);
    expect(back.firstSeen.get(cardKey(red('a')))).toBe(5000);
    expect(isNewRedCard(back, red('a'), 5000)).toBe(true);
  });

  test('the tracker never outgrows the cards on screen over many refreshes', () => {
    let tracker = trackCards(EMPTY_TRACKER, [], 0);
    for (let refresh = 1; refresh <= 1000; refresh++) {
      tracker = trackCards(tracker, [red(`o${refresh}`), red(`o${refresh + 1}`), yellow('steady')], refresh);
      expect(tracker.firstSeen.size).toBe(3);
    }
  });

  test('keys of different offices and rules never collide', () => {
    expect(cardKey({ officeId: 'a-b', ruleId: 'c' })).not.toBe(cardKey({ officeId: 'a', ruleId: 'b-c' }));
  });
});

import { describe, expect, test } from 'vitest';
import type { Card } from '../../../../src/domain';
import { conditionText } from '../../../../src/ui/format/cardRuleText';
import { cardCounts, cardCountText, cardRuleName } from '../../../../src/ui/format/honest/cards';
import { zh } from './words';

describe('cards and their rules', () => {
  const card = (officeId: string, level: Card['level']) => ({ officeId, level });

  test('how many offices carry a red card, then how many cards', () => {
    const counts = cardCounts([card('a', 'red'), card('a', 'red'), card('b', 'red'), card('c', 'red'), card('a', 'yellow')]);
    expect(counts).toEqual({ red: { offices: 3, cards: 4 }, yellow: { offices: 1, cards: 1 }, offices: 3 });
    expect(`红牌 ${cardCountText(counts.red, zh)}`).toBe('红牌 3 个单位（4 张）');
    expect(cardCountText({ offices: 1200, cards: 1500 }, zh)).toBe('1,200 个单位（1,500 张）');
  });

  test('a built-in rule by its Chinese name, a staff-made one by its message, never an id', () => {
    const condition = (rule: Pick<Card, 'subject' | 'comparison' | 'threshold'>) => conditionText(rule, zh);
    const rule = (ruleId: string, subject: string, message = '') => ({ ruleId, subject, message, comparison: 'gt' as const, threshold: 0 });
    expect(cardRuleName(rule('overdue', 'overdue', '有超期办结事项'), zh, condition)).toBe('超期办结');
    expect(cardRuleName(rule('near-deadline', 'nearDeadline'), zh, condition)).toBe('临期预警');
    // Same id, but the staff made it watch something else: its message, not the built-in name.
    expect(cardRuleName(rule('overdue', 'badReviews', '差评过多'), zh, condition)).toBe('差评过多');
    expect(cardRuleName(rule('my-rule-1', 'overdue', '  超期件要通报 '), zh, condition)).toBe('超期件要通报');
    expect(cardRuleName(rule('my-rule-2', 'overdue'), zh, condition)).toBe('超期办结件数 > 0');
  });
});

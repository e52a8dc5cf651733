import type { BulletinCard, BulletinFacts } from '../../../../engine';
import { cardRuleName } from '../../../../ui';
import { conditionText } from '../../../../ui/format/cardRuleText';
import type { NarrativeContext } from '../../narrative/context';
import { count, text, type Cell } from '../cells';
import type { BulletinTable } from '../table';
import { column, label, valueCell } from './columns';

function cardValueCell(ctx: NarrativeContext, card: BulletinCard, value: number): Cell {
  return valueCell(ctx, card.subject, value);
}

/** The rule by its Chinese name (a rule of the built-in scheme) with its message, or its message alone: never its id. */
function ruleText(ctx: NarrativeContext, card: BulletinCard): string {
  const words = { t: ctx.t, locale: ctx.locale, formatIndicator: ctx.f.formatIndicator };
  const name = cardRuleName(card, words, (rule) => conditionText(rule, ctx.f));
  const message = card.message.trim();
  return message === '' || message === name ? name : `${name}${ctx.t('figure.reason', { reason: message })}`;
}

/** 红黄牌: red first; each card with its office, rule, number, threshold and since when. */
export function cardsTable(ctx: NarrativeContext, facts: BulletinFacts): BulletinTable {
  const { t, f } = ctx;
  const cards = [...facts.cards.red, ...facts.cards.yellow];
  return {
    id: 'cards',
    caption: t('bulletin.table.cards'),
    sheetName: t('bulletin.sheet.cards'),
    columns: [
      column('level', t('bulletin.col.card'), false),
      column('name', t('bulletin.col.office'), false),
      column('kind', t('bulletin.col.kind'), false),
      column('indicator', t('bulletin.col.indicator'), false),
      column('actual', t('bulletin.col.actual')),
      column('threshold', t('bulletin.col.threshold')),
      column('rule', t('bulletin.col.rule'), false),
      column('since', t('bulletin.col.since'), false),
      column('months', t('bulletin.col.months')),
    ],
    rows: cards.map((card) => ({
      key: `${card.level}-${card.ruleId}-${card.officeId}`,
      cells: [
        text(t(card.level === 'red' ? 'bulletin.card.red' : 'bulletin.card.yellow')),
        text(card.name),
        text(t(`kind.${card.kind}`)),
        text(label(ctx, card.subject)),
        cardValueCell(ctx, card, card.actual),
        cardValueCell(ctx, card, card.threshold),
        text(ruleText(ctx, card)),
        text(f.formatMonth(card.since)),
        count(card.consecutiveMonths),
      ],
      mark: card.level,
    })),
    emptyText: t('bulletin.table.noCards'),
  };
}


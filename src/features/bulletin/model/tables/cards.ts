import type { BulletinCard, BulletinFacts } from '../../../../engine';
import { cardRuleName } from '../../../../ui';
import { conditionText } from '../../../../ui/format/cardRuleText';
import type { NarrativeContext } from '../../narrative/context';
import { kindWord } from '../../narrative/kinds';
import { count, text, type Cell } from '../cells';
import type { BulletinTable } from '../table';
import { column, valueCell } from './columns';

function cardValueCell(ctx: NarrativeContext, card: BulletinCard, value: number): Cell {
  return valueCell(ctx, card.subject, value);
}

/** The rule by its Chinese name (a rule of the built-in scheme), or its message: never its id. */
function ruleText(ctx: NarrativeContext, card: BulletinCard): string {
  return cardRuleName(card, { t: ctx.t, locale: ctx.locale, formatIndicator: ctx.f.formatIndicator }, (rule) => conditionText(rule, ctx.f));
}

/** 红黄牌: red first; each card with its office, rule, number, threshold and since when. */
export function cardsTable(ctx: NarrativeContext, facts: BulletinFacts): BulletinTable {
  const { t, f } = ctx;
  const cards = [...facts.cards.red, ...facts.cards.yellow];
  const byArea = facts.rankings.region.rows.length > 0;
  return {
    id: 'cards',
    caption: t('bulletin.table.cards'),
    sheetName: t('bulletin.sheet.cards'),
    columns: [
      column('level', t('bulletin.col.card'), false),
      // A prefecture's cards say which county each office is in.
      ...(byArea ? [column('area', t('bulletin.col.area'), false)] : []),
      column('name', t('bulletin.col.office'), false),
      column('rule', t('bulletin.col.rule'), false),
      column('actual', t('bulletin.col.actual')),
      column('threshold', t('bulletin.col.threshold')),
      column('since', t('bulletin.col.since'), false),
      column('months', t('bulletin.col.months')),
    ],
    rows: cards.map((card) => ({
      key: `${card.level}-${card.ruleId}-${card.officeId}`,
      cells: [
        text(t(card.level === 'red' ? 'bulletin.card.red' : 'bulletin.card.yellow')),
        ...(byArea ? [text(ctx.naming.area(card.officeId)?.name ?? kindWord(ctx, 'department'))] : []),
        text(ctx.naming.name(card)),
        text(ruleText(ctx, card)),
        cardValueCell(ctx, card, card.actual),
        cardValueCell(ctx, card, card.threshold),
        text(f.formatMonth(card.since)),
        count(card.consecutiveMonths),
      ],
      mark: card.level,
    })),
    emptyText: t('bulletin.table.noCards'),
    wide: true,
  };
}

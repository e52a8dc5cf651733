import type { BulletinFacts } from '../../../engine';
import { monthWord, sentence, type NarrativeContext } from './context';
import { countChanges, indicatorName, rateClauses, totalValue } from './figures';
import { scopeWord } from './scope';

function countClause(ctx: NarrativeContext, facts: BulletinFacts, id: 'completed' | 'overdue' | 'onlineAccepted'): string {
  const value = totalValue(facts, id);
  if (value === null) return ctx.t('bulletin.n.countNone', { label: indicatorName(ctx, id) });
  const key = id === 'completed' ? 'bulletin.n.overview.completed' : id === 'overdue' ? 'bulletin.n.overview.overdue' : 'bulletin.n.overview.online';
  return ctx.t(key, { value: ctx.f.formatCount(value) });
}

/** Totals first, with 环比 and 同比: volume, completion, on time, overdue; then online service. */
export function overviewParagraph(ctx: NarrativeContext, facts: BulletinFacts): string {
  const month = ctx.f.formatMonth(facts.month);
  const scope = scopeWord(facts.scope, ctx.locale);
  const accepted = totalValue(facts, 'accepted');
  const opening =
    accepted === null
      ? [ctx.t('bulletin.n.overview.acceptedNone', { month, scope })]
      : [ctx.t('bulletin.n.overview.accepted', { month, scope, value: ctx.f.formatCount(accepted) }), ...countChanges(ctx, facts, 'accepted', ['mom', 'yoy'])];
  const handling = sentence(ctx, [
    opening,
    [countClause(ctx, facts, 'completed'), ...rateClauses(ctx, facts, 'completionRate')],
    rateClauses(ctx, facts, 'onTimeRate', ['mom']),
    [countClause(ctx, facts, 'overdue'), ...countChanges(ctx, facts, 'overdue', ['mom'], 'count')],
  ]);
  const online = sentence(ctx, [
    [countClause(ctx, facts, 'onlineAccepted'), ...rateClauses(ctx, facts, 'onlineRate', ['mom'])],
    rateClauses(ctx, facts, 'fullyOnlineRate', ['mom']),
  ]);
  return [handling, online].join(ctx.locale === 'zh-CN' ? '' : ' ');
}

export function disclosureParagraph(ctx: NarrativeContext, facts: BulletinFacts): string {
  const published = totalValue(facts, 'disclosures');
  const month = monthWord(ctx, facts.month);
  if (published === null) return ctx.t('bulletin.n.disclosure.none', { month });
  const adopted = totalValue(facts, 'disclosuresAdopted');
  return sentence(ctx, [
    [ctx.t('bulletin.n.disclosure.published', { month, value: ctx.f.formatCount(published) }), ...countChanges(ctx, facts, 'disclosures', ['mom'])],
    adopted === null
      ? [ctx.t('bulletin.n.countNone', { label: indicatorName(ctx, 'disclosuresAdopted') })]
      : [ctx.t('bulletin.n.disclosure.adopted', { value: ctx.f.formatCount(adopted) }), ...rateClauses(ctx, facts, 'disclosureAdoptionRate')],
  ]);
}

/** Said first when some office has not reported: every number after it may still move. */
export function provisionalParagraph(ctx: NarrativeContext, facts: BulletinFacts): string | null {
  if (!facts.partial) return null;
  const missing = facts.coverage.expected - facts.coverage.reported;
  return ctx.t('bulletin.n.provisional', {
    month: monthWord(ctx, facts.month),
    expected: ctx.f.formatCount(facts.coverage.expected),
    missing: ctx.f.formatCount(missing),
  });
}

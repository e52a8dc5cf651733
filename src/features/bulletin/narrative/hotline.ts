import type { BulletinFacts } from '../../../engine';
import { monthWord, sentence, type NarrativeContext } from './context';
import { countChanges, rateClauses, totalValue } from './figures';

/** 12345: tickets with their change, response, on time, resolution, and satisfaction on revisit. */
export function hotlineParagraph(ctx: NarrativeContext, facts: BulletinFacts): string {
  const tickets = totalValue(facts, 'hotlineTickets');
  const month = monthWord(ctx, facts.month);
  if (tickets === null) return sentence(ctx, [[ctx.t('bulletin.n.hotline.none', { month })]]);
  const revisited = totalValue(facts, 'hotlineRevisited');
  return sentence(ctx, [
    [ctx.t('bulletin.n.hotline.tickets', { month, value: ctx.f.formatCount(tickets) }), ...countChanges(ctx, facts, 'hotlineTickets', ['mom', 'yoy'])],
    rateClauses(ctx, facts, 'hotlineResponseRate'),
    rateClauses(ctx, facts, 'hotlineOnTimeRate', ['mom']),
    rateClauses(ctx, facts, 'hotlineResolutionRate', ['mom']),
    [
      ...(revisited === null ? [] : [ctx.t('bulletin.n.hotline.revisited', { value: ctx.f.formatCount(revisited) })]),
      ...rateClauses(ctx, facts, 'hotlineSatisfactionRate', ['mom']),
    ],
  ]);
}

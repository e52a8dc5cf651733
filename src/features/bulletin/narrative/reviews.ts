import type { BulletinFacts } from '../../../engine';
import { monthWord, sentence, type NarrativeContext } from './context';
import { countChanges, rateClauses } from './figures';

/** 好差评: how many reviews, split by level, the good-review rate, and what became of the bad ones. */
export function reviewsParagraph(ctx: NarrativeContext, facts: BulletinFacts): string {
  const { t, f } = ctx;
  const { reviews, good, neutral, bad, rectified, unrectified } = facts.reviews;
  const month = monthWord(ctx, facts.month);
  if (reviews === null) return sentence(ctx, [[t('bulletin.n.reviews.none', { month })]]);
  const levels =
    good === null || neutral === null || bad === null
      ? []
      : [t('bulletin.n.reviews.levels', { good: f.formatCount(good), neutral: f.formatCount(neutral), bad: f.formatCount(bad) })];
  const first = sentence(ctx, [
    [t('bulletin.n.reviews.total', { month, value: f.formatCount(reviews) }), ...countChanges(ctx, facts, 'reviews', ['mom'])],
    levels,
    rateClauses(ctx, facts, 'goodReviewRate', ['mom']),
    rateClauses(ctx, facts, 'activeReviewRate'),
  ]);
  let second: string;
  if (bad === 0) second = sentence(ctx, [[t('bulletin.n.reviews.noBad', { month })]]);
  else if (bad === null || rectified === null || unrectified === null) second = '';
  else
    second = sentence(ctx, [
      [
        t('bulletin.n.reviews.rectified', { rectified: f.formatCount(rectified), unrectified: f.formatCount(unrectified) }),
        ...rateClauses(ctx, facts, 'rectificationRate'),
      ],
    ]);
  return [first, second].filter((part) => part !== '').join(ctx.locale === 'zh-CN' ? '' : ' ');
}

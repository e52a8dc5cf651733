import type { BulletinFacts, BulletinRankRow, RankedKind } from '../../../engine';
import { RANKED } from '../../../engine';
import { joinNames, monthWord, sentence, type NarrativeContext } from './context';
import { kindWord } from './kinds';
import { laggardReason } from './laggards';
import { placeWord } from './ordinal';
import { rowName } from './rankings';

/** Consecutive rows of the same rank, in the order given. */
function byRank(rows: readonly BulletinRankRow[]): BulletinRankRow[][] {
  const groups: BulletinRankRow[][] = [];
  for (const row of rows) {
    const last = groups[groups.length - 1];
    if (last && last[0]!.rank === row.rank) last.push(row);
    else groups.push([row]);
  }
  return groups;
}

function placeList(ctx: NarrativeContext, rows: readonly BulletinRankRow[]): string {
  const parts = byRank(rows.filter((row) => row.rank !== null)).map((group) => {
    const params = {
      place: placeWord(group[0]!.rank!, ctx.locale),
      names: joinNames(
        ctx,
        group.map((row) => rowName(ctx, row)),
      ),
      score: ctx.f.formatScore(group[0]!.score),
    };
    return ctx.t(group.length > 1 ? 'bulletin.n.place.tied' : 'bulletin.n.place.single', params);
  });
  return parts.join(ctx.locale === 'zh-CN' ? '，' : '; ');
}

function kindSentences(ctx: NarrativeContext, facts: BulletinFacts, kind: RankedKind): string[] {
  const best = facts.best[kind];
  const worst = facts.worst[kind].filter((row) => row.rank !== null);
  if (best.length === 0) return [];
  const word = kindWord(ctx, kind);
  return [
    sentence(ctx, [[ctx.t('bulletin.n.best', { kind: word, list: placeList(ctx, best) })]]),
    ...(worst.length > 0 ? [sentence(ctx, [[ctx.t('bulletin.n.worst', { kind: word, list: placeList(ctx, worst) })]])] : []),
    // Each laggard named with why: the indicators that cost it its points.
    ...worst.map((row) => laggardReason(ctx, facts, kind, row)),
  ];
}

/**
 * The best and the worst three of each kind (ties included), each of the worst with the reason
 * for its place, and who was last N months running (约谈提示, the scheme's rule).
 */
export function bestWorstParagraph(ctx: NarrativeContext, facts: BulletinFacts): string {
  const parts = RANKED.flatMap((kind) => kindSentences(ctx, facts, kind));
  for (const flag of facts.talkFlags) {
    const kind = (['region', 'department', 'township'] as const).find((candidate) =>
      facts.rankings[candidate].rows.some((row) => row.officeId === flag.officeId),
    );
    parts.push(
      sentence(ctx, [
        [
          ctx.t('bulletin.n.talk', {
            names: ctx.naming.name(flag),
            kind: kind ? kindWord(ctx, kind) : '',
            count: ctx.f.formatCount(flag.months.length),
            months: joinNames(
              ctx,
              flag.months.map((month) => monthWord(ctx, month)),
            ),
          }),
        ],
      ]),
    );
  }
  if (parts.length === 0) return sentence(ctx, [[ctx.t('bulletin.n.bestNone', { month: monthWord(ctx, facts.month) })]]);
  return parts.join(ctx.locale === 'zh-CN' ? '' : ' ');
}

import type { BulletinFacts, BulletinRankRow, RankedKind } from '../../../engine';
import { RANKED } from '../../../engine';
import { joinNames, sentence, type NarrativeContext } from './context';
import { kindWord } from './kinds';
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
      names: joinNames(ctx, group.map((row) => rowName(ctx, row))),
      score: ctx.f.formatScore(group[0]!.score),
    };
    return ctx.t(group.length > 1 ? 'bulletin.n.place.tied' : 'bulletin.n.place.single', params);
  });
  return parts.join(ctx.locale === 'zh-CN' ? '，' : '; ');
}

function kindSentences(ctx: NarrativeContext, facts: BulletinFacts, kind: RankedKind): string[] {
  const best = facts.best[kind];
  const worst = facts.worst[kind];
  if (best.length === 0) return [];
  const word = kindWord(ctx, kind);
  return [
    sentence(ctx, [[ctx.t('bulletin.n.best', { kind: word, list: placeList(ctx, best) })]]),
    ...(worst.length > 0 ? [sentence(ctx, [[ctx.t('bulletin.n.worst', { kind: word, list: placeList(ctx, worst) })]])] : []),
  ];
}

/** The best and the worst three of each kind (ties included), and who was last twice running (约谈). */
export function bestWorstParagraph(ctx: NarrativeContext, facts: BulletinFacts): string {
  const parts = RANKED.flatMap((kind) => kindSentences(ctx, facts, kind));
  for (const flag of facts.talkFlags) {
    parts.push(
      sentence(ctx, [
        [
          ctx.t('bulletin.n.talk', {
            names: flag.name,
            count: ctx.f.formatCount(flag.months.length),
            months: joinNames(ctx, flag.months.map((month) => ctx.f.formatMonth(month))),
          }),
        ],
      ]),
    );
  }
  if (parts.length === 0) return sentence(ctx, [[ctx.t('bulletin.n.bestNone')]]);
  return parts.join(ctx.locale === 'zh-CN' ? '' : ' ');
}

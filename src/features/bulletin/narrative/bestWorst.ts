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

/**
 * The laggards a kind's text names, each to be explained once: the bottom three, and the last place
 * where it is not among them (a kind of three has no bottom three apart from its best).
 */
function laggards(facts: BulletinFacts, kind: RankedKind): BulletinRankRow[] {
  const worst = facts.worst[kind].filter((row) => row.rank !== null);
  const ranked = facts.rankings[kind].rows.filter((row) => row.rank !== null);
  const lastRank = Math.max(0, ...ranked.map((row) => row.rank!));
  const last = lastRank > 1 ? ranked.filter((row) => row.rank === lastRank && !worst.includes(row)) : [];
  return [...worst, ...last];
}

function kindSentences(ctx: NarrativeContext, facts: BulletinFacts, kind: RankedKind, explained: Set<string>): string[] {
  const best = facts.best[kind];
  const worst = facts.worst[kind].filter((row) => row.rank !== null);
  if (best.length === 0) return [];
  const word = kindWord(ctx, kind);
  const reasons = laggards(facts, kind).map((row) => {
    explained.add(row.officeId);
    return laggardReason(ctx, facts, kind, row);
  });
  return [
    sentence(ctx, [[ctx.t('bulletin.n.best', { kind: word, list: placeList(ctx, best) })]]),
    ...(worst.length > 0 ? [sentence(ctx, [[ctx.t('bulletin.n.worst', { kind: word, list: placeList(ctx, worst) })]])] : []),
    // Each laggard named with why: the indicators that cost it its points.
    ...reasons,
  ];
}

/**
 * The best and the worst three of each kind (ties included), each of the worst (and the last place)
 * with the reason for its place, and who was last N months running (约谈提示, the scheme's rule),
 * each laggard explained once.
 */
export function bestWorstParagraph(ctx: NarrativeContext, facts: BulletinFacts): string {
  const explained = new Set<string>();
  const parts = RANKED.flatMap((kind) => kindSentences(ctx, facts, kind, explained));
  for (const flag of facts.talkFlags) {
    const kind = RANKED.find((candidate) => facts.rankings[candidate].rows.some((row) => row.officeId === flag.officeId));
    const row = kind ? facts.rankings[kind].rows.find((candidate) => candidate.officeId === flag.officeId) : undefined;
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
    // A 约谈提示 names its office with why, unless the ranking above already said it.
    if (kind && row && row.rank !== null && !explained.has(row.officeId)) {
      explained.add(row.officeId);
      parts.push(laggardReason(ctx, facts, kind, row));
    }
  }
  if (parts.length === 0) return sentence(ctx, [[ctx.t('bulletin.n.bestNone', { month: monthWord(ctx, facts.month) })]]);
  return parts.join(ctx.locale === 'zh-CN' ? '' : ' ');
}

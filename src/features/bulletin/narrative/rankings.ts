import type { BulletinFacts, BulletinRankRow, RankedKind } from '../../../engine';
import { joinNames, monthWord, sentence, type NarrativeContext } from './context';
import { indicatorName, rateText } from './figures';
import { kindWord } from './kinds';
import { isIncomplete } from '../model/fairness';

/**
 * An office ranked on incomplete data says so wherever it is named: months not reported
 * (数据不完整) and fields not reported (数据不全).
 */
export function rowName(ctx: NarrativeContext, row: BulletinRankRow): string {
  const incomplete = isIncomplete(row);
  const name = ctx.naming.name(row);
  if (row.partial && incomplete) return ctx.t('bulletin.n.partialIncompleteName', { name });
  if (row.partial) return ctx.t('bulletin.n.partialName', { name });
  return incomplete ? ctx.t('bulletin.n.incompleteName', { name }) : name;
}

/** The rows sharing the extreme of a value, e.g. every office ranked 1 (ties are named together). */
function extremes(rows: readonly BulletinRankRow[], value: (row: BulletinRankRow) => number | null, pick: 'max' | 'min'): BulletinRankRow[] {
  let best: number | null = null;
  for (const row of rows) {
    const v = value(row);
    if (v === null) continue;
    if (best === null || (pick === 'max' ? v > best : v < best)) best = v;
  }
  return best === null ? [] : rows.filter((row) => value(row) === best);
}

/**
 * One kind's ranking in words: how many were ranked, who came first and last (ties together,
 * 并列第一), who moved most since last month, what the kind handled, who was left out and why.
 */
export function rankingParagraph(ctx: NarrativeContext, facts: BulletinFacts, kind: RankedKind): string {
  const { t, f } = ctx;
  const month = monthWord(ctx, facts.month);
  const previous = monthWord(ctx, facts.previousMonth);
  const ranking = facts.rankings[kind];
  const ranked = ranking.rows.filter((row) => row.rank !== null);
  const notReported = ranking.rows.filter((row) => row.standing === 'not-reported');
  const unscored = ranking.rows.filter((row) => row.standing === 'unscored');
  const leftOut = [
    ...(notReported.length > 0
      ? [
          t('bulletin.n.rank.notReported', {
            names: joinNames(
              ctx,
              notReported.map((row) => ctx.naming.name(row)),
            ),
          }),
        ]
      : []),
    ...(unscored.length > 0
      ? [
          t('bulletin.n.rank.unscored', {
            names: joinNames(
              ctx,
              unscored.map((row) => rowName(ctx, row)),
            ),
          }),
        ]
      : []),
  ];
  if (ranked.length === 0) {
    return sentence(ctx, [[t('bulletin.n.rank.none', { month, kind: kindWord(ctx, kind) })], ...(leftOut.length > 0 ? [leftOut] : [])]);
  }

  const first = ranked.filter((row) => row.rank === 1);
  const lastRank = Math.max(...ranked.map((row) => row.rank!));
  const last = lastRank > 1 ? ranked.filter((row) => row.rank === lastRank) : [];
  const score = (rows: readonly BulletinRankRow[]) => f.formatScore(rows[0]?.score ?? null);
  const placing = [
    t(first.length > 1 ? 'bulletin.n.rank.firstTied' : 'bulletin.n.rank.first', {
      names: joinNames(
        ctx,
        first.map((row) => rowName(ctx, row)),
      ),
      score: score(first),
    }),
    ...(last.length > 0
      ? [
          t(last.length > 1 ? 'bulletin.n.rank.lastTied' : 'bulletin.n.rank.last', {
            names: joinNames(
              ctx,
              last.map((row) => rowName(ctx, row)),
            ),
            score: score(last),
          }),
        ]
      : []),
  ];

  // Moves are among the offices ranked in both months: a newcomer (新进) and a rank moved only by
  // others' reporting have no move of their own, and are not named here.
  const risers = extremes(ranked, (row) => (row.rankChange !== null && row.rankChange > 0 ? row.rankChange : null), 'max');
  const fallers = extremes(ranked, (row) => (row.rankChange !== null && row.rankChange < 0 ? row.rankChange : null), 'min');
  const moves = [
    ...(risers.length > 0
      ? [
          t('bulletin.n.rank.riser', {
            month: previous,
            names: joinNames(
              ctx,
              risers.map((row) => rowName(ctx, row)),
            ),
            value: f.formatCount(risers[0]!.rankChange),
          }),
        ]
      : []),
    ...(fallers.length > 0
      ? [
          t('bulletin.n.rank.faller', {
            names: joinNames(
              ctx,
              fallers.map((row) => rowName(ctx, row)),
            ),
            value: f.formatCount(Math.abs(fallers[0]!.rankChange!)),
          }),
        ]
      : []),
  ];

  const totals = facts.kindTotals[kind];
  const accepted = totals.values.accepted;
  const onTime = totals.values.onTimeRate;
  const volume = [
    accepted === null
      ? t('bulletin.n.countNone', { label: indicatorName(ctx, 'accepted') })
      : t('bulletin.n.rank.volume', { kind: kindWord(ctx, kind), value: f.formatCount(accepted) }),
    onTime === null || onTime === undefined
      ? t('bulletin.n.rateNone', { label: indicatorName(ctx, 'onTimeRate') })
      : t('bulletin.n.rate', { label: indicatorName(ctx, 'onTimeRate'), value: rateText(ctx, 'onTimeRate', onTime) }),
  ];

  return [
    sentence(ctx, [[t('bulletin.n.rank.count', { month, count: f.formatCount(ranked.length), kind: kindWord(ctx, kind) })], placing]),
    moves.length > 0 ? sentence(ctx, [moves]) : '',
    sentence(ctx, [volume]),
    leftOut.length > 0 ? sentence(ctx, [leftOut]) : '',
    ranking.partial ? sentence(ctx, [[t('bulletin.n.rank.provisional')]]) : '',
  ]
    .filter((part) => part !== '')
    .join(ctx.locale === 'zh-CN' ? '' : ' ');
}

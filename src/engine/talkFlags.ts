import { monthFromIndex, type TalkFlag } from '../domain';
import { RANKED, type RankedKind } from './evaluationTypes';
import type { SchemeLayout } from './layout/schemeLayout';
import { lastPlace, rankBySubtree, type Rankings } from './rankings';
import type { MonthSpan } from './rollup';
import type { ScoredIndicator } from './score';

export type KindTalkFlag = TalkFlag & { kind: RankedKind };

/**
 * 约谈提示 as the scheme sets it: offices last of their kind for `months` consecutive months up to
 * the month evaluated (months only: a quarter's ranking is not a month's), each with its whole run
 * walked back so the flag can say since when. `previous` is the month before's ranking, if known.
 */
export function talkFlags(
  layout: SchemeLayout,
  scored: readonly ScoredIndicator[],
  month: number,
  start: number,
  end: number,
  current: Rankings,
  previous: Rankings | null,
  months: number,
): KindTalkFlag[] {
  if (months <= 0) return [];
  const data = layout.data;
  const earlier = new Map<number, Rankings>();
  if (previous) earlier.set(1, previous);
  const rankingsBack = (back: number): Rankings => {
    let rankings = earlier.get(back);
    if (!rankings) {
      const offset: MonthSpan = { from: month - back, to: month - back };
      rankings = rankBySubtree(layout, scored, start, end, offset);
      earlier.set(back, rankings);
    }
    return rankings;
  };
  const flags: KindTalkFlag[] = [];
  for (const kind of RANKED) {
    for (const office of lastPlace(current.byKind[kind])) {
      const run = [month];
      for (let back = 1; month - back >= 0; back++) {
        if (!lastPlace(rankingsBack(back).byKind[kind]).includes(office)) break;
        run.push(month - back);
      }
      if (run.length < months) continue;
      flags.push({
        officeId: data.offices[office]!.id,
        kind,
        months: run.reverse().map((offset) => monthFromIndex(data.baseMonthIndex + offset)),
      });
    }
  }
  return flags;
}

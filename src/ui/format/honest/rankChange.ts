import type { RankMove } from '../../../engine/evaluationTypes';
import { NO_VALUE } from '../formatters';
import type { Words } from './words';

export interface RankChangeView {
  /**
   * up/down/same: the change among the offices ranked in both periods; new: 新进; others: the
   * rank number moved only because others stopped or started reporting; none: nothing to compare;
   * gap: no comparison by rule (a cumulative period ranked by one indicator).
   */
  kind: 'up' | 'down' | 'same' | 'new' | 'others' | 'none' | 'unranked' | 'gap';
  places: number | null;
  /** What the cell shows: ↑3, ↓1, —, 新进, 名次因他单位变动. */
  text: string;
  /** The full sentence, for a title and a screen reader. */
  hint: string;
}

export interface RankChangeInput {
  rank: number | null;
  previousRank: number | null;
  rankChange: number | null;
  rankMove: RankMove;
  /** No comparison exists by rule (累计数不作环比). */
  gap?: boolean;
}

/** A rank change as a cell shows it (↑3, 新进, 名次因他单位变动 …) and as a sentence says it. */
export function rankChangeView(input: RankChangeInput, { t, formatCount }: Pick<Words, 't' | 'formatCount'>): RankChangeView {
  const { rank, previousRank, rankChange, rankMove } = input;
  if (rank === null) return { kind: 'unranked', places: null, text: NO_VALUE, hint: t('rank.unranked') };
  if (input.gap) return { kind: 'gap', places: null, text: NO_VALUE, hint: t('rank.cumulative') };
  if (rankMove === 'new') return { kind: 'new', places: null, text: t('rank.new'), hint: t('rank.newHint') };
  if (rankMove === 'others' && previousRank !== null && previousRank !== rank) {
    return { kind: 'others', places: 0, text: t('rank.others'), hint: t('rank.othersHint', { previous: formatCount(previousRank), rank: formatCount(rank) }) };
  }
  if (rankChange === null) return { kind: 'none', places: null, text: NO_VALUE, hint: t('rank.noPrevious') };
  if (rankChange === 0) return { kind: 'same', places: 0, text: NO_VALUE, hint: t('rank.same') };
  const places = Math.abs(rankChange);
  const shown = formatCount(places);
  return rankChange > 0
    ? { kind: 'up', places, text: `↑${shown}`, hint: t('rank.up', { places: shown }) }
    : { kind: 'down', places, text: `↓${shown}`, hint: t('rank.down', { places: shown }) };
}

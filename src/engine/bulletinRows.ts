import type { Card, IndicatorId, Scheme } from '../domain';
import { BULLETIN_KEY_INDICATORS, type BulletinCard, type BulletinOffice, type BulletinRankRow } from './bulletinTypes';
import type { Delta } from './deltas';
import type { OfficeEvaluation, RankedKind } from './evaluationTypes';

/** A delta as plain data (the engine's may be a view over shared arrays). */
export function plainDelta(delta: Delta): Delta {
  return delta.gap
    ? { previous: null, absolute: null, relative: null, gap: delta.gap }
    : { previous: delta.previous, absolute: delta.absolute, relative: delta.relative };
}

/** The indicators a kind is scored on, in scheme order: the columns of its ranking table. */
export function rankingColumns(scheme: Scheme, kind: RankedKind): IndicatorId[] {
  return [...new Set(scheme.indicators.filter((item) => item.appliesTo.includes(kind)).map((item) => item.indicatorId))];
}

function cardCounts(cards: readonly Card[]): BulletinRankRow['cards'] {
  let red = 0;
  for (const card of cards) if (card.level === 'red') red++;
  return { red, yellow: cards.length - red };
}

/** One office as a row of a bulletin's ranking table. */
export function rankRow(office: OfficeEvaluation, columns: readonly IndicatorId[]): BulletinRankRow {
  const values: BulletinRankRow['values'] = { accepted: office.values.accepted };
  for (const id of columns) values[id] = office.values[id];
  const keyValues = Object.fromEntries(BULLETIN_KEY_INDICATORS.map((id) => [id, office.values[id] ?? null])) as BulletinRankRow['keyValues'];
  const compared = office.previousScoreDetails.length > 0;
  const changes = new Map(office.scoreChange.byIndicator.map((entry) => [entry.indicatorId, entry.change]));
  return {
    officeId: office.officeId,
    name: office.name,
    kind: office.kind,
    rank: office.rank,
    previousRank: office.previousRank,
    rankChange: office.rankChange,
    rankMove: office.rankMove,
    score: office.score,
    status: office.status,
    standing: office.standing ?? 'unscored',
    partial: office.partial,
    dataIncomplete: office.dataIncomplete,
    missingFields: office.dataIncomplete ? [...new Set(office.scoreDetails.flatMap((detail) => detail.missingFields))] : [],
    values,
    indicatorScores: { ...office.indicatorScores },
    keyValues,
    cards: cardCounts(office.cards),
    scoreDetails: office.scoreDetails.map((detail) => ({
      indicatorId: detail.indicatorId,
      status: detail.status,
      value: detail.value,
      previous: office.deltas[detail.indicatorId]?.mom.previous ?? null,
      points: detail.points,
      lost: detail.lost,
      change: compared ? (changes.get(detail.indicatorId) ?? 0) : null,
    })),
    scoreChange: office.scoreChange.total,
  };
}

/** A card with its office named, as plain data. */
export function bulletinCard(card: Card, office: BulletinOffice): BulletinCard {
  return { ...card, ...office };
}

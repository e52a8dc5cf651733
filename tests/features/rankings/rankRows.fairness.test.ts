import { describe, expect, test } from 'vitest';
import { ytdPeriod } from '../../../src/domain';
import { rankRows, type RankingRow } from '../../../src/features/rankings/rankRows';
import { detailFixture, evaluationFixture, officeFixture } from '../evaluation-fixtures';

const summary = (rows: RankingRow[]) => rows.map((row) => [row.office.officeId, row.rank, row.previousRank, row.change, row.rankMove, row.state]);

describe('rankRows by score: the engine’s fairness facts pass through', () => {
  test('新进 and a rank moved only by others keep their reasons', () => {
    const evaluation = evaluationFixture({
      offices: [
        officeFixture({ officeId: 'A', rank: 1, previousRank: 1, rankChange: 0, score: 98 }),
        officeFixture({ officeId: 'B', rank: 2, previousRank: 3, rankChange: 0, rankMove: 'others', score: 95 }),
        officeFixture({ officeId: 'N', rank: 3, previousRank: null, rankChange: null, rankMove: 'new', score: 90 }),
        officeFixture({ officeId: 'S', status: 'not-reported' }),
      ],
    });
    expect(summary(rankRows(evaluation, 'department', 'score'))).toEqual([
      ['A', 1, 1, 0, null, 'ranked'],
      ['B', 2, 3, 0, 'others', 'ranked'],
      ['N', 3, null, null, 'new', 'ranked'],
      ['S', null, null, null, null, 'not-reported'],
    ]);
  });
});

describe('rankRows by one indicator', () => {
  const onTime = (value: number | null, previous: number | null, status: 'scored' | 'small-sample' | 'missing' = 'scored') => ({
    values: { onTimeRate: value } as Record<string, number | null>,
    previous: { onTimeRate: previous },
    scoreDetails: [
      detailFixture('onTimeRate', {
        status,
        value,
        denominator: status === 'small-sample' ? 3 : 200,
        missingFields: status === 'missing' ? ['completedOnTime' as const] : [],
      }),
    ],
  });

  const evaluation = evaluationFixture({
    offices: [
      // Before: A 99.90% (1), X 99.50% (2), B 99.00% (3), Q 97.00% (4). X stops reporting; N is new.
      officeFixture({ officeId: 'A', rank: 1, ...onTime(0.999, 0.999) }),
      officeFixture({ officeId: 'B', rank: 2, ...onTime(0.99, 0.99) }),
      officeFixture({ officeId: 'N', rank: 3, ...onTime(0.985, null) }),
      // 100% of 3 items: a small sample, never ranked first on it.
      officeFixture({ officeId: 'Q', rank: 4, ...onTime(1, 0.97, 'small-sample') }),
      // Short of a field: never above an office that reported it.
      officeFixture({ officeId: 'M', rank: 5, ...onTime(1, null, 'missing'), dataIncomplete: true }),
      officeFixture({ officeId: 'X', status: 'not-reported', previous: { onTimeRate: 0.995 } }),
    ],
  });

  test('small samples and missing fields are listed after the ranked, each with its reason', () => {
    const rows = rankRows(evaluation, 'department', 'onTimeRate');
    expect(summary(rows)).toEqual([
      ['A', 1, 1, 0, null, 'ranked'],
      // B was 3rd only because X was ahead of it; among A and B, ranked both times, it stays second.
      ['B', 2, 3, 0, 'others', 'ranked'],
      ['N', 3, null, null, 'new', 'ranked'],
      ['M', null, null, null, null, 'unranked'],
      ['Q', null, 4, null, null, 'small-sample'],
      ['X', null, 2, null, null, 'not-reported'],
    ]);
    expect(rows.find((row) => row.office.officeId === 'Q')!.detail?.status).toBe('small-sample');
    expect(rows.find((row) => row.office.officeId === 'M')!.detail?.status).toBe('missing');
  });

  test('a real move among the offices ranked in both periods is a move', () => {
    const moved = evaluationFixture({
      offices: [officeFixture({ officeId: 'A', rank: 1, ...onTime(0.98, 0.999) }), officeFixture({ officeId: 'B', rank: 2, ...onTime(0.99, 0.97) })],
    });
    expect(summary(rankRows(moved, 'department', 'onTimeRate'))).toEqual([
      ['B', 1, 2, 1, null, 'ranked'],
      ['A', 2, 1, -1, null, 'ranked'],
    ]);
  });

  test('a year-to-date ranked by one indicator states no rank change: 累计数不作环比', () => {
    const ytd = evaluationFixture({
      requested: ytdPeriod('2025-03'),
      offices: [
        officeFixture({ officeId: 'A', rank: 1, cumulative: true, values: { onTimeRate: 0.999 } }),
        officeFixture({ officeId: 'B', rank: 2, cumulative: true, values: { onTimeRate: 0.99 } }),
      ],
    });
    expect(ytd.previousPeriod).toBeNull();
    const rows = rankRows(ytd, 'department', 'onTimeRate');
    expect(summary(rows)).toEqual([
      ['A', 1, null, null, null, 'ranked'],
      ['B', 2, null, null, null, 'ranked'],
    ]);
    expect(rows.every((row) => row.gap)).toBe(true);
  });
});

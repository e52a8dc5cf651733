import { describe, expect, test } from 'vitest';
import { badReviewUnits, lateTicketUnits, lateTickets } from '../../../src/features/screen/serviceFigures';
import { evaluationFixture, officeFixture } from '../evaluation-fixtures';

describe('service pages: the units to name', () => {
  const evaluation = evaluationFixture({
    offices: [
      officeFixture({
        officeId: 'A',
        values: { badReviews: 3, badReviewsRectified: 1, badReviewsOverdue: 2 },
        counts: { hotlineCompleted: 40, hotlineOnTime: 35, hotlineTickets: 44 },
      }),
      officeFixture({
        officeId: 'B',
        values: { badReviews: 3, badReviewsRectified: 3, badReviewsOverdue: 0 },
        counts: { hotlineTickets: 20, hotlineOnTime: 19 },
      }),
      officeFixture({ officeId: 'C', kind: 'township', values: { badReviews: 0 }, counts: { hotlineTickets: 10, hotlineOnTime: 10 } }),
      officeFixture({ officeId: 'D', kind: 'township', values: {}, counts: {} }),
    ],
  });

  test('most bad reviews first, the one past its deadline before an equal one rectified; none without a bad review', () => {
    expect(badReviewUnits(evaluation).map((unit) => [unit.officeId, unit.bad, unit.rectified, unit.overdue])).toEqual([
      ['A', 3, 1, 2],
      ['B', 3, 3, 0],
    ]);
  });

  test('tickets closed late: closed less closed on time, over the tickets where the source sends no closed count; none unknown', () => {
    expect(lateTickets(evaluation.office('A')!)).toBe(5);
    expect(lateTickets(evaluation.office('B')!)).toBe(1);
    expect(lateTickets(evaluation.office('D')!)).toBeNull();
    expect(lateTicketUnits(evaluation).map((unit) => [unit.officeId, unit.late])).toEqual([
      ['A', 5],
      ['B', 1],
    ]);
  });
});

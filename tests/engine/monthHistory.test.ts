import { describe, expect, it } from 'vitest';
import { monthPeriod } from '../../src/domain';
import { buildEngineData, evaluatePeriod, DEFAULT_SCHEME } from '../../src/engine';
import { monthHistory } from '../../src/engine/monthHistory';
import { generateDataset } from '../../mocks/generator';
import { GOLDEN_OFFICES, GOLDEN_RECORDS, GOLDEN_SCHEME } from './fixtures/golden';

const county = generateDataset({ scenario: 'normal', endMonth: '2025-12', months: 24 });
const data = buildEngineData(county.offices, county.records);

describe('monthHistory', () => {
  it('gives each month the ranks, scores, not-reported offices and cards of that month evaluated alone', () => {
    const history = monthHistory(data, DEFAULT_SCHEME, { from: '2025-07', to: '2025-12' });
    expect(history.map((summary) => summary.month)).toEqual(['2025-07', '2025-08', '2025-09', '2025-10', '2025-11', '2025-12']);
    for (const summary of history) {
      const evaluation = evaluatePeriod(data, DEFAULT_SCHEME, monthPeriod(summary.month));
      expect(summary.partial).toBe(evaluation.partial);
      expect(summary.cards).toEqual(evaluation.cards);
      for (const kind of ['department', 'township'] as const) {
        const ranked = evaluation.rankings[kind].filter((office) => office.rank !== null);
        expect(summary.rankedCount[kind]).toBe(ranked.length);
        for (const office of ranked) {
          expect(summary.standings.get(office.officeId)).toEqual({ rank: office.rank, score: office.score });
          expect(summary.partialOffices.has(office.officeId)).toBe(office.partial);
        }
        for (const office of evaluation.notReported[kind]) {
          expect(summary.notReported.has(office.officeId)).toBe(true);
          expect(summary.standings.has(office.officeId)).toBe(false);
        }
      }
    }
  });

  it('marks the month the township office fell silent as provisional, for the scope and for that township', () => {
    const silent = county.laggards.silent[0]!;
    const month = silent.months[0]!;
    const [summary] = monthHistory(data, DEFAULT_SCHEME, { from: month, to: month });
    const evaluation = evaluatePeriod(data, DEFAULT_SCHEME, monthPeriod(month));
    expect(summary!.partial).toBe(true);
    // Its villages still reported, so its figures are partial; but the township centre itself sent
    // nothing, so it is not ranked on its villages' figures alone: it is listed as not reported.
    expect(evaluation.office(silent.officeId)!.status).toBe('partial');
    expect(evaluation.office(silent.officeId)!.rank).toBeNull();
    expect(evaluation.office(silent.officeId)!.standing).toBe('not-reported');
    expect(summary!.notReported.has(silent.officeId)).toBe(true);
    const [earlier] = monthHistory(data, DEFAULT_SCHEME, { from: '2025-01', to: '2025-01' });
    expect(earlier!.notReported.has(silent.officeId)).toBe(false);
    expect(earlier!.partialOffices.has(silent.officeId)).toBe(false);
  });

  it('clips the range to the months with data', () => {
    const history = monthHistory(data, DEFAULT_SCHEME, { from: '2020-01', to: '2030-12' });
    expect(history).toHaveLength(24);
    expect(history[0]!.month).toBe('2024-01');
    expect(history.at(-1)!.month).toBe('2025-12');
    expect(monthHistory(buildEngineData([], []), DEFAULT_SCHEME, { from: '2025-01', to: '2025-12' })).toEqual([]);
  });

  it('computes a month once per data, scheme and scope, and afresh for another scheme or scope', () => {
    const first = monthHistory(data, DEFAULT_SCHEME, { from: '2025-11', to: '2025-12' });
    const again = monthHistory(data, DEFAULT_SCHEME, { from: '2025-10', to: '2025-12' });
    expect(again[1]).toBe(first[0]);
    expect(again[2]).toBe(first[1]);
    const stricter = {
      ...DEFAULT_SCHEME,
      cardRules: DEFAULT_SCHEME.cardRules.map((rule) => ({ ...rule, threshold: rule.comparison === 'lt' ? 1.01 : rule.threshold })),
    };
    const other = monthHistory(data, stricter, { from: '2025-12', to: '2025-12' });
    expect(other[0]).not.toBe(first[1]);
    expect(other[0]!.cards.length).toBeGreaterThan(first[1]!.cards.length);
  });

  it('ranks within the scope asked for', () => {
    const golden = buildEngineData(GOLDEN_OFFICES, GOLDEN_RECORDS);
    const [jan] = monthHistory(golden, GOLDEN_SCHEME, { from: '2025-01', to: '2025-01' });
    const expected = evaluatePeriod(golden, GOLDEN_SCHEME, monthPeriod('2025-01'));
    expect(jan!.standings.get('D1')).toEqual({ rank: expected.office('D1')!.rank, score: expected.office('D1')!.score });
    const root = golden.rootIds[0]!;
    const scoped = monthHistory(golden, GOLDEN_SCHEME, { from: '2025-01', to: '2025-01' }, { scopeId: root });
    expect(scoped[0]).toBe(jan);
  });
});

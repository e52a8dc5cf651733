import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COUNT_FIELDS, brokenConsistencyRule, isRate, monthPeriod, quarterPeriod, ytdPeriod, type CountField, type MonthlyRecord } from '../../src/domain';
import { DEFAULT_SCHEME, buildEngineData, evaluatePeriod } from '../../src/engine';
import { schemeLayout } from '../../src/engine/layout/schemeLayout';
import { PROPERTY_MONTHS, datasetArb, type Dataset } from './fixtures/arbitraries';

/** What validation lets through: rows that break a consistency rule are left out (docs/data-contract.md). */
const consistent = (dataset: Dataset): Dataset => ({ ...dataset, records: dataset.records.filter((record) => !brokenConsistencyRule(record)) });

/** Fields some scored indicator of the default scheme cannot do without (not optional, not one of a "first of"). */
const NEEDED: CountField[] = (() => {
  const layout = schemeLayout(buildEngineData([{ id: 'R', name: '县', kind: 'region', parentId: null }], []), DEFAULT_SCHEME);
  const bits = DEFAULT_SCHEME.indicators.reduce((mask, item) => mask | layout.formulas[layout.index.get(item.indicatorId)!]!.requirement.required, 0);
  return COUNT_FIELDS.filter((_, f) => (bits >>> f) & 1);
})();

const ranked = (kind: string) => kind === 'department' || kind === 'township';

describe('fairness properties', () => {
  it('leaving out a field an indicator needs never raises an office’s score', () => {
    fc.assert(
      fc.property(datasetArb.map(consistent), fc.nat(), fc.nat(), (dataset, pickRecord, pickField) => {
        const candidates = dataset.records.filter((record) => ranked(dataset.offices.find((o) => o.id === record.officeId)!.kind));
        if (candidates.length === 0) return;
        const record = candidates[pickRecord % candidates.length]!;
        const present = NEEDED.filter((field) => record[field] !== undefined);
        if (present.length === 0) return;
        const field = present[pickField % present.length]!;
        const without = dataset.records.map((other) => {
          if (other !== record) return other;
          const copy = { ...other };
          delete copy[field];
          return copy;
        });
        const period = monthPeriod(record.month);
        const before = evaluatePeriod(buildEngineData(dataset.offices, dataset.records), DEFAULT_SCHEME, period).office(record.officeId)!;
        const after = evaluatePeriod(buildEngineData(dataset.offices, without), DEFAULT_SCHEME, period).office(record.officeId)!;
        if (before.score === null) return;
        expect(after.score ?? 0).toBeLessThanOrEqual(before.score + 1e-9);
        expect(after.dataIncomplete).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('leaving out 上月结转 while other offices of the same kind send it scores no better', () => {
    fc.assert(
      fc.property(datasetArb.map(consistent), fc.nat(), (dataset, pick) => {
        const offices = new Map(dataset.offices.map((office) => [office.id, office]));
        const carrying = dataset.records.filter((record) => record.carriedOver !== undefined && ranked(offices.get(record.officeId)!.kind));
        if (carrying.length === 0) return;
        const record = carrying[pick % carrying.length]!;
        const kind = offices.get(record.officeId)!.kind;
        const others = dataset.records.some((other) => other !== record && other.carriedOver !== undefined && offices.get(other.officeId)!.kind === kind);
        if (!others) return;
        const without = dataset.records.map((other) => (other === record ? { ...other, carriedOver: undefined } : other));
        const period = monthPeriod(record.month);
        const before = evaluatePeriod(buildEngineData(dataset.offices, dataset.records), DEFAULT_SCHEME, period).office(record.officeId)!;
        const after = evaluatePeriod(buildEngineData(dataset.offices, without), DEFAULT_SCHEME, period).office(record.officeId)!;
        if (before.score === null) return;
        expect(after.score ?? 0).toBeLessThanOrEqual(before.score + 1e-9);
      }),
      { numRuns: 200 },
    );
  });

  it('adding a good month never lowers an office’s year-to-date rates (nor raises a lower-is-better one)', () => {
    const good = (officeId: string, month: string): MonthlyRecord => {
      const k = 37;
      const record: MonthlyRecord = { officeId, month };
      for (const field of COUNT_FIELDS) record[field] = k;
      Object.assign(record, { overdue: 0, nearDeadline: 0, overdueOpen: 0, carriedOver: 0, badReviews: 0, badReviewsRectified: 0, badReviewsOverdue: 0 });
      // Every review 非常满意.
      Object.assign(record, { reviewsVerySatisfied: k, reviewsSatisfied: 0, reviewsBasicallySatisfied: 0, reviewsDissatisfied: 0, reviewsVeryDissatisfied: 0 });
      return record;
    };
    fc.assert(
      fc.property(datasetArb.map(consistent), fc.nat(), (dataset, pick) => {
        const year = PROPERTY_MONTHS.filter((month) => month.startsWith('2025'));
        const gaps = dataset.offices.flatMap((office) =>
          office.kind === 'department'
            ? year.filter((month) => !dataset.records.some((r) => r.officeId === office.id && r.month === month)).map((month) => [office.id, month] as const)
            : [],
        );
        if (gaps.length === 0) return;
        const [officeId, month] = gaps[pick % gaps.length]!;
        const period = ytdPeriod(year[year.length - 1]!);
        const before = evaluatePeriod(buildEngineData(dataset.offices, dataset.records), DEFAULT_SCHEME, period).office(officeId)!;
        const after = evaluatePeriod(buildEngineData(dataset.offices, [...dataset.records, good(officeId, month)]), DEFAULT_SCHEME, period).office(officeId)!;
        for (const definition of DEFAULT_SCHEME.definitions) {
          if (!isRate(definition)) continue;
          const was = before.values[definition.id];
          const now = after.values[definition.id];
          if (was === null || was === undefined || was > 1) continue;
          if (definition.direction === 'higher') expect(now!).toBeGreaterThanOrEqual(was - 1e-12);
          else expect(now!).toBeLessThanOrEqual(was + 1e-12);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('reporting nothing never yields a score or a rank, in any period', () => {
    fc.assert(
      fc.property(datasetArb, fc.nat(), fc.constantFrom(monthPeriod('2025-03'), quarterPeriod('2025-01'), ytdPeriod('2025-03')), (dataset, pick, period) => {
        const rankable = dataset.offices.filter((office) => ranked(office.kind));
        const silent = rankable[pick % rankable.length]!;
        const records = dataset.records.filter((record) => record.officeId !== silent.id);
        const office = evaluatePeriod(buildEngineData(dataset.offices, records), DEFAULT_SCHEME, period).office(silent.id)!;
        expect(office.rank).toBeNull();
        expect(office.rankChange).toBeNull();
        // A township's villages may have reported: it has a subtree score then, but still no rank.
        if (silent.kind === 'department') expect(office.score).toBeNull();
        expect(office.standing === 'ranked').toBe(false);
      }),
      { numRuns: 200 },
    );
  });
});

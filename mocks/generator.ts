import { addMonths, isMonthKey, monthsBetween, type MonthKey, type Office } from '../src/domain';
import { chooseLaggards, emptyLaggards, indexLaggards, type Laggards } from './laggards';
import { monthRecord, type MonthContext, type OfficeState, type WireRecord } from './monthRecord';
import { handlingSeason, hotlineSeason } from './seasonality';
import { planDemoCounty, planPrefecture, planProvince, type TreePlan } from './tree';

export type { Laggards, LaggardRun } from './laggards';

/** The scenarios that are data of their own; the others reuse 'normal' (see scenarios.ts). */
export type DataScenario = 'normal' | 'large' | 'province';

export const DEFAULT_SEED = 1;
export const DEFAULT_MONTHS = 36;

export interface GenerateOptions {
  scenario: DataScenario;
  seed?: number;
  /** The last month with data; the generator never reads the clock, the caller decides. */
  endMonth: MonthKey;
  months?: number;
}

export type { WireRecord } from './monthRecord';

export interface Dataset {
  offices: Office[];
  records: WireRecord[];
  /** Which offices lag and when: for tests and for whoever demos the cards. Not served. */
  laggards: Laggards;
  months: MonthKey[];
}

function plan(options: GenerateOptions, seed: number): TreePlan {
  switch (options.scenario) {
    case 'normal':
      return planDemoCounty(seed);
    case 'large':
      return planPrefecture(seed);
    case 'province':
      return planProvince(seed);
  }
}

/**
 * Realistic monthly counts for every office, deterministic in its options: same options, same
 * JSON byte for byte. Regions have no records of their own (their totals are roll-ups).
 */
export function generateDataset(options: GenerateOptions): Dataset {
  if (!isMonthKey(options.endMonth)) throw new RangeError(`endMonth is not a month: ${String(options.endMonth)}`);
  const seed = (options.seed ?? DEFAULT_SEED) >>> 0;
  const count = options.months ?? DEFAULT_MONTHS;
  if (!Number.isInteger(count) || count < 1) throw new RangeError(`months must be a positive integer, got ${count}`);
  const months = monthsBetween(addMonths(options.endMonth, -(count - 1)), options.endMonth);

  const tree = plan(options, seed);
  const laggards = emptyLaggards();
  for (const county of tree.counties) chooseLaggards(seed, county, months, laggards);
  const lag = indexLaggards(laggards);

  const firstMonth = new Map<string, MonthKey>();
  for (const run of laggards.lateStart) if (run.months[0]) firstMonth.set(run.officeId, run.months[0]);

  const records: WireRecord[] = [];
  // Months in order, so each office's stocks carry from one month into the next.
  const states = new Map<string, OfficeState>();
  months.forEach((month, i) => {
    const ctx: MonthContext = {
      month,
      t: count === 1 ? 1 : i / (count - 1),
      first: i === 0,
      season: handlingSeason(month),
      hotlineSeason: hotlineSeason(month),
    };
    for (const p of tree.reporting) {
      const start = firstMonth.get(p.office.id);
      if (start !== undefined && month < start) continue;
      let state = states.get(p.office.id);
      if (!state) states.set(p.office.id, (state = { unrectified: 0 }));
      // A month not reported still happened: its record is drawn, so the next month carries on from it.
      const row = monthRecord(seed, p, ctx, lag, state);
      if (!lag.silent.get(p.office.id)?.has(month)) records.push(row);
    }
  });
  return { offices: tree.offices, records, laggards, months };
}

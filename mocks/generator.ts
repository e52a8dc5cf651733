import { COUNT_FIELDS, addMonths, isMonthKey, monthsBetween, type CountField, type MonthKey, type MonthlyRecord, type Office } from '../src/domain';
import { chooseLaggards, emptyLaggards, indexLaggards, type LaggardIndex, type Laggards } from './laggards';
import { rngFor, type Rng } from './random';
import { handlingSeason, hotlineSeason } from './seasonality';
import { planDemoCounty, planPrefecture, type OfficeProfile, type TreePlan } from './tree';

export type { Laggards, LaggardRun } from './laggards';

/** The scenarios that are data of their own; the others reuse 'normal' (see scenarios.ts). */
export type DataScenario = 'normal' | 'large';

export const DEFAULT_SEED = 1;
export const DEFAULT_MONTHS = 36;

export interface GenerateOptions {
  scenario: DataScenario;
  seed?: number;
  /** The last month with data; the generator never reads the clock, the caller decides. */
  endMonth: MonthKey;
  months?: number;
}

/** One row of `GET /records` as it goes on the wire; for normal and large data a valid MonthlyRecord. */
export type WireRecord = MonthlyRecord;

export interface Dataset {
  offices: Office[];
  records: WireRecord[];
  /** Which offices lag and when: for tests and for whoever demos the cards. Not served. */
  laggards: Laggards;
  months: MonthKey[];
}

type Values = Partial<Record<CountField, number>>;

interface MonthContext {
  month: MonthKey;
  /** 0 at the first month of the period, 1 at the last: slow trends follow it. */
  t: number;
  season: number;
  hotlineSeason: number;
}

/** Small counts vary like counts (Poisson); large ones by a few per cent. */
function volume(rng: Rng, mean: number, spread: number): number {
  if (mean < 40) return rng.poisson(mean);
  return Math.max(0, Math.round(mean * rng.uniform(1 - spread, 1 + spread)));
}

function handling(rng: Rng, p: OfficeProfile, ctx: MonthContext, lag: LaggardIndex, values: Values): void {
  const id = p.office.id;
  const growth = 1 + 0.04 * (ctx.t - 0.5);
  const accepted = volume(rng, p.accepted * ctx.season * growth, 0.06);
  // A month completes items accepted earlier too, so completed can exceed accepted.
  const completed = Math.max(0, Math.floor(accepted * rng.uniform(0.965, 1.035) + rng.next()));
  const overdue = lag.overdue.get(id)?.has(ctx.month) ? rng.int(1, 4) : 0;
  const late = Math.min(rng.poisson(completed * 0.0006), Math.floor(completed * 0.005)) + overdue;
  values.accepted = accepted;
  values.completed = completed;
  values.completedOnTime = Math.max(0, completed - late);
  values.overdue = overdue;
  values.nearDeadline = lag.nearDeadline.get(id)?.has(ctx.month) ? rng.int(1, 3) : 0;
}

function online(rng: Rng, p: OfficeProfile, ctx: MonthContext, values: Values): void {
  const accepted = values.accepted ?? 0;
  // The gap to 100% closes by 60% over the period: a county goes from ~70% to ~88%.
  const rate = Math.min(0.995, 1 - (1 - p.online) * (1 - 0.6 * ctx.t) + rng.uniform(-0.01, 0.01));
  const onlineAccepted = rng.portion(accepted, rate);
  values.onlineAccepted = onlineAccepted;
  values.fullyOnline = rng.portion(onlineAccepted, 0.45 + 0.2 * ctx.t + rng.uniform(-0.02, 0.02));
}

function reviews(rng: Rng, p: OfficeProfile, ctx: MonthContext, lag: LaggardIndex, values: Values): void {
  const total = rng.portion(values.completed ?? 0, rng.uniform(0.87, 0.93));
  let bad = Math.min(total, rng.poisson(total * 0.0004));
  let rectified = bad;
  if (lag.unrectified.get(p.office.id)?.has(ctx.month) && total > 0) {
    bad = Math.min(total, Math.max(bad, rng.int(1, 2)));
    rectified = bad - Math.min(bad, rng.int(1, 2));
  }
  // 基本满意 counts in neither good nor bad.
  const neutral = Math.min(total - bad, rng.poisson(total * 0.001));
  values.reviews = total;
  values.activeReviews = rng.portion(total, rng.uniform(0.95, 0.98));
  values.goodReviews = total - bad - neutral;
  values.badReviews = bad;
  values.badReviewsRectified = rectified;
}

function hotline(rng: Rng, p: OfficeProfile, ctx: MonthContext, lag: LaggardIndex, values: Values): void {
  const tickets = volume(rng, p.hotline * ctx.hotlineSeason, 0.15);
  const behind = lag.hotlineOnTime.get(p.office.id)?.has(ctx.month) ?? false;
  const revisited = rng.portion(tickets, rng.uniform(0.8, 0.95));
  values.hotlineTickets = tickets;
  values.hotlineResponded = rng.portion(tickets, rng.uniform(0.99, 1));
  values.hotlineOnTime = rng.portion(tickets, behind ? rng.uniform(0.86, 0.91) : rng.uniform(0.965, 0.999));
  values.hotlineResolved = rng.portion(tickets, rng.uniform(0.9, 0.96));
  values.hotlineRevisited = revisited;
  values.hotlineSatisfied = rng.portion(revisited, rng.uniform(0.99, 0.998));
}

function disclosure(rng: Rng, p: OfficeProfile, values: Values): void {
  const disclosures = rng.poisson(p.disclosures);
  values.disclosures = disclosures;
  values.disclosuresAdopted = rng.portion(disclosures, rng.uniform(0.05, 0.2));
}

function record(seed: number, p: OfficeProfile, ctx: MonthContext, lag: LaggardIndex): WireRecord {
  const rng = rngFor(seed, p.office.id, ctx.month);
  const values: Values = {};
  handling(rng, p, ctx, lag, values);
  // Village rooms report handling and reviews only: the other fields are absent, not 0.
  const village = p.office.kind === 'village';
  if (!village) online(rng, p, ctx, values);
  reviews(rng, p, ctx, lag, values);
  if (!village) {
    hotline(rng, p, ctx, lag, values);
    disclosure(rng, p, values);
  }
  // Fields in contract order, so equal data is equal JSON byte for byte.
  const row: WireRecord = { officeId: p.office.id, month: ctx.month };
  for (const field of COUNT_FIELDS) {
    const value = values[field];
    if (value !== undefined) row[field] = value;
  }
  return row;
}

function plan(options: GenerateOptions, seed: number): TreePlan {
  switch (options.scenario) {
    case 'normal':
      return planDemoCounty(seed);
    case 'large':
      return planPrefecture(seed);
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
  months.forEach((month, i) => {
    const ctx: MonthContext = {
      month,
      t: count === 1 ? 1 : i / (count - 1),
      season: handlingSeason(month),
      hotlineSeason: hotlineSeason(month),
    };
    for (const p of tree.reporting) {
      const start = firstMonth.get(p.office.id);
      if (start !== undefined && month < start) continue;
      if (lag.silent.get(p.office.id)?.has(month)) continue;
      records.push(record(seed, p, ctx, lag));
    }
  });
  return { offices: tree.offices, records, laggards, months };
}

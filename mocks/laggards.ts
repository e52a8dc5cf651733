import type { MonthKey } from '../src/domain';
import { rngFor, type Rng } from './random';
import type { CountyPlan, OfficeProfile } from './tree';

/**
 * The few offices that fall behind, chosen by seed so the same demo always names the same
 * ones. Zero cards is the normal state: each county has one of each kind, no more.
 */
export interface LaggardRun {
  officeId: string;
  months: MonthKey[];
}

export interface Laggards {
  /**
   * A department with items completed after their deadline (超期办结, red card) in several
   * consecutive recent months, and a few items open past it at those months' ends (overdueOpen).
   * No other office completes anything late: on time + overdue = completed everywhere.
   */
  overdue: LaggardRun[];
  /**
   * A township with bad reviews not rectified (差评未整改) in the last months; by the end of the
   * month after, those are past their rectification deadline (badReviewsOverdue).
   */
  unrectified: LaggardRun[];
  /** A department whose hotline on-time rate falls to ~0.9 in the last six months. */
  hotlineOnTime: LaggardRun[];
  /** Items near their deadline (临期, yellow card): the only offices and months with any. */
  nearDeadline: LaggardRun[];
  /** A township with no record in the last month (not reported, which is not 0). */
  silent: LaggardRun[];
  /** A department set up part-way through: no records before `months[0]`. */
  lateStart: LaggardRun[];
}

export function emptyLaggards(): Laggards {
  return { overdue: [], unrectified: [], hotlineOnTime: [], nearDeadline: [], silent: [], lateStart: [] };
}

/** Mid-sized departments: big enough that overdue items are plausible, small enough to lag. */
const OVERDUE_CANDIDATES = ['medical', 'realestate', 'market', 'fund', 'civil', 'transport', 'health', 'housing', 'nature'];
/** Departments with enough hotline tickets that an on-time rate of 0.9 is a real number. */
const HOTLINE_CANDIDATES = ['hrss', 'market', 'power', 'housing', 'transport', 'nature', 'watersupply'];

function pickByCode(rng: Rng, departments: readonly OfficeProfile[], codes: readonly string[], exclude: ReadonlySet<string>): OfficeProfile {
  const candidates = departments.filter((d) => codes.includes(d.code) && !exclude.has(d.office.id));
  return rng.pick(candidates.length > 0 ? candidates : departments.filter((d) => !exclude.has(d.office.id)));
}

/** Where the late-start department's records begin, as an index into the period's months. */
export function lateStartIndex(rng: Rng, monthCount: number): number {
  if (monthCount < 2) return 0;
  // Between a third and a half of the way in: 12–20 months into a 36-month period.
  return Math.min(monthCount - 1, Math.max(1, Math.round(monthCount * rng.uniform(0.33, 0.56))));
}

export function chooseLaggards(seed: number, plan: CountyPlan, months: readonly MonthKey[], into: Laggards): void {
  const rng = rngFor(seed, 'laggards', plan.county.id);
  const n = months.length;
  const last = (count: number) => months.slice(Math.max(0, n - count));
  const taken = new Set<string>([plan.lateStart.office.id]);

  const overdue = pickByCode(rng, plan.departments, OVERDUE_CANDIDATES, taken);
  taken.add(overdue.office.id);
  into.overdue.push({ officeId: overdue.office.id, months: last(rng.int(3, 4)) });

  const hotline = pickByCode(rng, plan.departments, HOTLINE_CANDIDATES, taken);
  taken.add(hotline.office.id);
  into.hotlineOnTime.push({ officeId: hotline.office.id, months: last(6) });

  const [unrectified, silent] = rng.shuffle(plan.townships);
  if (unrectified) {
    taken.add(unrectified.office.id);
    into.unrectified.push({ officeId: unrectified.office.id, months: last(2) });
  }
  if (silent && n > 0) {
    taken.add(silent.office.id);
    into.silent.push({ officeId: silent.office.id, months: last(1) });
  }

  const start = lateStartIndex(rng, n);
  into.lateStart.push({ officeId: plan.lateStart.office.id, months: months.slice(start, start + 1) });

  // Yellow cards: one in the last month so the demo opens on a realistic screen, a few earlier.
  const rankable = [...plan.departments, ...plan.townships].filter((p) => !taken.has(p.office.id));
  const events = new Map<string, Set<MonthKey>>();
  const add = (officeId: string, month: MonthKey | undefined) => {
    if (month === undefined) return;
    const set = events.get(officeId) ?? new Set<MonthKey>();
    set.add(month);
    events.set(officeId, set);
  };
  if (rankable.length > 0 && n > 0) {
    add(rng.pick(rankable).office.id, months[n - 1]);
    const earlier = rng.int(4, 7);
    for (let i = 0; i < earlier && n > 1; i++) add(rng.pick(rankable).office.id, months[rng.int(0, n - 2)]);
  }
  for (const [officeId, set] of events) {
    into.nearDeadline.push({ officeId, months: months.filter((m) => set.has(m)) });
  }
}

/** Fast lookup: laggard kind → officeId → months. */
export type LaggardIndex = { [K in keyof Laggards]: Map<string, ReadonlySet<MonthKey>> };

export function indexLaggards(laggards: Laggards): LaggardIndex {
  const index = (runs: readonly LaggardRun[]) => new Map(runs.map((r) => [r.officeId, new Set(r.months)] as const));
  return {
    overdue: index(laggards.overdue),
    unrectified: index(laggards.unrectified),
    hotlineOnTime: index(laggards.hotlineOnTime),
    nearDeadline: index(laggards.nearDeadline),
    silent: index(laggards.silent),
    lateStart: index(laggards.lateStart),
  };
}

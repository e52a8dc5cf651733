import { COUNT_FIELDS, type CountField, type MonthKey, type MonthlyRecord } from '../src/domain';
import type { LaggardIndex } from './laggards';
import { rngFor, type Rng } from './random';
import type { OfficeProfile } from './tree';

/** One row of `GET /records` as it goes on the wire; for normal and large data a valid MonthlyRecord. */
export type WireRecord = MonthlyRecord;

export interface MonthContext {
  month: MonthKey;
  /** 0 at the first month of the period, 1 at the last: slow trends follow it. */
  t: number;
  /** The period's first month: offices that report in it were already running before. */
  first: boolean;
  season: number;
  hotlineSeason: number;
}

/**
 * What an office carries from one month into the next: stocks are levels, not draws, so a month's
 * carry-over is the last month's open items and a bad review left unrectified is still there.
 */
export interface OfficeState {
  /** Items open at the start of the month (上月结转在办件数). */
  open?: number;
  /** Bad reviews of earlier months still unrectified: past their deadline by this month's end. */
  unrectified: number;
}

type Values = Partial<Record<CountField, number>>;

/**
 * Open items at a month's start, as a share of a month's volume, when the backlog is usual: most
 * items are done within days, so 办结率 over what was due (accepted + carried over) sits near 98%.
 */
const USUAL_BACKLOG = 0.02;
/** How much of the gap to the usual backlog a month closes: completion follows the work waiting. */
const BACKLOG_PULL = 0.5;
/**
 * How much of v1's month-to-month swing in completion (±3.5% of accepted) is kept: with the
 * backlog carried explicitly, a larger swing would empty it or pile it up within a few months.
 */
const PACE_SWING = 0.3;

/** Small counts vary like counts (Poisson); large ones by a few per cent. */
function volume(rng: Rng, mean: number, spread: number): number {
  if (mean < 40) return rng.poisson(mean);
  return Math.max(0, Math.round(mean * rng.uniform(1 - spread, 1 + spread)));
}

/**
 * `rng` draws what contract v1 had, in v1's order, so those figures stay put; `more` draws what
 * came with v1.1. completed now also works the backlog, so it (and what follows from it) moved a
 * little: completed ≤ accepted + carried over, and the open items left at the month's end are at
 * least the items near or past their deadline, which are open by definition.
 */
function handling(rng: Rng, more: Rng, p: OfficeProfile, ctx: MonthContext, lag: LaggardIndex, state: OfficeState, values: Values): void {
  const id = p.office.id;
  const growth = 1 + 0.04 * (ctx.t - 0.5);
  const usual = p.accepted * ctx.season * growth;
  const accepted = volume(rng, usual, 0.06);
  const pace = rng.uniform(0.965, 1.035);
  const jitter = rng.next();
  const lateDraw = lag.overdue.get(id)?.has(ctx.month) ? rng.int(1, 4) : 0;
  // v1 drew a few late items for every office here. v1.1 defines overdue as exactly the items
  // completed late, which only the overdue laggards have; the draw stays so the stream does not shift.
  rng.poisson(Math.max(0, Math.floor(accepted * pace + jitter)) * 0.0006);
  const nearDeadline = lag.nearDeadline.get(id)?.has(ctx.month) ? rng.int(1, 3) : 0;

  const backlog = Math.round(usual * USUAL_BACKLOG);
  // An office already running when the period starts has its usual backlog; a new one has none.
  const open = state.open ?? (ctx.first ? more.portion(backlog * 2, more.uniform(0.35, 0.65)) : 0);
  const overdueOpen = lateDraw > 0 ? more.int(1, 2) : 0;
  const wanted = Math.floor(accepted * (1 + PACE_SWING * (pace - 1)) + BACKLOG_PULL * (open - backlog) + jitter);
  const completed = Math.max(0, Math.min(wanted, accepted + open - nearDeadline - overdueOpen));
  const overdue = Math.min(lateDraw, completed);

  values.accepted = accepted;
  values.completed = completed;
  values.completedOnTime = completed - overdue;
  values.overdue = overdue;
  values.nearDeadline = nearDeadline;
  values.overdueOpen = overdueOpen;
  values.carriedOver = open;
  state.open = accepted + open - completed;
}

function online(rng: Rng, p: OfficeProfile, ctx: MonthContext, values: Values): void {
  const accepted = values.accepted ?? 0;
  // The gap to 100% closes by 60% over the period: a county goes from ~70% to ~88%.
  const rate = Math.min(0.995, 1 - (1 - p.online) * (1 - 0.6 * ctx.t) + rng.uniform(-0.01, 0.01));
  const onlineAccepted = rng.portion(accepted, rate);
  values.onlineAccepted = onlineAccepted;
  values.fullyOnline = rng.portion(onlineAccepted, 0.45 + 0.2 * ctx.t + rng.uniform(-0.02, 0.02));
}

/**
 * Reviews by level (GB/T 39046), 好评 and 差评 by the national practice: 非常满意 + 满意 + 基本满意 is
 * good, 不满意 + 非常不满意 bad. A bad review not rectified this month is late by the next month's end
 * (the deadline is about 15 working days): badReviewsOverdue is that month-end level.
 */
function reviews(rng: Rng, more: Rng, p: OfficeProfile, ctx: MonthContext, lag: LaggardIndex, state: OfficeState, values: Values): void {
  const total = rng.portion(values.completed ?? 0, rng.uniform(0.87, 0.93));
  let bad = Math.min(total, rng.poisson(total * 0.0004));
  let rectified = bad;
  if (lag.unrectified.get(p.office.id)?.has(ctx.month) && total > 0) {
    bad = Math.min(total, Math.max(bad, rng.int(1, 2)));
    rectified = bad - Math.min(bad, rng.int(1, 2));
  }
  const basicallySatisfied = Math.min(total - bad, rng.poisson(total * 0.001));
  values.reviews = total;
  values.activeReviews = rng.portion(total, rng.uniform(0.95, 0.98));
  values.goodReviews = total - bad;
  values.badReviews = bad;
  values.badReviewsRectified = rectified;

  const satisfied = more.portion(total - bad - basicallySatisfied, more.uniform(0.01, 0.04));
  const veryDissatisfied = more.portion(bad, 0.3);
  values.reviewsVerySatisfied = total - bad - basicallySatisfied - satisfied;
  values.reviewsSatisfied = satisfied;
  values.reviewsBasicallySatisfied = basicallySatisfied;
  values.reviewsDissatisfied = bad - veryDissatisfied;
  values.reviewsVeryDissatisfied = veryDissatisfied;
  values.badReviewsOverdue = state.unrectified;
  state.unrectified += bad - rectified;
}

/** Tickets closed: those on time, some closed late, and never fewer than those solved or revisited (both come after closing). */
function hotline(rng: Rng, more: Rng, p: OfficeProfile, ctx: MonthContext, lag: LaggardIndex, values: Values): void {
  const tickets = volume(rng, p.hotline * ctx.hotlineSeason, 0.15);
  const behind = lag.hotlineOnTime.get(p.office.id)?.has(ctx.month) ?? false;
  const revisited = rng.portion(tickets, rng.uniform(0.8, 0.95));
  values.hotlineTickets = tickets;
  values.hotlineResponded = rng.portion(tickets, rng.uniform(0.99, 1));
  const onTime = rng.portion(tickets, behind ? rng.uniform(0.86, 0.91) : rng.uniform(0.965, 0.999));
  const resolved = rng.portion(tickets, rng.uniform(0.9, 0.96));
  values.hotlineOnTime = onTime;
  values.hotlineResolved = resolved;
  values.hotlineRevisited = revisited;
  values.hotlineSatisfied = rng.portion(revisited, rng.uniform(0.99, 0.998));
  const closedLate = more.portion(tickets - onTime, more.uniform(0.5, 0.8));
  values.hotlineCompleted = Math.min(tickets, Math.max(onTime + closedLate, resolved, revisited));
}

function disclosure(rng: Rng, p: OfficeProfile, values: Values): void {
  const disclosures = rng.poisson(p.disclosures);
  values.disclosures = disclosures;
  values.disclosuresAdopted = rng.portion(disclosures, rng.uniform(0.05, 0.2));
}

/** One office's month. `state` is the office's, carried from its previous month, and is updated. */
export function monthRecord(seed: number, p: OfficeProfile, ctx: MonthContext, lag: LaggardIndex, state: OfficeState): WireRecord {
  const rng = rngFor(seed, p.office.id, ctx.month);
  // A stream of its own for the v1.1 fields, so adding them moved none of the v1 draws.
  const more = rngFor(seed, p.office.id, `${ctx.month}:v1.1`);
  const values: Values = {};
  handling(rng, more, p, ctx, lag, state, values);
  // Village rooms report handling and reviews only: the other fields are absent, not 0.
  const village = p.office.kind === 'village';
  if (!village) online(rng, p, ctx, values);
  reviews(rng, more, p, ctx, lag, state, values);
  if (!village) {
    hotline(rng, more, p, ctx, lag, values);
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

import type { IndicatorId, IndicatorUnit } from '../../../domain';
import type { BulletinFacts } from '../../../engine';
import { indicatorName as nameInLocale, overHundredReason } from '../../../ui';
import { changePhrase, type ComparedWith, type CountUnit } from './change';
import { indicatorIn, inlineLabel, type NarrativeContext } from './context';

export function indicatorName(ctx: NarrativeContext, id: IndicatorId): string {
  return inlineLabel(ctx, nameInLocale(indicatorIn(ctx, id), ctx.locale));
}

/** 件 for items and tickets, 条 for reviews and entries. */
export function countUnit(unit: IndicatorUnit): CountUnit {
  return unit === 'reviews' || unit === 'entries' ? 'entries' : 'items';
}

/** A count with its unit: 4件, 2条 (the number alone in English). */
export function countWithUnit(ctx: NarrativeContext, value: number, unit: IndicatorUnit): string {
  const formatted = ctx.f.formatCount(value);
  return countUnit(unit) === 'entries' ? ctx.t('bulletin.count.entries', { value: formatted }) : ctx.t('bulletin.count.items', { value: formatted });
}

export function totalValue(facts: BulletinFacts, id: IndicatorId): number | null {
  const value = facts.totals.values[id];
  return value === undefined || value === null || !Number.isFinite(value) ? null : value;
}

/** A rate as the text prints it: "99.95%", and above 100% with its reason: "102.35%（含以前月份受理的件）". */
export function rateText(ctx: NarrativeContext, id: IndicatorId, value: number): string {
  const reason = overHundredReason(id, value, ctx);
  const text = ctx.f.formatRate(value);
  return reason ? ctx.t('figure.withReason', { value: text, reason: reason.short }) : text;
}

/**
 * A rate as clauses: "按时办结率99.95%", "环比提高0.02个百分点"; "按时办结率暂无数据" alone
 * when there is no value (a change of nothing is not stated, nor a 环比 of a cumulative figure).
 */
export function rateClauses(ctx: NarrativeContext, facts: BulletinFacts, id: IndicatorId, compare: readonly ComparedWith[] = []): string[] {
  const label = indicatorName(ctx, id);
  const value = totalValue(facts, id);
  if (value === null) return [ctx.t('bulletin.n.rateNone', { label })];
  const deltas = facts.totals.deltas[id];
  const changes = deltas ? compare.map((with_) => changePhrase(ctx, value, deltas[with_], 'points', with_)) : [];
  return [ctx.t('bulletin.n.rate', { label, value: rateText(ctx, id, value) }), ...changes];
}

/** The changes of a count: relative for volumes, in units for small counts such as overdue items (and on a base under 10). */
export function countChanges(
  ctx: NarrativeContext,
  facts: BulletinFacts,
  id: IndicatorId,
  compare: readonly ComparedWith[],
  kind: 'relative' | 'count' = 'relative',
): string[] {
  const deltas = facts.totals.deltas[id];
  const value = totalValue(facts, id);
  if (!deltas || value === null) return [];
  const unit = countUnit(indicatorIn(ctx, id).unit);
  return compare.map((with_) => changePhrase(ctx, value, deltas[with_], kind, with_, unit));
}

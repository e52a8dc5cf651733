import { isRate, type IndicatorId } from '../../../domain';
import type { BulletinFacts, BulletinRankRow, RankedKind } from '../../../engine';
import type { BulletinScoreDetail } from '../../../engine/bulletinTypes';
import { changePhrase } from './change';
import { indicatorIn, monthWord, type NarrativeContext } from './context';
import { countUnit, countWithUnit, indicatorName, rateText } from './figures';
import { kindWord } from './kinds';

/** Points lost under this are rounding, not a reason. */
const LOST_EPSILON = 0.005;

/** A value as text prints it: 98.50% (with its reason above 100%), or 3件 / 12条. */
export function valueText(ctx: NarrativeContext, id: IndicatorId, value: number): string {
  const indicator = indicatorIn(ctx, id);
  return isRate(indicator) ? rateText(ctx, id, value) : countWithUnit(ctx, value, indicator.unit);
}

/** The indicators that cost an office the most points, worst first: missing data, then points lost. */
export function mainLosses(row: BulletinRankRow, limit = 2): BulletinScoreDetail[] {
  return row.scoreDetails
    .filter((detail) => detail.status === 'missing' || (detail.lost ?? 0) > LOST_EPSILON)
    .sort((a, b) => (b.lost ?? 0) - (a.lost ?? 0) || (a.status === 'missing' ? -1 : 0) - (b.status === 'missing' ? -1 : 0))
    .slice(0, limit);
}

/** Below the floor for a higher-is-better indicator, above it for a lower-is-better one. */
function pastFloor(floor: number, target: number, value: number): boolean {
  return floor <= target ? value < floor : value > floor;
}

/** Points as a 公文 states them: 失15分, 失6.8分, 失5.88分 (two decimals at most, no trailing zeros). */
export function pointsText(ctx: NarrativeContext, points: number | null): string {
  if (points === null || !Number.isFinite(points)) return ctx.f.formatScore(points);
  const rounded = Math.round(points * 100) / 100;
  return ctx.f.formatScore(rounded).replace(/\.?0+$/, '');
}

/**
 * What a lost indicator's value is held against: the scheme's floor (起评线) when the value is past
 * it (every point of the indicator lost); otherwise, for a rate (a share of the office's own items),
 * all offices of its kind taken together; for a count, the value that earns full marks (满分线).
 */
function againstText(ctx: NarrativeContext, facts: BulletinFacts, kind: RankedKind, id: IndicatorId, value: number): string | null {
  const scoring = facts.scoring.find((item) => item.indicatorId === id && item.appliesTo.includes(kind));
  if (scoring && pastFloor(scoring.floor, scoring.target, value)) return ctx.t('bulletin.n.lost.floor', { value: valueText(ctx, id, scoring.floor) });
  if (isRate(indicatorIn(ctx, id))) {
    const total = facts.kindTotals[kind].values[id];
    if (total === null || total === undefined || !Number.isFinite(total)) return null;
    return ctx.t('bulletin.n.lost.kindTotal', { kind: kindWord(ctx, kind), value: valueText(ctx, id, total) });
  }
  return scoring ? ctx.t('bulletin.n.lost.target', { value: valueText(ctx, id, scoring.target) }) : null;
}

/**
 * One lost indicator in one phrase: its value against the floor, the kind's total or full marks;
 * the points it lost; its change since last month, the month named.
 * "好评率99.39%（起评线99.50%），失15分，比9月下降0.61个百分点".
 */
export function lossClause(ctx: NarrativeContext, facts: BulletinFacts, kind: RankedKind, detail: BulletinScoreDetail): string {
  const { t } = ctx;
  const id = detail.indicatorId;
  const label = indicatorName(ctx, id);
  if (detail.status === 'missing' || detail.value === null) return t('bulletin.n.lost.missing', { label, lost: pointsText(ctx, detail.lost) });
  const value = valueText(ctx, id, detail.value);
  const against = againstText(ctx, facts, kind, id, detail.value);
  const parts = [against === null ? t('bulletin.n.rate', { label, value }) : t('bulletin.n.lost.item', { label, value, against })];
  parts.push(t('bulletin.n.lost.points', { lost: pointsText(ctx, detail.lost) }));
  if (detail.previous !== null) {
    const indicator = indicatorIn(ctx, id);
    const delta = {
      previous: detail.previous,
      absolute: detail.value - detail.previous,
      relative: detail.previous === 0 ? null : (detail.value - detail.previous) / Math.abs(detail.previous),
    };
    const since = t('bulletin.n.lost.since', { month: monthWord(ctx, facts.previousMonth) });
    parts.push(changePhrase(ctx, detail.value, delta, isRate(indicator) ? 'points' : 'count', 'mom', countUnit(indicator.unit), since));
  }
  return parts.join(ctx.locale === 'zh-CN' ? '，' : ', ');
}

/**
 * Why a named laggard ranks where it does, from the lost-points facts: its score and the change
 * since last month, then the indicators that cost it most. "县住房和城乡建设局综合得分71.44分，较9月
 * 下降13.69分，主要失分项为：好评率99.39%（起评线99.50%），失15分，比9月下降0.61个百分点；…。"
 */
export function laggardReason(ctx: NarrativeContext, facts: BulletinFacts, kind: RankedKind, row: BulletinRankRow): string {
  const { t, f } = ctx;
  const name = ctx.naming.name(row);
  const previous = monthWord(ctx, facts.previousMonth);
  const change =
    row.scoreChange === null || Math.abs(row.scoreChange) < LOST_EPSILON
      ? row.scoreChange === null
        ? ''
        : t('bulletin.n.lost.scoreSame', { month: previous })
      : t(row.scoreChange > 0 ? 'bulletin.n.lost.scoreUp' : 'bulletin.n.lost.scoreDown', { month: previous, value: f.formatScore(Math.abs(row.scoreChange)) });
  const losses = mainLosses(row).map((detail) => lossClause(ctx, facts, kind, detail));
  const head = t('bulletin.n.lost.score', { name, score: f.formatScore(row.score) });
  const separator = ctx.locale === 'zh-CN' ? '，' : ', ';
  const opening = [head, ...(change ? [change] : [])].join(separator);
  if (losses.length === 0) return t('bulletin.n.lost.sentenceNone', { opening });
  return t('bulletin.n.lost.sentence', { opening, losses: losses.join(ctx.locale === 'zh-CN' ? '；' : '; ') });
}

/** The short form for 整改要求: what to fix, "按时办结率98.50%、好评率99.60%". */
export function lossSummary(ctx: NarrativeContext, row: BulletinRankRow): string {
  const items = mainLosses(row).map((detail) => {
    const label = indicatorName(ctx, detail.indicatorId);
    if (detail.status === 'missing' || detail.value === null) return ctx.t('bulletin.n.fix.missing', { label });
    return ctx.t('bulletin.n.rate', { label, value: valueText(ctx, detail.indicatorId, detail.value) });
  });
  return items.join(ctx.locale === 'zh-CN' ? '、' : ', ');
}

import { lookupIndicator, type PeriodKind, type Scheme } from '../../domain';
import type { OfficeEvaluation } from '../../engine';
import { indicatorName, indicatorText, type I18n } from '../../ui';

type Words = Pick<I18n, 't' | 'locale' | 'formatIndicator' | 'formatScore'>;

/** A loss of points as the bulletin writes it: −15.00分. */
function minusPoints(points: number, words: Words): string {
  return words.t('screen.lost.points', { points: `−${words.formatScore(points)}` });
}

/**
 * Why an office stands where it does, in one line beside its name: the indicator that cost it the
 * most points, with its value against the line it fell under — "好评率 99.33%（起评线 99.50%）−15.00分"
 * under the floor (no points), "网上办理率 84.20%（目标 90.00%）−1.93分" between floor and target, or
 * "好评率 数据不全 −15.00分" for a field not reported. Null when it lost nothing. The short form leaves
 * the line out ("好评率 99.33% −15.00分"), for a board row.
 */
export function lostReason(
  office: Pick<OfficeEvaluation, 'scoreDetails' | 'kind'>,
  scheme: Scheme,
  words: Words,
  form: 'full' | 'short' = 'full',
): string | null {
  let worst: OfficeEvaluation['scoreDetails'][number] | null = null;
  for (const detail of office.scoreDetails) {
    if (detail.lost === null || detail.lost <= 0.005) continue;
    if (!worst || detail.lost > worst.lost! + 1e-9) worst = detail;
  }
  if (!worst) return null;
  const indicator = lookupIndicator(scheme.definitions, worst.indicatorId);
  const name = indicator ? indicatorName(indicator, words.locale) : worst.indicatorId;
  const points = minusPoints(worst.lost!, words);
  if (worst.status === 'missing' || worst.value === null || !indicator) {
    return words.t('screen.lost.missing', { indicator: name, points });
  }
  const row = scheme.indicators.find((entry) => entry.indicatorId === worst.indicatorId && entry.appliesTo.includes(office.kind));
  const value = indicatorText(indicator, worst.value, words);
  if (!row || form === 'short') return words.t('screen.lost.plain', { indicator: name, value, points });
  const higher = row.target >= row.floor;
  const underFloor = higher ? worst.value <= row.floor : worst.value >= row.floor;
  return words.t(underFloor ? 'screen.lost.underFloor' : 'screen.lost.underTarget', {
    indicator: name,
    value,
    line: words.formatIndicator(indicator, underFloor ? row.floor : row.target),
    points,
  });
}

/** "较上月 −3.10分": the change of the composite since the comparison period, when it fell. */
export function scoreFall(office: Pick<OfficeEvaluation, 'scoreChange'>, periodKind: PeriodKind, words: Words): string | null {
  const total = office.scoreChange.total;
  if (total === null || total > -0.005) return null;
  return words.t(periodKind === 'month' ? 'screen.lost.fallMonth' : 'screen.lost.fallPeriod', { points: minusPoints(-total, words) });
}

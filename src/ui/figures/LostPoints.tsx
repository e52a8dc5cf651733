import type { Scheme } from '../../domain';
import type { OfficeEvaluation } from '../../engine/evaluationTypes';
import { NO_VALUE } from '../format/formatters';
import { LOST_ITEMS_SHOWN, lostItems, lostItemText, smallSampleDetails, schemeIndicator } from '../format/lostPoints';
import { useI18n } from '../i18n/I18nProvider';
import { indicatorName } from '../naming/indicatorName';

/** Names of the indicators not scored on a small sample, two at most: "诉求响应率、回访满意率等 4 项". */
function smallSampleText(names: readonly string[], t: ReturnType<typeof useI18n>['t']): string {
  const named = names.slice(0, 2).join(t('lost.nameSeparator'));
  return t(names.length > 2 ? 'lost.smallSampleMore' : 'lost.smallSample', { indicators: named, n: names.length });
}

type Office = Pick<OfficeEvaluation, 'kind' | 'scoreDetails' | 'score' | 'status' | 'standing'>;

/**
 * The indicators that lost the office most points, one per line: "好评率 99.33%（起评线 99.50%）
 * −15.00分", "好评率 数据不全 −15.00分"; 无失分 when every scored indicator reached its target;
 * a note for indicators not scored on a small sample (样本不足). — for an office without a score.
 */
export function LostPointsFigure({
  office,
  scheme,
  months,
  limit = LOST_ITEMS_SHOWN,
}: {
  office: Office;
  scheme: Pick<Scheme, 'indicators' | 'definitions'>;
  months: number;
  limit?: number;
}) {
  const i18n = useI18n();
  const { t, locale } = i18n;
  if (office.status === 'not-reported' || office.standing === 'not-reported' || office.score === null)
    return <span title={t('lost.notScored')}>{NO_VALUE}</span>;
  const items = lostItems(office, scheme, months);
  const small = smallSampleDetails(office);
  const shown = items.slice(0, Math.max(1, limit));
  return (
    <span className="lost-points">
      {shown.length === 0 ? (
        <span className="muted" title={t('lost.noneHint')}>
          {t('lost.none')}
        </span>
      ) : (
        shown.map((item) => (
          <span key={item.indicator.id} className={`lost-item${item.status === 'missing' ? ' missing' : ''}`}>
            {lostItemText(item, i18n)}
          </span>
        ))
      )}
      {small.length > 0 && (
        <span className="lost-item muted" title={t('lost.smallSampleHint')}>
          {smallSampleText(
            small.map((detail) => indicatorName(schemeIndicator(scheme, detail.indicatorId), locale)),
            t,
          )}
        </span>
      )}
    </span>
  );
}

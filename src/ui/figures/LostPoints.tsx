import type { Scheme } from '../../domain';
import type { OfficeEvaluation } from '../../engine/evaluationTypes';
import { NO_VALUE } from '../format/formatters';
import { LOST_ITEMS_SHOWN, lostItems, lostItemText, causesText, scoreChangeText, scoreChangeView, signedPoints, smallSampleDetails, schemeIndicator } from '../format/lostPoints';
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
export function LostPointsFigure({ office, scheme, months, limit = LOST_ITEMS_SHOWN }: { office: Office; scheme: Pick<Scheme, 'indicators' | 'definitions'>; months: number; limit?: number }) {
  const i18n = useI18n();
  const { t, locale } = i18n;
  if (office.status === 'not-reported' || office.standing === 'not-reported' || office.score === null) return <span title={t('lost.notScored')}>{NO_VALUE}</span>;
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
          {smallSampleText(small.map((detail) => indicatorName(schemeIndicator(scheme, detail.indicatorId), locale)), t)}
        </span>
      )}
    </span>
  );
}

/**
 * A ranking cell: the score's change since the comparison period (+1.20 / −12.40, coloured) and,
 * below it, the indicator that moved it most ("好评率 −15.00"); — without a score in both periods.
 */
export function ScoreChangeCell({ office, scheme }: { office: Pick<OfficeEvaluation, 'scoreChange'>; scheme: Pick<Scheme, 'definitions'> }) {
  const i18n = useI18n();
  const view = scoreChangeView(office, scheme, 1);
  if (view.total === null) return <span title={i18n.t('lost.noChange')}>{NO_VALUE}</span>;
  const flat = Math.abs(view.total) < 0.005;
  const cause = causesText(view, i18n);
  return (
    <span className="score-change">
      <span className={flat ? 'muted' : view.total > 0 ? 'up' : 'down'}>{flat ? i18n.t('lost.unchanged') : signedPoints(view.total, i18n)}</span>
      {cause && <span className="lost-item muted">{cause}</span>}
    </span>
  );
}

/** "比上期 −12.40 分：好评率 −15.00，网上办理率 +2.60"; nothing without a change to state. */
export function ScoreChangeLine({ office, scheme, cumulative }: { office: Pick<OfficeEvaluation, 'scoreChange'>; scheme: Pick<Scheme, 'definitions'>; cumulative: boolean }) {
  const i18n = useI18n();
  const view = scoreChangeView(office, scheme, 3);
  const text = scoreChangeText(view, cumulative, i18n);
  if (text === null) return null;
  const tone = view.total === null || Math.abs(view.total) < 0.005 ? '' : view.total > 0 ? 'up' : 'down';
  return (
    <p className="score-change-line" data-score-change>
      <span className={tone}>{text}</span>
    </p>
  );
}

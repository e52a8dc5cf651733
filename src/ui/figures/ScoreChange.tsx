import type { Scheme } from '../../domain';
import type { OfficeEvaluation } from '../../engine/evaluationTypes';
import { NO_VALUE } from '../format/formatters';
import { signedPoints } from '../format/lostPoints';
import { causesText, scoreChangeText, scoreChangeView } from '../format/scoreChange';
import { useI18n } from '../i18n/I18nProvider';

// A score's change and what moved it (the rankings' column, an office's page): not on the first screen.

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
export function ScoreChangeLine({
  office,
  scheme,
  cumulative,
}: {
  office: Pick<OfficeEvaluation, 'scoreChange'>;
  scheme: Pick<Scheme, 'definitions'>;
  cumulative: boolean;
}) {
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

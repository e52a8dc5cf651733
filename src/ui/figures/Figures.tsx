import type { Indicator } from '../../domain';
import type { Delta } from '../../engine';
import type { IndicatorScore, OfficeEvaluation } from '../../engine/evaluationTypes';
import { changeReason, changeText, describeChange } from '../format/honest/changes';
import { rankChangeView, type RankChangeInput } from '../format/honest/rankChange';
import { overHundredReason } from '../format/honest/rates';
import { dataIncompleteMark, notReportedMark, standingMark, type StandingMark } from '../format/honest/standing';
import { useI18n } from '../i18n/I18nProvider';

const ARROW = { up: '↑', down: '↓', flat: '→', none: '', gap: '' } as const;

/**
 * A change with its arrow, coloured by whether it is good news for the indicator: 个百分点 between
 * the rates as displayed, per cent of a count, units on a base under 10; — with its reason when
 * there is none (无可比数据, 累计数不作环比), the reason in the title and for screen readers.
 */
export function ChangeFigure({ indicator, current, delta }: { indicator: Indicator; current: number | null | undefined; delta: Delta | undefined }) {
  const i18n = useI18n();
  const { t } = i18n;
  const view = describeChange(indicator, current, delta);
  const reason = changeReason(view, i18n);
  if (view.movement === 'none' || view.movement === 'gap') {
    return (
      <span className="change none" title={reason ?? undefined} data-movement={view.movement}>
        <span aria-hidden="true">—</span>
        <span className="visually-hidden">{reason}</span>
      </span>
    );
  }
  return (
    <span className={`change ${view.tone}`} title={reason ?? undefined} data-movement={view.movement}>
      <span aria-hidden="true">{ARROW[view.movement]}</span>
      <span className="visually-hidden">{t(`figure.change.${view.movement}`)}</span> {changeText(indicator, view, i18n)}
      {(view.tone === 'good' || view.tone === 'bad') && <span className="visually-hidden">（{t(`figure.change.${view.tone}`)}）</span>}
    </span>
  );
}

/** An indicator's value; a rate above 100% with its reason beside it (the full reason on hover). */
export function IndicatorFigure({ indicator, value }: { indicator: Indicator; value: number | null | undefined }) {
  const i18n = useI18n();
  const reason = overHundredReason(indicator, value, i18n);
  const text = i18n.formatIndicator(indicator, value);
  if (!reason) return <>{text}</>;
  return (
    <>
      {text}
      <span className="figure-note" title={reason.long}>
        {i18n.t('figure.reason', { reason: reason.short })}
      </span>
    </>
  );
}

/** A small marked label (数据不全, 样本不足, 未报送, 新进) with its explanation on hover and for screen readers. */
export function StandingBadge({ mark, tone = 'note' }: { mark: StandingMark; tone?: 'note' | 'yellow' | 'red' }) {
  return (
    <span className={`badge ${tone}`} title={mark.hint}>
      {mark.label}
      <span className="visually-hidden">：{mark.hint}</span>
    </span>
  );
}

/** 数据不全 beside an office's score or rank, naming the fields it did not report; nothing when complete. */
export function IncompleteBadge({ office }: { office: Pick<OfficeEvaluation, 'dataIncomplete' | 'scoreDetails'> }) {
  const i18n = useI18n();
  const mark = dataIncompleteMark(office, i18n);
  return mark ? <StandingBadge mark={mark} tone="yellow" /> : null;
}

/** 未报送, never a number (its label says it all; the hint is on hover). */
export function NotReportedBadge() {
  const i18n = useI18n();
  const mark = notReportedMark(i18n);
  return (
    <span className="badge note" title={mark.hint}>
      {mark.label}
    </span>
  );
}

/**
 * An office's composite score as every screen shows it: 未报送 for an office that sent nothing,
 * the score with 数据不全 when fields are missing.
 */
export function ScoreFigure({ office }: { office: Pick<OfficeEvaluation, 'score' | 'standing' | 'status' | 'dataIncomplete' | 'scoreDetails'> }) {
  const { formatScore } = useI18n();
  if (office.standing === 'not-reported' || office.status === 'not-reported') return <NotReportedBadge />;
  return (
    <>
      {formatScore(office.score)}
      {office.dataIncomplete && (
        <>
          {' '}
          <IncompleteBadge office={office} />
        </>
      )}
    </>
  );
}

/** ↑3 / ↓1 / — / 新进 / 名次因他单位变动, with the full sentence on hover and for screen readers. */
export function RankChangeFigure({ input }: { input: RankChangeInput }) {
  const i18n = useI18n();
  const view = rankChangeView(input, i18n);
  switch (view.kind) {
    case 'new':
      return (
        <span className="badge" title={view.hint}>
          {view.text}
        </span>
      );
    case 'others':
      return (
        <span className="badge note" title={view.hint}>
          {view.text}
          <span className="visually-hidden">：{view.hint}</span>
        </span>
      );
    case 'up':
    case 'down':
      return (
        <span className={view.kind} title={view.hint}>
          <span aria-hidden="true">{view.text}</span>
          <span className="visually-hidden">{view.hint}</span>
        </span>
      );
    case 'unranked':
      // The rank column already says why (未报送, 样本不足 …).
      return <span title={view.hint}>{view.text}</span>;
    default:
      return (
        <span title={view.hint}>
          <span aria-hidden="true">{view.text}</span>
          <span className="visually-hidden">{view.hint}</span>
        </span>
      );
  }
}

/**
 * One scheme indicator's value for an office, as a table cell: the value (a rate above 100% with
 * its reason), marked 样本不足 (a rate on too small a sample: neither scored nor carded), 数据不全
 * (fields not reported) or 无数值; 未报送 for an office that sent nothing.
 */
export function IndicatorStandingFigure({
  indicator,
  value,
  detail,
  notReported = false,
}: {
  indicator: Indicator;
  value: number | null | undefined;
  detail: IndicatorScore | null | undefined;
  notReported?: boolean;
}) {
  const i18n = useI18n();
  if (notReported) return <NotReportedBadge />;
  const mark = detail ? standingMark(detail, indicator, i18n) : null;
  const shown = value !== null && value !== undefined;
  return (
    <>
      {(shown || !mark) && <IndicatorFigure indicator={indicator} value={value} />}
      {mark && (
        <>
          {shown && ' '}
          <StandingBadge mark={mark} tone={detail?.status === 'missing' ? 'yellow' : 'note'} />
        </>
      )}
    </>
  );
}

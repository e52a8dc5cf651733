import { lookupIndicator, type IndicatorId, type PeriodKind, type Scheme } from '../../../domain';
import type { OfficeEvaluation } from '../../../engine';
import { cardRuleName, indicatorName, indicatorText, useI18n } from '../../../ui';
import { conditionText } from '../../../ui/format/cardRuleText';
import { lostReason, scoreFall } from '../lostReason';
import type { NameOf } from '../screenNames';
import type { UnitCards } from './mapRegions';

/** The figures beside the highlighted region, in the order the overview shows them. */
export const REGION_FIGURES: readonly IndicatorId[] = ['accepted', 'onTimeRate', 'onlineRate', 'goodReviewRate', 'hotlineSatisfactionRate'];
/** Card lines shown; more are counted. */
const CARD_LINES = 2;

export interface RegionFiguresProps {
  office: OfficeEvaluation | undefined;
  name: string;
  /** How many units of its kind are ranked. */
  rankedOf: number;
  cards: UnitCards | undefined;
  scheme: Scheme;
  periodKind: PeriodKind;
  nameOf: NameOf;
}

/** The key figures of the region the map highlights: score and place, volume, rates, cards, why it lost points. */
export function RegionFigures({ office, name, rankedOf, cards, scheme, periodKind, nameOf }: RegionFiguresProps) {
  const i18n = useI18n();
  const { t, formatScore, formatCount } = i18n;
  const red = cards?.red ?? [];
  const yellow = cards?.yellow ?? [];
  const shown = [...red, ...yellow].slice(0, CARD_LINES);
  const lost = office ? lostReason(office, scheme, i18n) : null;
  const fall = office ? scoreFall(office, periodKind, i18n) : null;
  return (
    <div className="screen-region" aria-live="polite">
      <div className="screen-region-head">
        <span className="screen-region-name">{name}</span>
        {office?.rank !== null && office?.rank !== undefined && (
          <span className="screen-region-rank">{t('screen.map.rank', { rank: formatCount(office.rank), count: formatCount(rankedOf) })}</span>
        )}
      </div>
      <div className="screen-region-score">
        {office?.standing === 'not-reported' ? (
          <span className="screen-muted">{t('screen.board.notReported')}</span>
        ) : office?.score === null || office === undefined ? (
          <span className="screen-muted">{t('screen.board.noScore')}</span>
        ) : (
          <>
            <b>{formatScore(office.score)}</b>
            <span className="screen-kpi-unit">{t('screen.map.scoreUnit')}</span>
            {office.dataIncomplete && <span className="screen-tag">{t('standing.incomplete')}</span>}
          </>
        )}
      </div>
      <dl className="screen-region-figures">
        {REGION_FIGURES.map((id) => {
          const indicator = lookupIndicator(scheme.definitions, id);
          if (!indicator) return null;
          return (
            <div key={id}>
              <dt>{indicatorName(indicator, i18n.locale)}</dt>
              <dd>{indicatorText(indicator, office?.values[id] ?? null, i18n)}</dd>
            </div>
          );
        })}
      </dl>
      <div className="screen-region-cards">
        {red.length + yellow.length === 0 ? (
          <span className="tone-good">{t('screen.map.noCards')}</span>
        ) : (
          <>
            <span>
              {red.length > 0 && <span className="screen-card-badge red">{t('screen.map.redCount', { count: formatCount(red.length) })}</span>}
              {yellow.length > 0 && <span className="screen-card-badge yellow">{t('screen.map.yellowCount', { count: formatCount(yellow.length) })}</span>}
            </span>
            {shown.map((card) => (
              <span key={`${card.officeId}\u241f${card.ruleId}`} className="screen-region-card">
                {nameOf(card.officeId)}：{cardRuleName(card, i18n, (rule) => conditionText(rule, i18n))}
              </span>
            ))}
          </>
        )}
      </div>
      {(lost || fall) && (
        <p className="screen-region-lost">
          {lost && t('screen.lost.most', { reason: lost })}
          {lost && fall && '；'}
          {fall}
        </p>
      )}
    </div>
  );
}

import { lookupIndicator, type IndicatorId } from '../../../domain';
import type { EngineData, OfficeEvaluation, PeriodEvaluation } from '../../../engine';
import { indicatorName, indicatorText, useI18n } from '../../../ui';
import { useKeptMemo } from '../keptMemo';
import { lostReason, scoreFall } from '../lostReason';
import { cardsByUnit, type UnitCards } from '../map/mapRegions';
import { OTHERS_MARK, RankChange } from '../RankChange';
import type { NameOf } from '../screenNames';
import { ScrollBoard } from '../ScrollBoard';
import { regionFloor, regionTarget } from '../trends';

/** 13 counties fit on a 16:9 wall without scrolling; more (a province's prefectures) scroll. */
export const REGION_ROW_HEIGHT = 58;
/** The key rates beside each county's composite: on time, online, reviews (issue #15). */
export const REGION_RATES: readonly IndicatorId[] = ['onTimeRate', 'onlineRate', 'goodReviewRate'];

type Standing = 'met' | 'under-floor' | '';

function standing(value: number | null | undefined, floor: number | null, target: number | null): Standing {
  if (value === null || value === undefined) return '';
  if (target !== null && value >= target - 1e-12) return 'met';
  if (floor !== null && value <= floor) return 'under-floor';
  return '';
}

function RegionRow({
  office,
  cards,
  evaluation,
  nameOf,
  last,
}: {
  office: OfficeEvaluation;
  cards: UnitCards | undefined;
  evaluation: PeriodEvaluation;
  nameOf: NameOf;
  last: number;
}) {
  const i18n = useI18n();
  const { t, formatScore, formatCount } = i18n;
  const place = office.rank === null ? '' : office.rank <= 3 ? 'top' : office.rank > last - 3 ? 'bottom' : '';
  return (
    <div className="screen-region-row" style={{ height: '100%' }}>
      <span className={`screen-rank ${place}`}>{office.rank === null ? '—' : formatCount(office.rank)}</span>
      <span className="screen-name">
        {nameOf(office.officeId)}
        {office.dataIncomplete && office.standing !== 'not-reported' && <span className="screen-tag">{t('standing.incomplete')}</span>}
      </span>
      <span className="screen-score-cell">
        <span className="screen-score-bar" aria-hidden="true">
          <span style={{ width: `${Math.max(0, Math.min(100, office.score ?? 0))}%` }} />
        </span>
        <span className="screen-num">
          {office.standing === 'not-reported' ? (
            <span className="screen-muted">{t('screen.board.notReported')}</span>
          ) : office.score === null ? (
            <span className="screen-muted">{t('screen.board.noScore')}</span>
          ) : (
            formatScore(office.score)
          )}
        </span>
      </span>
      {office.rank === null ? <span /> : <RankChange office={office} />}
      {REGION_RATES.map((id) => {
        const indicator = lookupIndicator(evaluation.scheme.definitions, id);
        const value = office.values[id] ?? null;
        const tone = standing(value, regionFloor(evaluation.scheme, id), regionTarget(evaluation.scheme, id));
        return (
          <span key={id} className={`screen-num ${tone === 'met' ? 'tone-good' : tone === 'under-floor' ? 'tone-bad' : ''}`}>
            {indicator ? indicatorText(indicator, value, i18n) : '—'}
          </span>
        );
      })}
      <span className="screen-num">
        {(cards?.red.length ?? 0) > 0 && <span className="screen-card-badge red">{formatCount(cards!.red.length)}</span>}
        {(cards?.yellow.length ?? 0) > 0 && <span className="screen-card-badge yellow">{formatCount(cards!.yellow.length)}</span>}
        {(cards?.red.length ?? 0) + (cards?.yellow.length ?? 0) === 0 && <span className="screen-muted">0</span>}
      </span>
    </div>
  );
}

/**
 * 县区对比, at a prefecture: its counties ranked on their own roll-ups (rankings.region), the composite
 * with a bar, the change of place, three key rates against the scheme's lines (green at target, red
 * under the floor) and the cards inside each county; under the board, why the last one lost points.
 */
export function RegionsScreen({ engine, evaluation, paused, nameOf }: { engine: EngineData; evaluation: PeriodEvaluation; paused: boolean; nameOf: NameOf }) {
  const i18n = useI18n();
  const { t, formatCount, locale, formatIndicator } = i18n;
  const rows = evaluation.rankings.region;
  const last = rows.reduce((max, office) => Math.max(max, office.rank ?? 0), 0);
  const cards = useKeptMemo(
    'regions.cards',
    () => {
      const units = rows.map((office) => ({ id: office.officeId, name: office.name, kind: office.kind, parentId: office.parentId }));
      return cardsByUnit(engine, evaluation.cards, units, new Set()).byUnit;
    },
    [engine, evaluation],
  );
  const laggard = evaluation.worst.region[0];
  const reason = laggard ? lostReason(laggard, evaluation.scheme, i18n) : null;
  const fall = laggard ? scoreFall(laggard, evaluation.requested.kind, i18n) : null;
  const targets = REGION_RATES.flatMap((id) => {
    const indicator = lookupIndicator(evaluation.scheme.definitions, id);
    const target = regionTarget(evaluation.scheme, id);
    return indicator && target !== null ? [`${indicatorName(indicator, locale)} ${formatIndicator(indicator, target)}`] : [];
  });
  return (
    <div className="screen-page regions">
      <section className="screen-panel" aria-labelledby="screen-regions-title">
        <div className="screen-panel-head">
          <h2 id="screen-regions-title">{t('screen.regions.title')}</h2>
          {evaluation.partial ? (
            <span className="screen-panel-note warn">{t('screen.board.provisional')}</span>
          ) : (
            <span className="screen-panel-note">{t('screen.regions.targets', { targets: targets.join(' · '), count: formatCount(rows.length) })}</span>
          )}
        </div>
        <div className="screen-board-cols region" aria-hidden="true">
          <span>{t('screen.board.rank')}</span>
          <span>{t('screen.regions.name')}</span>
          <span>{t('screen.regions.score')}</span>
          <span className="screen-num">{t('screen.board.change')}</span>
          {REGION_RATES.map((id) => {
            const indicator = lookupIndicator(evaluation.scheme.definitions, id);
            return (
              <span key={id} className="screen-num">
                {indicator ? indicatorName(indicator, locale) : id}
              </span>
            );
          })}
          <span className="screen-num">{t('screen.regions.cards')}</span>
        </div>
        <ScrollBoard
          rows={rows}
          rowHeight={REGION_ROW_HEIGHT}
          label={t('screen.regions.title')}
          paused={paused}
          renderRow={(office) => <RegionRow office={office} cards={cards.get(office.officeId)} evaluation={evaluation} nameOf={nameOf} last={last} />}
        />
        <p className="screen-board-note">
          {laggard && (reason || fall)
            ? t('screen.regions.laggard', {
                name: nameOf(laggard.officeId),
                reason: [reason ? t('screen.lost.most', { reason }) : null, fall].filter(Boolean).join('；'),
              })
            : null}
          {rows.some((office) => office.rankMove === 'others') ? ` ${t('screen.board.othersNote', { mark: OTHERS_MARK })}` : null}
        </p>
      </section>
    </div>
  );
}

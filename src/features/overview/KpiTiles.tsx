import { useId } from 'react';
import { indicatorById } from '../../domain';
import type { PeriodEvaluation } from '../../engine';
import { ChangeFigure, comparedWithLabel, IndicatorFigure, indicatorName, useI18n } from '../../ui';
import { HEADLINE_INDICATORS } from './headline';

/**
 * The headline figures of the scope with 环比 and 同比: one tile each. Each comparison says what it
 * is against (a period in progress against the same months of its comparison period); a
 * year-to-date has no 环比 and says why.
 */
export function KpiTiles({ evaluation }: { evaluation: PeriodEvaluation }) {
  const i18n = useI18n();
  const { t, locale } = i18n;
  const headingId = useId();
  const scope = evaluation.scope;
  const against = { mom: comparedWithLabel(evaluation, 'mom', t, i18n), yoy: comparedWithLabel(evaluation, 'yoy', t, i18n) };
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('overview.kpi.heading')}</h2>
      <ul className="kpi-tiles">
        {HEADLINE_INDICATORS.map((id) => {
          const indicator = indicatorById(id);
          const deltas = scope.deltas[id];
          const value = scope.values[id];
          return (
            <li key={id} className="kpi-tile" data-indicator={id}>
              <span className="kpi-label">{indicatorName(indicator, locale)}</span>
              <span className="kpi-value">
                <IndicatorFigure indicator={indicator} value={value} />
              </span>
              <dl className="kpi-changes">
                <div>
                  <dt title={against.mom}>{t('overview.mom')}</dt>
                  <dd data-change="mom">
                    <ChangeFigure indicator={indicator} current={value} delta={deltas?.mom} />
                  </dd>
                </div>
                <div>
                  <dt title={against.yoy}>{t('overview.yoy')}</dt>
                  <dd data-change="yoy">
                    <ChangeFigure indicator={indicator} current={value} delta={deltas?.yoy} />
                  </dd>
                </div>
              </dl>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

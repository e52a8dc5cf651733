import { useId } from 'react';
import { indicatorById } from '../../domain';
import type { OfficeEvaluation } from '../../engine';
import { indicatorName, useI18n } from '../../ui';
import { Change } from './Change';
import { HEADLINE_INDICATORS } from './headline';

const NO_DELTA = { previous: null, absolute: null, relative: null };
const NO_DELTAS = { mom: NO_DELTA, yoy: NO_DELTA };

/** The headline figures of the scope with 环比 and 同比: one tile each. */
export function KpiTiles({ scope }: { scope: OfficeEvaluation }) {
  const { t, locale, formatIndicator } = useI18n();
  const headingId = useId();
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('overview.kpi.heading')}</h2>
      <ul className="kpi-tiles">
        {HEADLINE_INDICATORS.map((id) => {
          const indicator = indicatorById(id);
          const deltas = scope.deltas[id] ?? NO_DELTAS;
          return (
            <li key={id} className="kpi-tile" data-indicator={id}>
              <span className="kpi-label">{indicatorName(indicator, locale)}</span>
              <span className="kpi-value">{formatIndicator(indicator, scope.values[id])}</span>
              <dl className="kpi-changes">
                <div>
                  <dt>{t('overview.mom')}</dt>
                  <dd data-change="mom">
                    <Change indicatorId={id} delta={deltas.mom} />
                  </dd>
                </div>
                <div>
                  <dt>{t('overview.yoy')}</dt>
                  <dd data-change="yoy">
                    <Change indicatorId={id} delta={deltas.yoy} />
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

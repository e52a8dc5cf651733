import { useMemo } from 'react';
import { ChartPanel } from '../../charts';
import type { CompositionSlice } from '../../charts/options/composition';
import type { OfficeBarItem } from '../../charts/options/officeBar';
import type { EngineData, PeriodEvaluation, RankedKind } from '../../engine';
import { indicatorName, officeLinkParams, scopeLinkParams, useHashLocation, useI18n, useNavigate, useQualify } from '../../ui';
import { byKindOption, topVolume, topVolumeOption, volumeByKindSlices } from './chartOptions';
import { TOP_VOLUME_SIZE } from './headline';
import { useCarriedParams } from './useCarriedParams';

/** What the period's volume is made of: by kind of office, and the offices of a kind that handle most. */
export function CompositionPanel({ engine, evaluation, kind }: { engine: EngineData; evaluation: PeriodEvaluation; kind: RankedKind }) {
  const i18n = useI18n();
  const { t, formatCount, formatRate } = i18n;
  const navigate = useNavigate();
  const params = useCarriedParams();
  const location = useHashLocation();

  const slices = useMemo(() => volumeByKindSlices(engine, evaluation, i18n), [engine, evaluation, i18n]);
  const qualify = useQualify();
  const top = useMemo(() => topVolume(engine, evaluation, kind, qualify), [engine, evaluation, kind, qualify]);
  const options = useMemo(() => ({ byKind: byKindOption(slices, i18n), top: topVolumeOption(top, i18n) }), [slices, top, i18n]);

  const topTitle = t('overview.composition.top', { n: TOP_VOLUME_SIZE, kind: t(kind === 'region' ? 'view.kindRegion' : `kind.${kind}`) });
  return (
    <div className="grid-2">
      {slices.length === 0 ? (
        <section className="panel">
          <h2>{t('overview.composition.byKind')}</h2>
          <p className="muted">{t('overview.composition.none')}</p>
        </section>
      ) : (
        <ChartPanel
          title={t('overview.composition.byKind')}
          chart={{ option: options.byKind, height: 300 }}
          table={{
            columns: [
              { key: 'part', header: t('overview.composition.part'), cell: (slice: CompositionSlice) => slice.name },
              { key: 'value', header: indicatorName('accepted', i18n.locale), numeric: true, cell: (slice) => formatCount(slice.value) },
              { key: 'share', header: t('overview.composition.share'), numeric: true, cell: (slice) => formatRate(slice.share) },
            ],
            rows: slices,
            rowKey: (slice) => slice.id,
          }}
        />
      )}
      <ChartPanel
        title={topTitle}
        chart={{
          option: options.top,
          height: 300,
          onClick: (event) => {
            const officeId = (event.data as { officeId?: string } | undefined)?.officeId;
            if (!officeId) return;
            // A region opens as the scope of the overview; an office on its page, in its own region.
            if (kind === 'region') navigate(location.path, scopeLinkParams(location.params, officeId, engine.rootIds[0]));
            else navigate(`/office/${officeId}`, officeLinkParams(engine, officeId, params.period ?? null));
          },
        }}
        table={{
          columns: [
            { key: 'office', header: t('overview.composition.office'), cell: (item: OfficeBarItem) => item.name },
            { key: 'value', header: indicatorName('accepted', i18n.locale), numeric: true, cell: (item) => formatCount(item.value) },
            {
              key: 'status',
              header: t('overview.composition.status'),
              cell: (item) => (item.partial ? t('overview.partialMonth') : t('overview.completeMonth')),
            },
          ],
          rows: top,
          rowKey: (item) => item.officeId,
        }}
      />
    </div>
  );
}
